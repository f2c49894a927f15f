#pragma once

#include "core/Result.h"
#include "store/Migrations.h"
#include "store/ProfileUseLock.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

class QThread;

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace steward::store {

struct CatalogOptions
{
    QString profileDir;          // empty: defaultProfileDir()
    QList<Migration> migrations; // empty: every migration of this build (tests pass a prefix)
    int busyTimeoutMs = 10000;   // how long a writer waits for another process's transaction
    bool dailyBackup = true;     // keep a copy at most a day old, so a damaged file has a recent twin
};

// The SQLite catalog of one profile: <profile>/catalog.sqlite. Opening checks the file, refuses a newer schema and
// runs the forward migrations (one transaction each, a backup before each). Several processes may share a profile:
// WAL, a busy timeout and BEGIN IMMEDIATE writes make them take turns; opening and migrating are serialised by
// <profile>/catalog.lock, which records the owner's pid. An open Catalog holds a ProfileUseLock for its whole life,
// so a backup is never restored under it.
//
// Error codes from open(): Integrity = the file is damaged (the message names the newest backup and
// `stewardctl restore-backup`, see Backups.h; the detail keeps what SQLite said); Unsupported = written by a newer
// schema (both versions named); Conflict = another process held the profile lock too long, or is restoring a
// backup; Storage = anything else the file system or SQLite refused.
//
// Thread use: database() hands each thread its own named connection (SQLite connections are per thread). The GUI
// uses CatalogWorker, never this class on its own thread.
class Catalog final
{
public:
    static Result<std::shared_ptr<Catalog>> open(const CatalogOptions &options);
    static Result<std::shared_ptr<Catalog>> open(const QString &profileDir);
    // For commands that only read (a stored login for `stewardctl digest`): creates, locks, migrates and backs up
    // nothing. NotFound when the profile has no catalog; Unsupported when its schema is not this build's (a command
    // that writes upgrades it). Its connections are read-only, so a write through it fails.
    static Result<std::shared_ptr<Catalog>> openReadOnly(const QString &profileDir);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QString profileDir() const { return m_profileDir; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return !m_inUse.has_value(); }

    // The calling thread's connection, opened on first use with WAL, foreign keys and the busy timeout. Other
    // layers run their own queries on it (the Kasm simulation keeps its images, groups and agents here).
    QSqlDatabase database() const;
    // Closes the calling thread's connection; a worker thread calls this before it ends.
    void releaseThreadConnection() const;
    // Confines the catalog to `owner`: database() on any other thread warns in lcStore ("... belongs to thread ...")
    // — and still serves, so that a missed path degrades to a stall, not a failure. CatalogWorker confines the catalog
    // it opened to its thread, so that a GUI-thread query shows in the log and fails the GUI tests. nullptr: any
    // thread (stewardctl, which has only one).
    void confineTo(QThread *owner);

    // Runs `work` in one write transaction (BEGIN IMMEDIATE: the write lock is taken up front, so two processes
    // never deadlock upgrading a read lock). Commits when work succeeds, rolls back when it fails.
    Status transaction(const std::function<Status(QSqlDatabase &)> &work) const;

    static QString catalogFileName() { return QStringLiteral("catalog.sqlite"); }

private:
    // Without `inUse` the catalog is read-only: nothing may be restored under a writer, but a reader only ever sees
    // one consistent file or the other.
    Catalog(QString profileDir, int schemaVersion, int busyTimeoutMs, std::optional<ProfileUseLock> inUse);
    QString connectionName() const;

    const QString m_profileDir;
    const QString m_filePath;
    const QString m_id;
    const int m_schemaVersion;
    const int m_busyTimeoutMs;
    const std::optional<ProfileUseLock> m_inUse;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    std::atomic<QThread *> m_owner = nullptr;
};

// Who did it, for the audit log: "<os user>@<application>".
QString currentActor();

} // namespace steward::store
