#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace steward::registry {

// One entry of an OCI error body {"errors":[{"code":..,"message":..,"detail":..}]}.
struct RegistryErrorEntry
{
    QString code; // as sent, e.g. "MANIFEST_UNKNOWN"; "UNKNOWN" when absent
    QString message;
};

// The entries of an OCI error body; empty when the body is not one (plain text, HTML, hostile JSON).
QList<RegistryErrorEntry> parseErrorBody(const QByteArray &body);

// An Error for an unsuccessful HTTP status, saying what we were doing (`action`, e.g. "listing tags of
// 127.0.0.1:5000/app") and what the registry said.
Error errorForStatus(int status, const QByteArray &body, const QString &action);

} // namespace steward::registry
