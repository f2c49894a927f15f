#pragma once

// Helpers shared by the registry client tests: describing a result, and asking skopeo. Waiting for a future with a
// bound is tests/support/AwaitFuture.h's waitFor().

#include "RegistryFixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace steward::test {

// The error of a failed result, or nothing: QVERIFY2 evaluates its message even when the check passes.
template<typename R>
QString describe(const R &result)
{
    return result ? QString() : result.error().toString();
}

// skopeo with the fixture's TLS and login settings; stdout, or empty with `error` set.
inline QByteArray skopeo(const RegistryFixture &registry, QStringList args, QString *error = nullptr)
{
    QStringList full{args.takeFirst()};
    if (registry.options().tls)
        full << QStringLiteral("--cert-dir") << QFileInfo(registry.caFile()).absolutePath();
    else
        full << QStringLiteral("--tls-verify=false");
    if (registry.options().auth == RegistryFixture::Auth::Htpasswd)
        full << QStringLiteral("--creds")
             << registry.options().username + QLatin1Char(':') + registry.options().password;
    full << args;
    QProcess process;
    process.start(QStringLiteral("skopeo"), full);
    process.waitForFinished(60000);
    if (process.exitCode() != 0 && error)
        *error = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

inline QJsonObject skopeoInspect(const RegistryFixture &registry, const QString &repoRef)
{
    QString error;
    const QByteArray out = skopeo(
        registry,
        {QStringLiteral("inspect"), QStringLiteral("docker://") + registry.hostPort() + QLatin1Char('/') + repoRef},
        &error);
    if (out.isEmpty())
        qWarning("skopeo inspect %s: %s", qPrintable(repoRef), qPrintable(error));
    return QJsonDocument::fromJson(out).object();
}

} // namespace steward::test
