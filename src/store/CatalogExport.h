#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace steward::store {

// The catalog's user-configured part as a JSON document (format "imagesteward-catalog", version 1): registries,
// groups, images with their groups and stage. Secrets appear only as keychain references (credential_ref,
// docker_token_ref), never as values.
Result<QByteArray> exportCatalog(QSqlDatabase &db);

// What an import would write, fully validated. A malformed document fails naming the line (JSON syntax) or the
// field ("images[2].memory: expected a number") at fault. The file's keychain references are not trusted: each
// becomes the key of the record's own host and user (credentialKey()), or empty.
struct CatalogImport
{
    QList<RegistryRecord> registries;
    QList<GroupRecord> groups;
    QList<ImageRecord> images;
    QList<ImageGroupLink> assignments;
};
Result<CatalogImport> parseCatalogExport(const QByteArray &json);

// What an import wrote, and what it deliberately left as it was.
struct CatalogImportReport
{
    qsizetype registries = 0;
    qsizetype groups = 0;
    qsizetype images = 0;
    // One sentence per setting the file wanted changed but the import kept (an existing registry's login, CA file,
    // TLS verification) or set only because the file asked (a new registry without TLS verification). Shown to the
    // user: an import never changes these silently.
    QStringList notes;
};

// All or nothing: parses, then writes everything (merging by url / id) in one transaction that also appends an
// audit entry; on any failure nothing is written. A registry the catalog already has keeps its login (user and
// keychain reference), its CA file and its TLS verification setting; the report's notes say where the file differed.
// Call inside no other transaction.
Result<CatalogImportReport> importCatalog(QSqlDatabase &db, const QByteArray &json, const QString &actor);

// The stages an image moves through, in order.
QStringList imageStages();

} // namespace steward::store
