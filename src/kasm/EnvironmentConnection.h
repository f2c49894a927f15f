#pragma once

#include "core/Result.h"
#include "kasm/KasmApiClient.h"

#include <QProcessEnvironment>
#include <QString>

namespace steward::kasm {

// A Kasm connection from the environment, for a CI runner that has no keychain: the CI engine puts its secret
// variables there, where they stay off the command line, out of files and out of the job log.
struct KasmEnvironment
{
    static QString url() { return QStringLiteral("STEWARD_KASM_URL"); }
    static QString apiKey() { return QStringLiteral("STEWARD_KASM_API_KEY"); }
    static QString apiSecret() { return QStringLiteral("STEWARD_KASM_API_SECRET"); }
    static QString caFile() { return QStringLiteral("STEWARD_KASM_CA_FILE"); } // optional
};

// The connection the variables name. All three of URL, key and secret must be set; the URL must be https (or http to
// a loopback address, for a server on the runner itself), since the secret travels in every request. An error names
// the variables that are missing or wrong, never a value.
Result<KasmConnection> kasmConnectionFromEnvironment(const QProcessEnvironment &environment);

} // namespace steward::kasm
