#pragma once

#include <QString>
#include <QTest>

namespace steward::test {

// True when the environment (scripts/test, CI) demands that this service be present:
// STEWARD_REQUIRE_REGISTRY=1, STEWARD_REQUIRE_KEYCHAIN=1, ...
bool serviceRequired(const char *envName);

} // namespace steward::test

// Inside a test function: when the service is missing, FAIL if the environment requires it, else SKIP.
#define STEWARD_REQUIRE_SERVICE(envName, available, whyMissing)                                                        \
    do {                                                                                                               \
        if (!(available)) {                                                                                            \
            const QByteArray stewardWhy = QString(whyMissing).toUtf8();                                                \
            if (::steward::test::serviceRequired(envName))                                                             \
                QFAIL(QByteArray(QByteArray(envName) + "=1 but the service is missing: " + stewardWhy).constData());   \
            QSKIP(stewardWhy.constData());                                                                             \
        }                                                                                                              \
    } while (false)
