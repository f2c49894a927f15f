#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace steward::store {

// Whether a credential store answers at all.
struct KeychainProbe
{
    bool available = false;
    QString message; // why not, in the store's own words, and what the user can do
};

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

    // By default a read of a key nobody writes: "not found" means the store works.
    virtual QFuture<KeychainProbe> probe();
};

} // namespace steward::store
