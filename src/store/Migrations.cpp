#include "store/Migrations.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::store {

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return fail(ErrorCode::Storage,
                        StoreText::tr("A catalog schema statement failed: %1").arg(query.lastError().text()),
                        statement.simplified().left(120));
        }
    }
    return {};
}

namespace {

// Version 1: what a user configures by hand — registries, Kasm images and groups — and the audit log.
Status createCatalogBasics(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            // Secrets never live here: credential_ref is the keychain key (store/CredentialKey.h), not a secret.
            QStringLiteral("CREATE TABLE registries ("
                           " registry_id INTEGER PRIMARY KEY,"
                           " url TEXT NOT NULL UNIQUE," // normalised host[:port], e.g. registry.example:5000
                           " kind TEXT NOT NULL DEFAULT 'generic'," // generic | dockerhub | gitlab | harbor | ecr | ...
                           " username TEXT,"
                           " credential_ref TEXT,"
                           " ca_file TEXT,"
                           " insecure INTEGER NOT NULL DEFAULT 0 CHECK (insecure IN (0, 1)),"
                           " rate_limit_policy TEXT NOT NULL DEFAULT '{}'," // JSON: {limit, window_s, per: ip|account}
                           " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                           " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"),
            // The Kasm image fields of reference/kasm.md, plus our own stage and links. docker_token is write-only in
            // Kasm and a secret: only its keychain reference is kept.
            QStringLiteral("CREATE TABLE images ("
                           " image_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " friendly_name TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " image_src TEXT NOT NULL DEFAULT '',"
                           " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                           " hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),"
                           " categories TEXT NOT NULL DEFAULT '[]',"
                           " image_type TEXT NOT NULL DEFAULT 'Container',"
                           " cores REAL NOT NULL DEFAULT 2,"
                           " memory INTEGER NOT NULL DEFAULT 2768000000,"
                           " gpu_count INTEGER NOT NULL DEFAULT 0,"
                           " docker_registry TEXT NOT NULL DEFAULT '',"
                           " docker_user TEXT NOT NULL DEFAULT '',"
                           " docker_token_ref TEXT NOT NULL DEFAULT '',"
                           " uncompressed_size_mb INTEGER NOT NULL DEFAULT 0,"
                           " run_config TEXT NOT NULL DEFAULT '{}',"
                           " exec_config TEXT NOT NULL DEFAULT '{}',"
                           " volume_mappings TEXT NOT NULL DEFAULT '{}',"
                           " restrict_to_zone INTEGER NOT NULL DEFAULT 0 CHECK (restrict_to_zone IN (0, 1)),"
                           " zone_id TEXT,"
                           " server_pool_id TEXT,"
                           " available INTEGER NOT NULL DEFAULT 0 CHECK (available IN (0, 1)),"
                           " stage TEXT NOT NULL DEFAULT 'draft'," // draft | test | production | retired
                           " links TEXT NOT NULL DEFAULT '{}',"    // JSON: user-facing/test twin, source, pipeline
                           " extra TEXT NOT NULL DEFAULT '{}',"    // Kasm fields we do not know, kept for round trips
                           " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"),
            QStringLiteral("CREATE INDEX images_by_name ON images(name)"),
            QStringLiteral("CREATE TABLE groups ("
                           " group_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " is_test_group INTEGER NOT NULL DEFAULT 0 CHECK (is_test_group IN (0, 1)))"),
            QStringLiteral("CREATE TABLE image_groups ("
                           " image_id TEXT NOT NULL REFERENCES images(image_id) ON DELETE CASCADE,"
                           " group_id TEXT NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,"
                           " PRIMARY KEY (image_id, group_id))"),
            QStringLiteral("CREATE INDEX image_groups_by_group ON image_groups(group_id)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " audit_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " before_json TEXT,"
                           " after_json TEXT)"),
            // Append-only is enforced by the database itself, not by our discipline.
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        });
}

// Version 2: the fleet — zones and agents with their image inventories (SimulatedDeployment persists here).
Status createFleet(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE zones ("
                           " zone_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " egress_source TEXT NOT NULL DEFAULT '')"), // default source address of the zone's agents
            QStringLiteral("CREATE TABLE agents ("
                           " agent_id TEXT PRIMARY KEY,"
                           " hostname TEXT NOT NULL,"
                           " zone_id TEXT REFERENCES zones(zone_id) ON DELETE SET NULL,"
                           " egress_source TEXT NOT NULL DEFAULT ''," // the IP a registry sees: rate limits count it
                           " arch TEXT NOT NULL DEFAULT 'amd64',"
                           " disk_total_bytes INTEGER NOT NULL DEFAULT 0,"
                           " disk_free_bytes INTEGER NOT NULL DEFAULT 0,"
                           " prune_mode TEXT NOT NULL DEFAULT 'Normal'," // Off | Normal | Aggressive
                           " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                           " last_reported TEXT)"),
            QStringLiteral("CREATE INDEX agents_by_zone ON agents(zone_id)"),
            QStringLiteral("CREATE TABLE agent_inventory ("
                           " agent_id TEXT NOT NULL REFERENCES agents(agent_id) ON DELETE CASCADE,"
                           " image_ref TEXT NOT NULL," // repository:tag as the agent reports it
                           " digest TEXT NOT NULL DEFAULT '',"
                           " size_bytes INTEGER NOT NULL DEFAULT 0,"
                           " pulled_at TEXT,"
                           " PRIMARY KEY (agent_id, image_ref))"),
            // Images restricted to a zone point at it; added here because zones did not exist in version 1.
            QStringLiteral("CREATE INDEX images_by_zone ON images(zone_id)"),
        });
}

// Version 3: what the app learns and does — the registry tag cache and the promotion journal.
Status createTagCacheAndJournal(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE tag_cache ("
                           " registry TEXT NOT NULL," // host[:port] as in registries.url
                           " repository TEXT NOT NULL,"
                           " tag TEXT NOT NULL,"
                           " digest TEXT NOT NULL,"
                           " media_type TEXT NOT NULL DEFAULT '',"
                           " created TEXT,"          // the image config's created time, when known
                           " seen_at TEXT NOT NULL," // when we last saw the tag point at this digest
                           " PRIMARY KEY (registry, repository, tag))"),
            QStringLiteral("CREATE INDEX tag_cache_by_digest ON tag_cache(digest)"),
            // A promotion is a plan of steps; each step records its state so a half-done promotion resumes.
            QStringLiteral("CREATE TABLE promotions ("
                           " promotion_id TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL,"                   // send-to-test | deploy | rollback | retag
                           " plan TEXT NOT NULL,"                   // JSON: the whole plan as decided, digests included
                           " state TEXT NOT NULL DEFAULT 'planned'" // planned|running|done|failed|rolled-back|canceled
                           "   CHECK (state IN ('planned','running','done','failed','rolled-back','canceled')),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " actor TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE promotion_steps ("
                           " promotion_id TEXT NOT NULL REFERENCES promotions(promotion_id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " action TEXT NOT NULL,"
                           " params TEXT NOT NULL DEFAULT '{}',"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "   CHECK (state IN ('pending','running','done','failed','undone','skipped')),"
                           " result TEXT NOT NULL DEFAULT '{}',"
                           " started_at TEXT,"
                           " finished_at TEXT,"
                           " PRIMARY KEY (promotion_id, seq))"),
            QStringLiteral("CREATE INDEX promotions_by_state ON promotions(state)"),
        });
}

// Version 4: managed images — what ties a user-facing Kasm image to its repository, login, test twin, test groups,
// tag convention and deploy strategy (see store/ManagedImages.h).
Status createManagedImages(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE managed_images ("
                           " image_id TEXT PRIMARY KEY," // the user-facing Kasm image; not a foreign key: a real
                                                         // Kasm server's images are not rows of `images`
                           " friendly_name TEXT NOT NULL DEFAULT '',"  // as Kasm named it when it was last managed
                           " repository TEXT NOT NULL,"                // host[:port]/path, no tag or digest
                           " login_registry TEXT NOT NULL DEFAULT ''," // registries.url whose login is used; '' none
                           " test_twin_id TEXT NOT NULL DEFAULT '',"   // '' until the twin is created
                           " unique_pattern TEXT NOT NULL DEFAULT '%Y%m%d-%H%M',"
                           " moving_tag TEXT NOT NULL DEFAULT 'latest',"
                           " strategy TEXT NOT NULL DEFAULT 'pin' CHECK (strategy IN ('pin', 'move')),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE managed_image_test_groups ("
                           " image_id TEXT NOT NULL REFERENCES managed_images(image_id) ON DELETE CASCADE,"
                           " group_id TEXT NOT NULL,"
                           " group_name TEXT NOT NULL DEFAULT ''," // as Kasm named it when it was last managed
                           " PRIMARY KEY (image_id, group_id))"),
        });
}

// Version 5: the stage history of managed images' digests (store/StageEvents.h).
Status createStageEvents(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE stage_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " image_id TEXT NOT NULL," // the managed (user-facing) image
                           " kind TEXT NOT NULL CHECK (kind IN ('build', 'test', 'verify', 'deploy', 'rollback')),"
                           " digest TEXT NOT NULL,"
                           " tag TEXT NOT NULL DEFAULT '',"
                           " previous_digest TEXT NOT NULL DEFAULT '',"
                           " actor TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " promotion_id TEXT)"), // NULL for records made without a plan
            QStringLiteral("CREATE INDEX stage_events_by_image ON stage_events(image_id, at)"),
            // A plan resumed after a crash records its stage once.
            QStringLiteral("CREATE UNIQUE INDEX stage_events_once_per_plan ON stage_events(promotion_id, kind)"),
        });
}

// Version 6: pulls that failed, per agent and reference, with the reason, so that the simulated fleet can show why an
// image is not available on an agent. A row goes when a pull of that reference succeeds.
Status createPullFailures(QSqlDatabase &db)
{
    return execAll(db, {
                           QStringLiteral("CREATE TABLE agent_pull_failures ("
                                          " agent_id TEXT NOT NULL REFERENCES agents(agent_id) ON DELETE CASCADE,"
                                          " image_ref TEXT NOT NULL,"
                                          " reason TEXT NOT NULL DEFAULT '',"
                                          " failed_at TEXT,"
                                          " PRIMARY KEY (agent_id, image_ref))"),
                       });
}

// Version 7: what the Tags pane shows of each tag beside its digest, so that it shows the cache at once.
Status addTagPlatformsAndSize(QSqlDatabase &db)
{
    return execAll(db, {
                           // Comma-separated "os/arch[/variant]"; '' when unknown.
                           QStringLiteral("ALTER TABLE tag_cache ADD COLUMN platforms TEXT NOT NULL DEFAULT ''"),
                           // Bytes: manifest and layers; NULL when unknown (an index, or not inspected).
                           QStringLiteral("ALTER TABLE tag_cache ADD COLUMN size INTEGER"),
                       });
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("registries, images, groups, audit log"), &createCatalogBasics},
        {2, QStringLiteral("zones, agents, agent inventories"), &createFleet},
        {3, QStringLiteral("tag cache, promotion journal"), &createTagCacheAndJournal},
        {4, QStringLiteral("managed images"), &createManagedImages},
        {5, QStringLiteral("stage history"), &createStageEvents},
        {6, QStringLiteral("agent pull failures"), &createPullFailures},
        {7, QStringLiteral("tag cache platforms and size"), &addTagPlatformsAndSize},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace steward::store
