#include "store/CredentialStore.h"

namespace steward::store {

CredentialStore::~CredentialStore() = default;

QFuture<KeychainProbe> CredentialStore::probe()
{
    return read(QStringLiteral("probe:availability:never-written"))
        .then(QtFuture::Launch::Sync, [](const Result<std::optional<QString>> &read) {
            return read ? KeychainProbe{true, {}} : KeychainProbe{false, read.error().message};
        });
}

} // namespace steward::store
