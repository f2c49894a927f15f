// Digest: the grammar we accept, and that verification really hashes.
#include "core/Digest.h"

#include <QTest>

using namespace steward;

namespace {
const QString Hex64 =
    QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"); // sha256("hello")
}

class TestDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a well-formed sha256 digest is accepted")
            << QStringLiteral("sha256:") + Hex64 << true << QString();
        QTest::newRow("a sha512 digest with 128 hex digits is accepted")
            << QStringLiteral("sha512:") + Hex64 + Hex64 << true << QString();
        QTest::newRow("an empty string is rejected") << QString() << false << QStringLiteral("empty");
        QTest::newRow("hex without an algorithm is rejected") << Hex64 << false << QStringLiteral("no algorithm");
        QTest::newRow("uppercase hex is rejected")
            << QStringLiteral("sha256:") + Hex64.toUpper() << false << QStringLiteral("lowercase hex");
        QTest::newRow("a short sha256 is rejected with its length")
            << QStringLiteral("sha256:abc") << false << QStringLiteral("it has 3 characters");
        QTest::newRow("a sha256 one digit too long is rejected")
            << QStringLiteral("sha256:") + Hex64 + QLatin1Char('0') << false << QStringLiteral("65 characters");
        QTest::newRow("non-hex characters are rejected")
            << QStringLiteral("sha256:") + Hex64.left(63) + QLatin1Char('g') << false << QStringLiteral("hex");
        QTest::newRow("an unknown algorithm is named in the rejection")
            << QStringLiteral("md5:d41d8cd98f00b204e9800998ecf8427e") << false << QStringLiteral("\"md5\"");
        QTest::newRow("a malformed algorithm is rejected")
            << QStringLiteral("SHA256:") + Hex64 << false << QStringLiteral("algorithm \"SHA256\" is malformed");
        QTest::newRow("an empty algorithm is rejected")
            << QStringLiteral(":") + Hex64 << false << QStringLiteral("algorithm");
        QTest::newRow("an algorithm followed by a newline is malformed, and the newline is shown escaped")
            << QStringLiteral("sha256\n:") + Hex64 << false << QStringLiteral("algorithm \"sha256\\n\" is malformed");
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const Result<Digest> digest = Digest::parse(text);
        QCOMPARE(bool(digest), valid);
        if (valid) {
            QCOMPARE(digest->toString(), text);
        } else {
            QVERIFY2(digest.error().message.contains(mentions), qPrintable(digest.error().message));
        }
    }

    void sha256HashesTheBytes()
    {
        const Digest digest = Digest::sha256("hello");
        QCOMPARE(digest.toString(), QStringLiteral("sha256:") + Hex64);
        QVERIFY(digest.matches("hello"));
        QVERIFY(!digest.matches("hello "));
        QCOMPARE(digest.shortString(), QStringLiteral("sha256:2cf24dba5fb0"));
    }

    void defaultDigestIsInvalidAndMatchesNothing()
    {
        const Digest digest;
        QVERIFY(!digest.isValid());
        QVERIFY(!digest.matches(""));
        QVERIFY(digest.toString().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestDigest)
#include "tst_digest.moc"
