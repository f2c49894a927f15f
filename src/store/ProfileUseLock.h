#pragma once

#include "core/Result.h"

#include <QString>

namespace steward::store {

// Who has a profile's catalog open: every open Catalog holds <profile>/catalog.inuse with a shared advisory lock
// (flock) for its whole life, and restoring a backup needs it exclusively. Without it a restore could move the
// catalog out from under a running process, whose later writes would land in the moved-aside file and be lost.
// catalog.lock only serialises opening; this lock covers the time in between.
class ProfileUseLock final
{
public:
    // For an open Catalog. Conflict while a backup is being restored.
    static Result<ProfileUseLock> shared(const QString &profileDir);
    // For a restore; never waits. Conflict, naming a holder's pid where the system tells it, while any process
    // (this one included) has the catalog open.
    static Result<ProfileUseLock> exclusive(const QString &profileDir);

    ProfileUseLock(ProfileUseLock &&other) noexcept;
    ProfileUseLock &operator=(ProfileUseLock &&other) noexcept;
    ProfileUseLock(const ProfileUseLock &) = delete;
    ProfileUseLock &operator=(const ProfileUseLock &) = delete;
    ~ProfileUseLock();

    static QString fileName() { return QStringLiteral("catalog.inuse"); }

private:
    static Result<ProfileUseLock> take(const QString &profileDir, bool exclusive);
    explicit ProfileUseLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace steward::store
