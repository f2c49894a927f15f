// ImageReference: the distribution reference grammar, docker.io normalisation, and rejections that name the part.
#include "core/ImageReference.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace steward;

namespace {
const QString Hex = QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
const QString Dig = QStringLiteral("sha256:") + Hex;

// An input the parser fuzzing of issue 13 found, kept byte for byte under tests/core/data.
QString hostileInput(const char *name)
{
    QFile file(QStringLiteral(STEWARD_SOURCE_DIR "/tests/core/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", name);
    return QString::fromUtf8(file.readAll());
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

class TestImageReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("apiHost");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("canonical");

        const QString hub = QStringLiteral("docker.io");
        const QString hubApi = QStringLiteral("registry-1.docker.io");
        QTest::newRow("a bare official image becomes docker.io library latest")
            << QStringLiteral("alpine") << hub << hubApi << QStringLiteral("library/alpine") << QStringLiteral("latest")
            << QString() << QStringLiteral("docker.io/library/alpine:latest");
        QTest::newRow("an official image with a tag keeps the tag")
            << QStringLiteral("alpine:3.20") << hub << hubApi << QStringLiteral("library/alpine")
            << QStringLiteral("3.20") << QString() << QStringLiteral("docker.io/library/alpine:3.20");
        QTest::newRow("a user image on docker hub gets no library prefix")
            << QStringLiteral("kasmweb/core-ubuntu-jammy:1.16.0") << hub << hubApi
            << QStringLiteral("kasmweb/core-ubuntu-jammy") << QStringLiteral("1.16.0") << QString()
            << QStringLiteral("docker.io/kasmweb/core-ubuntu-jammy:1.16.0");
        QTest::newRow("an explicit docker.io official image gets the library prefix")
            << QStringLiteral("docker.io/ubuntu") << hub << hubApi << QStringLiteral("library/ubuntu")
            << QStringLiteral("latest") << QString() << QStringLiteral("docker.io/library/ubuntu:latest");
        QTest::newRow("index.docker.io is the same registry as docker.io")
            << QStringLiteral("index.docker.io/library/nginx:1") << hub << hubApi << QStringLiteral("library/nginx")
            << QStringLiteral("1") << QString() << QStringLiteral("docker.io/library/nginx:1");
        QTest::newRow("a host with a port is the registry and the port is not a tag")
            << QStringLiteral("host:5000/a/b") << QStringLiteral("host:5000") << QStringLiteral("host:5000")
            << QStringLiteral("a/b") << QStringLiteral("latest") << QString() << QStringLiteral("host:5000/a/b:latest");
        QTest::newRow("a host with a port and a tag keeps both")
            << QStringLiteral("registry.example.com:5000/team/app:v1") << QStringLiteral("registry.example.com:5000")
            << QStringLiteral("registry.example.com:5000") << QStringLiteral("team/app") << QStringLiteral("v1")
            << QString() << QStringLiteral("registry.example.com:5000/team/app:v1");
        QTest::newRow("localhost is a registry even without a dot")
            << QStringLiteral("localhost/app") << QStringLiteral("localhost") << QStringLiteral("localhost")
            << QStringLiteral("app") << QStringLiteral("latest") << QString() << QStringLiteral("localhost/app:latest");
        QTest::newRow("a dotted first component is a registry")
            << QStringLiteral("ghcr.io/org/tool:2") << QStringLiteral("ghcr.io") << QStringLiteral("ghcr.io")
            << QStringLiteral("org/tool") << QStringLiteral("2") << QString() << QStringLiteral("ghcr.io/org/tool:2");
        QTest::newRow("a first component without dot or colon is a path on docker hub")
            << QStringLiteral("myteam/app") << hub << hubApi << QStringLiteral("myteam/app") << QStringLiteral("latest")
            << QString() << QStringLiteral("docker.io/myteam/app:latest");
        QTest::newRow("a digest alone gives no tag")
            << QStringLiteral("a/b@") + Dig << hub << hubApi << QStringLiteral("a/b") << QString() << Dig
            << QStringLiteral("docker.io/a/b@") + Dig;
        QTest::newRow("a tag and a digest are both kept")
            << QStringLiteral("a/b:tag@") + Dig << hub << hubApi << QStringLiteral("a/b") << QStringLiteral("tag")
            << Dig << QStringLiteral("docker.io/a/b:tag@") + Dig;
        QTest::newRow("a port, a tag and a digest parse together")
            << QStringLiteral("127.0.0.1:5000/x/y:1.0@") + Dig << QStringLiteral("127.0.0.1:5000")
            << QStringLiteral("127.0.0.1:5000") << QStringLiteral("x/y") << QStringLiteral("1.0") << Dig
            << QStringLiteral("127.0.0.1:5000/x/y:1.0@") + Dig;
        QTest::newRow("an IPv6 loopback in brackets is a registry")
            << QStringLiteral("[::1]:5000/app:1") << QStringLiteral("[::1]:5000") << QStringLiteral("[::1]:5000")
            << QStringLiteral("app") << QStringLiteral("1") << QString() << QStringLiteral("[::1]:5000/app:1");
        QTest::newRow("separators inside path components are allowed")
            << QStringLiteral("reg.io/a.b/c_d/e__f/g-h/i--j") << QStringLiteral("reg.io") << QStringLiteral("reg.io")
            << QStringLiteral("a.b/c_d/e__f/g-h/i--j") << QStringLiteral("latest") << QString()
            << QStringLiteral("reg.io/a.b/c_d/e__f/g-h/i--j:latest");
        QTest::newRow("a tag may hold uppercase letters, dots, dashes and underscores")
            << QStringLiteral("app:V1.2_rc-3") << hub << hubApi << QStringLiteral("library/app")
            << QStringLiteral("V1.2_rc-3") << QString() << QStringLiteral("docker.io/library/app:V1.2_rc-3");
        QTest::newRow("a tag of exactly 128 characters is accepted")
            << QStringLiteral("app:") + QString(128, QLatin1Char('t')) << hub << hubApi << QStringLiteral("library/app")
            << QString(128, QLatin1Char('t')) << QString()
            << QStringLiteral("docker.io/library/app:") + QString(128, QLatin1Char('t'));
        QTest::newRow("a registry host may have uppercase letters")
            << QStringLiteral("Registry.Example.com/app") << QStringLiteral("Registry.Example.com")
            << QStringLiteral("Registry.Example.com") << QStringLiteral("app") << QStringLiteral("latest") << QString()
            << QStringLiteral("Registry.Example.com/app:latest");
        QTest::newRow("a bare host-like name with a port reads as name and tag, as docker reads it")
            << QStringLiteral("registry:5000") << hub << hubApi << QStringLiteral("library/registry")
            << QStringLiteral("5000") << QString() << QStringLiteral("docker.io/library/registry:5000");
        QTest::newRow("a tag starting with an underscore is accepted")
            << QStringLiteral("app:_x") << hub << hubApi << QStringLiteral("library/app") << QStringLiteral("_x")
            << QString() << QStringLiteral("docker.io/library/app:_x");
    }

    void accepted()
    {
        QFETCH(QString, text);
        const Result<ImageReference> ref = ImageReference::parse(text);
        QVERIFY2(ref, ref ? "" : qPrintable(ref.error().message));
        QTEST(ref->registry(), "registry");
        QTEST(ref->apiHost(), "apiHost");
        QTEST(ref->repository(), "repository");
        QTEST(ref->tag(), "tag");
        QTEST(ref->digest().toString(), "digest");
        QTEST(ref->toString(), "canonical");
        // The canonical form parses back to the same reference.
        const Result<ImageReference> again = ImageReference::parse(ref->toString());
        QVERIFY(again);
        QCOMPARE(*again, *ref);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("an empty reference is rejected") << QString() << QStringLiteral("empty");
        QTest::newRow("surrounding spaces are rejected") << QStringLiteral(" alpine") << QStringLiteral("spaces");
        QTest::newRow("an uppercase repository is rejected as such")
            << QStringLiteral("Alpine") << QStringLiteral("must be lowercase");
        QTest::newRow("uppercase in a deeper path component is rejected")
            << QStringLiteral("reg.io/team/MyApp:1") << QStringLiteral("must be lowercase");
        QTest::newRow("an uppercase first component without a dot is a path and is rejected")
            << QStringLiteral("Team/app") << QStringLiteral("must be lowercase");
        QTest::newRow("a tag of 129 characters is rejected with its length")
            << QStringLiteral("app:") + QString(129, QLatin1Char('t')) << QStringLiteral("129 characters");
        QTest::newRow("a tag starting with a dot is rejected")
            << QStringLiteral("app:.hidden") << QStringLiteral("the tag \".hidden\"");
        QTest::newRow("a tag starting with a dash is rejected")
            << QStringLiteral("app:-x") << QStringLiteral("the tag \"-x\"");
        QTest::newRow("a tag with a plus sign is rejected") << QStringLiteral("app:1+2") << QStringLiteral("the tag");
        QTest::newRow("an empty tag after the colon is rejected") << QStringLiteral("app:") << QStringLiteral("tag");
        QTest::newRow("a name longer than 255 characters is rejected")
            << QStringLiteral("reg.io/") + QString(250, QLatin1Char('a')) << QStringLiteral("the limit is 255");
        QTest::newRow("a doubled slash is rejected")
            << QStringLiteral("reg.io/a//b") << QStringLiteral("empty path component");
        QTest::newRow("a trailing slash is rejected") << QStringLiteral("a/b/") << QStringLiteral("empty path");
        QTest::newRow("a registry followed only by a slash has an empty repository")
            << QStringLiteral("reg.io:5000/") << QStringLiteral("repository name is empty");
        QTest::newRow("a path component ending in a separator is rejected")
            << QStringLiteral("a-/b") << QStringLiteral("path component \"a-\"");
        QTest::newRow("a triple underscore is rejected") << QStringLiteral("a___b") << QStringLiteral("separators");
        QTest::newRow("a port that is not a number is rejected as a host")
            << QStringLiteral("host:abc/app") << QStringLiteral("registry host");
        QTest::newRow("a port out of range is rejected")
            << QStringLiteral("host:70000/app") << QStringLiteral("port \"70000\"");
        QTest::newRow("a host with an underscore is rejected")
            << QStringLiteral("my_host.io/app") << QStringLiteral("registry host");
        QTest::newRow("a digest with a short hex is rejected as the digest")
            << QStringLiteral("app@sha256:abc") << QStringLiteral("digest hex");
        QTest::newRow("a digest with an unknown algorithm is rejected")
            << QStringLiteral("app@md5:d41d8cd98f00b204e9800998ecf8427e") << QStringLiteral("\"md5\"");
        QTest::newRow("an uppercase digest is rejected")
            << QStringLiteral("app@sha256:") + Hex.toUpper() << QStringLiteral("lowercase hex");
        QTest::newRow("an empty digest after the at sign is rejected")
            << QStringLiteral("app@") << QStringLiteral("digest is empty");
        QTest::newRow("a second at sign is rejected in the digest")
            << QStringLiteral("app@") + Dig + QStringLiteral("@") + Dig << QStringLiteral("digest");
        QTest::newRow("a space inside the path is rejected")
            << QStringLiteral("my app") << QStringLiteral("path component \"my app\"");
        // `$` also matches before a final newline; none may pass as part of a name, host or tag.
        QTest::newRow("a newline between repository and tag is refused as a control character")
            << hostileInput("ref-newline-repo.txt") << QStringLiteral("control character");
        QTest::newRow("a newline between registry host and path is refused as a control character")
            << hostileInput("ref-newline-host.txt") << QStringLiteral("control character");
        QTest::newRow("a newline at the end of a repository is refused as a control character")
            << hostileInput("core-newline-repo.bin") << QStringLiteral("control character");
        QTest::newRow("a trailing newline is refused as a control character")
            << QStringLiteral("alpine\n") << QStringLiteral("control character");
        QTest::newRow("a newline before the digest is refused as a control character")
            << QStringLiteral("app\n@") + Dig << QStringLiteral("control character");
        QTest::newRow("an escape sequence in a tag is refused as a control character")
            << QStringLiteral("app:v1\x1b[2J") << QStringLiteral("control character");
        QTest::newRow("a NUL in the registry host is refused as a control character")
            << QStringLiteral("reg.io") + QChar(0) + QStringLiteral("/a") << QStringLiteral("control character");
        QTest::newRow("a C1 control character in the path is refused")
            << QStringLiteral("team/a") + QChar(0x85) + QStringLiteral("b") << QStringLiteral("control character");
    }

    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const Result<ImageReference> ref = ImageReference::parse(text);
        QVERIFY2(!ref, ref ? qPrintable(ref->toString()) : "");
        QVERIFY2(ref.error().message.contains(mentions), qPrintable(ref.error().message));
        QVERIFY(ref.error().code == ErrorCode::InvalidInput || ref.error().code == ErrorCode::Unsupported);
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1 with a port is loopback") << QStringLiteral("127.0.0.1:5000/a") << true;
        QTest::newRow("any 127 address is loopback") << QStringLiteral("127.1.2.3:5000/a") << true;
        QTest::newRow("localhost is loopback") << QStringLiteral("localhost:5000/a") << true;
        QTest::newRow("bracketed ::1 is loopback") << QStringLiteral("[::1]:5000/a") << true;
        QTest::newRow("docker hub is not loopback") << QStringLiteral("alpine") << false;
        QTest::newRow("a host named like loopback is not loopback") << QStringLiteral("127.0.0.1.evil.io/a") << false;
        QTest::newRow("a LAN address is not loopback") << QStringLiteral("10.0.0.5:5000/a") << false;
    }

    void aControlCharacterIsShownEscapedWhereItIs()
    {
        const Result<ImageReference> ref = ImageReference::parse(hostileInput("ref-newline-host.txt"));
        QVERIFY(!ref);
        QCOMPARE(ref.error().message,
                 QStringLiteral("invalid image reference \"127.0.0.1:9\\n/app\": character 12 is a control character "
                                "(\\n); a reference is one line of printable text"));
        QVERIFY(!hasControlCharacter(ref.error().message));
    }

    void tagValidity_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a plain tag is valid") << QStringLiteral("v1") << true;
        QTest::newRow("a tag with a trailing newline is not") << QStringLiteral("v1\n") << false;
        QTest::newRow("a tag with a trailing carriage return is not") << QStringLiteral("v1\r") << false;
        QTest::newRow("a tag with a leading newline is not") << QStringLiteral("\nv1") << false;
        QTest::newRow("a tag with an escape character is not") << QStringLiteral("v1\x1b") << false;
    }

    void tagValidity()
    {
        QFETCH(QString, tag);
        QTEST(ImageReference::isValidTag(tag), "valid");
    }

    // Loopback is what allows plain HTTP; a host that cannot be a registry host must never be it.
    void aHostWithAControlCharacterIsNotLoopback_data()
    {
        QTest::addColumn<QString>("hostPort");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1 with a port is loopback") << QStringLiteral("127.0.0.1:9") << true;
        QTest::newRow("127.0.0.1 followed by a newline is not") << QStringLiteral("127.0.0.1\n") << false;
        QTest::newRow("a port followed by a newline is not") << QStringLiteral("127.0.0.1:9\n") << false;
        QTest::newRow("a NUL inside the port is not") << QStringLiteral("127.0.0.1:") + QChar(0) << false;
    }

    void aHostWithAControlCharacterIsNotLoopback()
    {
        QFETCH(QString, hostPort);
        QTEST(ImageReference::isLoopbackHost(hostPort), "loopback");
    }

    void loopback()
    {
        QFETCH(QString, text);
        const Result<ImageReference> ref = ImageReference::parse(text);
        QVERIFY(ref);
        QTEST(ref->isLoopback(), "loopback");
    }

    void derivedReferences()
    {
        const ImageReference ref = *ImageReference::parse(QString(QStringLiteral("reg.io/a/b:1@") + Dig));
        QCOMPARE(ref.manifestReference(), Dig);
        QCOMPARE(ref.withTag(QStringLiteral("2")).toString(), QStringLiteral("reg.io/a/b:2"));
        QCOMPARE(ref.withTag(QStringLiteral("2")).manifestReference(), QStringLiteral("2"));
        QCOMPARE(ref.withRepository(QStringLiteral("c")).name(), QStringLiteral("reg.io/c"));
    }
};

QTEST_APPLESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
