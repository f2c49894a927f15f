#include "core/Result.h"

#include <QTest>

using namespace steward;

namespace {

Result<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a port number (1-65535)").arg(text));
    return port;
}

} // namespace

class TestError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultCarriesValueOrError()
    {
        QCOMPARE(parsePort(QStringLiteral("5000")).value(), 5000);
        const Result<int> bad = parsePort(QStringLiteral("70000"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().toString(), QStringLiteral("\"70000\" is not a port number (1-65535)"));
    }

    void detailIsAppendedInParentheses()
    {
        const Error error{ErrorCode::Network, QStringLiteral("Cannot reach registry.example"),
                          QStringLiteral("connection refused")};
        QCOMPARE(error.toString(), QStringLiteral("Cannot reach registry.example (connection refused)"));
    }

    void everyCodeHasADistinctName()
    {
        QSet<QString> names;
        for (int code = int(ErrorCode::InvalidInput); code <= int(ErrorCode::Internal); ++code)
            names.insert(errorCodeName(ErrorCode(code)));
        QCOMPARE(names.size(), int(ErrorCode::Internal) + 1);
    }
};

QTEST_APPLESS_MAIN(TestError)
#include "tst_error.moc"
