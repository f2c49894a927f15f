#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace steward::store {

// Where secrets live. Every operation is asynchronous; the futures finish on the thread that called (keychain jobs
// need that thread's event loop). A read that finds nothing is not an error: it yields std::nullopt.
// Keys come from credentialKey(); secrets never appear in errors, logs or files.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    virtual QFuture<Result<std::optional<QString>>> read(const QString &key) = 0;
    virtual QFuture<Status> write(const QString &key, const QString &secret) = 0;
    // Removing a key that does not exist succeeds.
    virtual QFuture<Status> remove(const QString &key) = 0;

    // True when secrets survive the process (a keychain), false for the session-only memory store.
    virtual bool persistent() const = 0;
    // For the user: "the desktop keychain", "memory, for this session only".
    virtual QString description() const = 0;
};

} // namespace steward::store
