// The Bearer token server double: its tokens are accepted by the real docker-registry (and by skopeo's token flow),
// it grants the intersection of asked and allowed scopes, and its switches do what REG-A's tests rely on.
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "TokenServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace steward::test;

namespace {

const QString Alice = QStringLiteral("alice");
const QString AlicePassword = QStringLiteral("wonderland");
const QByteArray OciManifest = "application/vnd.oci.image.manifest.v1+json";

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QUrl tokenUrl(const TokenServer &tokens, const QStringList &scopes, const QString &service = {})
{
    QUrl url = tokens.realm();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), service.isEmpty() ? tokens.service() : service);
    for (const QString &scope : scopes)
        query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    return url;
}

QJsonObject accessEntry(const QString &name, const QStringList &actions)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("repository")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("actions"), QJsonArray::fromStringList(actions)}};
}

} // namespace

class TestTokenServer final : public QObject
{
    Q_OBJECT

private:
    TokenServer m_tokens;
    RegistryFixture m_registry;
    SyncHttp m_http;
    SeededImage m_image;  // team/app:v1
    SeededImage m_public; // public/base:1

    QByteArray fetchToken(const QStringList &scopes, const QByteArray &authorization = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpReply reply = m_http.send("GET", tokenUrl(m_tokens, scopes), {}, headers);
        if (reply.status != 200)
            return {};
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString().toLatin1();
    }

    int manifestStatus(const QString &repository, const QString &reference, const QByteArray &token)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", OciManifest}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        return m_http
            .send("GET",
                  QUrl(m_registry.baseUrl().toString() +
                       QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference)),
                  {}, headers)
            .status;
    }

    // A PUT of the seeded manifest under a new tag: needs push.
    int pushStatus(const QByteArray &token)
    {
        return m_http
            .send("PUT", QUrl(m_registry.baseUrl().toString() + QStringLiteral("/v2/team/app/manifests/pushed")),
                  m_image.manifestBytes, {{"Content-Type", OciManifest}, {"Authorization", "Bearer " + token}})
            .status;
    }

    // skopeo's exit code; its stderr goes to *errors.
    static int runSkopeo(const QStringList &args, QByteArray *output, QByteArray *errors = nullptr)
    {
        QProcess skopeo;
        skopeo.start(QStringLiteral("skopeo"), args);
        // Blocking is fine: the token server answers on its own thread.
        if (!skopeo.waitForFinished(60000))
            return -1;
        *output = skopeo.readAllStandardOutput();
        if (errors)
            *errors = skopeo.readAllStandardError();
        return skopeo.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tokens.start(), qPrintable(m_tokens.errorString()));
        m_tokens.addUser(Alice, AlicePassword);
        m_tokens.addUser(QStringLiteral("bob"), QStringLiteral("builder"));
        m_tokens.grant(Alice, QStringLiteral("team/*"), {QStringLiteral("pull"), QStringLiteral("push")});
        m_tokens.grant(QStringLiteral("bob"), QStringLiteral("team/app"), {QStringLiteral("pull")});
        m_tokens.grant(QString(), QStringLiteral("public/*"), {QStringLiteral("pull")});
        m_tokens.grantResource(Alice, QStringLiteral("registry"), QStringLiteral("catalog"), {QStringLiteral("*")});

        const bool started = m_registry.start(m_tokens.registryOptions());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, m_registry.errorString());

        SeedOptions seed;
        seed.authorization = m_tokens.adminAuthorizationFor({QStringLiteral("team/app")});
        m_image =
            seedImage(m_http, m_registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("v1"), "team\n", seed);
        QVERIFY2(m_image.ok, qPrintable(m_image.error));
        seed.authorization = m_tokens.adminAuthorizationFor({QStringLiteral("public/base")});
        m_public =
            seedImage(m_http, m_registry.baseUrl(), QStringLiteral("public/base"), QStringLiteral("1"), "pub\n", seed);
        QVERIFY2(m_public.ok, qPrintable(m_public.error));
    }

    void init()
    {
        m_tokens.resetCounts();
        m_tokens.setKeyReference(JwtSigner::KeyReference::X5c);
        m_tokens.setIssueExpiredTokens(false);
        m_tokens.setAlwaysUnauthorized(false);
        m_tokens.setOAuthEnabled(true);
        m_tokens.setExpiresIn(300);
        m_tokens.setTokenFields(TokenServer::TokenFields::Both);
    }

    void registryChallengesWithThisServersRealm()
    {
        const HttpReply reply =
            m_http.send("GET", QUrl(m_registry.baseUrl().toString() + QStringLiteral("/v2/team/app/manifests/v1")), {},
                        {{"Accept", OciManifest}});
        QCOMPARE(reply.status, 401);
        const QString challenge = QString::fromLatin1(reply.header("WWW-Authenticate"));
        QVERIFY2(challenge.startsWith(QLatin1String("Bearer ")), qPrintable(challenge));
        QVERIFY2(challenge.contains(QStringLiteral("realm=\"%1\"").arg(m_tokens.realm().toString())),
                 qPrintable(challenge));
        QVERIFY2(challenge.contains(QStringLiteral("service=\"%1\"").arg(m_tokens.service())), qPrintable(challenge));
        QVERIFY2(challenge.contains(QLatin1String("scope=\"repository:team/app:pull\"")), qPrintable(challenge));
    }

    void registryAcceptsTheTokens_data()
    {
        QTest::addColumn<JwtSigner::KeyReference>("reference");
        QTest::addColumn<QString>("headerField");
        QTest::newRow("a token naming its key by an x5c certificate chain")
            << JwtSigner::KeyReference::X5c << QStringLiteral("x5c");
        QTest::newRow("a token naming its key by a libtrust kid")
            << JwtSigner::KeyReference::Kid << QStringLiteral("kid");
    }

    void registryAcceptsTheTokens()
    {
        QFETCH(JwtSigner::KeyReference, reference);
        QFETCH(QString, headerField);
        m_tokens.setKeyReference(reference);

        const QByteArray token = fetchToken({QStringLiteral("repository:team/app:pull")}, basic(Alice, AlicePassword));
        QVERIFY(!token.isEmpty());
        QVERIFY(JwtSigner::decodeHeader(token).contains(headerField));
        const QJsonObject claims = TokenServer::decodeClaims(token);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), Alice);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_tokens.issuer());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), m_tokens.service());
        for (const char *claim : {"exp", "nbf", "iat", "jti"})
            QVERIFY2(claims.contains(QLatin1String(claim)), claim);

        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), token), 200);
        QCOMPARE(m_tokens.requestCount(QStringLiteral("repository:team/app:pull")), 1);
        QCOMPARE(m_tokens.requestCountForUser(Alice), 1);
    }

    void kidIsTheLibtrustFormOfTheKey()
    {
        const JwtSigner signer;
        QVERIFY(signer.isValid());
        const QStringList groups = signer.keyId().split(QLatin1Char(':'));
        QCOMPARE(groups.size(), 12);
        for (const QString &group : groups) {
            QCOMPARE(group.size(), 4);
            for (const QChar c : group)
                QVERIFY2((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('2') && c <= QLatin1Char('7')),
                         qPrintable(group));
        }
        QVERIFY(JwtSigner().keyId() != signer.keyId());
    }

    void deniedScopeGivesATokenWithFewerActions()
    {
        const QByteArray token = fetchToken({QStringLiteral("repository:team/app:pull,push")},
                                            basic(QStringLiteral("bob"), QStringLiteral("builder")));
        QVERIFY(!token.isEmpty());
        QCOMPARE(TokenServer::decodeClaims(token).value(QStringLiteral("access")).toArray(),
                 QJsonArray{accessEntry(QStringLiteral("team/app"), {QStringLiteral("pull")})});
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), token), 200);
        QCOMPARE(pushStatus(token), 401);

        const QByteArray alices =
            fetchToken({QStringLiteral("repository:team/app:pull,push")}, basic(Alice, AlicePassword));
        QCOMPARE(pushStatus(alices), 201);
    }

    void anonymousRequestsGetOnlyTheAnonymousGrants()
    {
        const QByteArray token =
            fetchToken({QStringLiteral("repository:team/app:pull"), QStringLiteral("repository:public/base:pull")});
        QVERIFY(!token.isEmpty());
        QCOMPARE(TokenServer::decodeClaims(token).value(QStringLiteral("sub")).toString(), QString());
        QCOMPARE(TokenServer::decodeClaims(token).value(QStringLiteral("access")).toArray(),
                 (QJsonArray{accessEntry(QStringLiteral("team/app"), {}),
                             accessEntry(QStringLiteral("public/base"), {QStringLiteral("pull")})}));
        QCOMPARE(manifestStatus(QStringLiteral("public/base"), QStringLiteral("1"), token), 200);
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), token), 401);
        QCOMPARE(m_tokens.requestCountForUser(QString()), 1);
    }

    void repeatedAndSpaceJoinedScopesAreAllGranted()
    {
        const QByteArray token = fetchToken({QStringLiteral("repository:team/app:pull"),
                                             QStringLiteral("repository:team/other:pull repository:team/app:push"),
                                             QStringLiteral("registry:catalog:*")},
                                            basic(Alice, AlicePassword));
        QVERIFY(!token.isEmpty());
        QCOMPARE(TokenServer::decodeClaims(token).value(QStringLiteral("access")).toArray(),
                 (QJsonArray{accessEntry(QStringLiteral("team/app"), {QStringLiteral("pull"), QStringLiteral("push")}),
                             accessEntry(QStringLiteral("team/other"), {QStringLiteral("pull")}),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("registry")},
                                         {QStringLiteral("name"), QStringLiteral("catalog")},
                                         {QStringLiteral("actions"), QJsonArray{QStringLiteral("*")}}}}));
        QCOMPARE(m_tokens.requestCount(QStringLiteral("repository:team/other:pull")), 1);
        QCOMPARE(m_tokens.requestCount(QStringLiteral("repository:team/app:push")), 1);
        QCOMPARE(m_tokens.requestCount(QStringLiteral("repository:team/app:pull,push")), 0);
        QCOMPARE(m_tokens.requests().first().scopes.size(), 4);

        const HttpReply catalog =
            m_http.send("GET", QUrl(m_registry.baseUrl().toString() + QStringLiteral("/v2/_catalog")), {},
                        {{"Authorization", "Bearer " + token}});
        QCOMPARE(catalog.status, 200);
        QVERIFY(catalog.body.contains("team/app"));
    }

    void answerCarriesTheDocumentedFields()
    {
        const HttpReply reply = m_http.send("GET", tokenUrl(m_tokens, {QStringLiteral("repository:team/app:pull")}), {},
                                            {{"Authorization", basic(Alice, AlicePassword)}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QVERIFY(!body.value(QStringLiteral("token")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("access_token")), body.value(QStringLiteral("token")));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 300);
        const QDateTime issued = QDateTime::fromString(body.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
        QVERIFY(issued.isValid());
        QVERIFY(qAbs(issued.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!body.contains(QStringLiteral("refresh_token")));
        const QJsonObject claims = TokenServer::decodeClaims(body.value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 300);
    }

    void switchesShapeTheAnswer_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<TokenServer::TokenFields>("fields");
        QTest::addColumn<bool>("hasToken");
        QTest::addColumn<bool>("hasAccessToken");
        QTest::addColumn<bool>("hasExpiresIn");
        QTest::newRow("a short lifetime is reported as given")
            << 5 << TokenServer::TokenFields::Both << true << true << true;
        QTest::newRow("no lifetime leaves expires_in out")
            << 0 << TokenServer::TokenFields::Both << true << true << false;
        QTest::newRow("only the token field") << 300 << TokenServer::TokenFields::TokenOnly << true << false << true;
        QTest::newRow("only the access_token field")
            << 300 << TokenServer::TokenFields::AccessTokenOnly << false << true << true;
    }

    void switchesShapeTheAnswer()
    {
        QFETCH(int, expiresIn);
        QFETCH(TokenServer::TokenFields, fields);
        QFETCH(bool, hasToken);
        QFETCH(bool, hasAccessToken);
        QFETCH(bool, hasExpiresIn);
        m_tokens.setExpiresIn(expiresIn);
        m_tokens.setTokenFields(fields);
        const HttpReply reply = m_http.send("GET", tokenUrl(m_tokens, {QStringLiteral("repository:public/base:pull")}));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.contains(QStringLiteral("token")), hasToken);
        QCOMPARE(body.contains(QStringLiteral("access_token")), hasAccessToken);
        QCOMPARE(body.contains(QStringLiteral("expires_in")), hasExpiresIn);
        if (hasExpiresIn)
            QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), expiresIn);
    }

    void refusalsAreHttpErrors_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("alwaysUnauthorized");
        QTest::addColumn<int>("status");
        QTest::newRow("a wrong password is refused")
            << basic(Alice, QStringLiteral("nope")) << QString() << false << 401;
        QTest::newRow("an unknown user is refused")
            << basic(QStringLiteral("mallory"), QStringLiteral("x")) << QString() << false << 401;
        QTest::newRow("an unknown service is refused") << QByteArray() << QStringLiteral("elsewhere") << false << 400;
        QTest::newRow("the always-401 switch refuses good credentials")
            << basic(Alice, AlicePassword) << QString() << true << 401;
        QTest::newRow("the always-401 switch refuses anonymous requests") << QByteArray() << QString() << true << 401;
    }

    void refusalsAreHttpErrors()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, service);
        QFETCH(bool, alwaysUnauthorized);
        QFETCH(int, status);
        m_tokens.setAlwaysUnauthorized(alwaysUnauthorized);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpReply reply =
            m_http.send("GET", tokenUrl(m_tokens, {QStringLiteral("repository:team/app:pull")}, service), {}, headers);
        QCOMPARE(reply.status, status);
        QVERIFY(!QJsonDocument::fromJson(reply.body).object().contains(QStringLiteral("token")));
        QCOMPARE(m_tokens.requestCount(), 1);
        QCOMPARE(m_tokens.requests().first().status, status);
    }

    void expiredTokensAreRejectedByTheRegistry()
    {
        m_tokens.setIssueExpiredTokens(true);
        const HttpReply reply = m_http.send("GET", tokenUrl(m_tokens, {QStringLiteral("repository:team/app:pull")}), {},
                                            {{"Authorization", basic(Alice, AlicePassword)}});
        QCOMPARE(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 300); // the answer still promises a lifetime
        const QByteArray token = body.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), token), 401);

        m_tokens.setIssueExpiredTokens(false);
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"),
                                fetchToken({QStringLiteral("repository:team/app:pull")}, basic(Alice, AlicePassword))),
                 200);
    }

    void tokensFromAnotherKeyAreRejected()
    {
        TokenServer stranger;
        QVERIFY2(stranger.start(), qPrintable(stranger.errorString()));
        const QByteArray forged = stranger.mintToken(
            Alice, {{QStringLiteral("repository"), QStringLiteral("team/app"), {QStringLiteral("pull")}}});
        // Same issuer and audience, only the key differs.
        QCOMPARE(TokenServer::decodeClaims(forged).value(QStringLiteral("iss")).toString(), m_tokens.issuer());
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), forged), 401);
        const QByteArray genuine = m_tokens.mintToken(
            Alice, {{QStringLiteral("repository"), QStringLiteral("team/app"), {QStringLiteral("pull")}}});
        QCOMPARE(manifestStatus(QStringLiteral("team/app"), QStringLiteral("v1"), genuine), 200);
    }

    void oauthPostGrantsTokensAndRefreshes()
    {
        const QByteArray form = "grant_type=password&service=" + m_tokens.service().toLatin1() +
                                "&client_id=stewardtest&access_type=offline&username=alice&password=wonderland"
                                "&scope=repository%3Ateam%2Fapp%3Apull+repository%3Ateam%2Fapp%3Apush";
        const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        const HttpReply reply = m_http.send("POST", m_tokens.realm(), form, headers);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("repository:team/app:pull,push"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 300);
        const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(pushStatus(token), 201);
        const QString refresh = body.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());

        const QByteArray refreshForm = "grant_type=refresh_token&service=" + m_tokens.service().toLatin1() +
                                       "&client_id=stewardtest&refresh_token=" + refresh.toLatin1() +
                                       "&scope=repository%3Apublic%2Fbase%3Apull";
        const HttpReply refreshed = m_http.send("POST", m_tokens.realm(), refreshForm, headers);
        QCOMPARE(refreshed.status, 200);
        const QByteArray second = QJsonDocument::fromJson(refreshed.body)
                                      .object()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        QCOMPARE(TokenServer::decodeClaims(second).value(QStringLiteral("sub")).toString(), Alice);
        QCOMPARE(manifestStatus(QStringLiteral("public/base"), QStringLiteral("1"), second), 200);

        const QList<TokenServer::Request> requests = m_tokens.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).grantType, QStringLiteral("password"));
        QCOMPARE(requests.at(1).grantType, QStringLiteral("refresh_token"));
        QCOMPARE(requests.at(1).user, Alice);
    }

    void oauthPostRefusals_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("status");
        const QByteArray service = "service=steward-test-registry";
        QTest::newRow("a disabled OAuth endpoint answers 404 so that clients fall back to GET")
            << QByteArray("grant_type=password&client_id=x&username=alice&password=wonderland&" + service) << false
            << 404;
        QTest::newRow("a missing client_id is a bad request")
            << QByteArray("grant_type=password&username=alice&password=wonderland&" + service) << true << 400;
        QTest::newRow("a wrong password is refused")
            << QByteArray("grant_type=password&client_id=x&username=alice&password=no&" + service) << true << 401;
        QTest::newRow("an unknown refresh token is refused")
            << QByteArray("grant_type=refresh_token&client_id=x&refresh_token=made-up&" + service) << true << 401;
        QTest::newRow("an unknown grant type is a bad request")
            << QByteArray("grant_type=client_credentials&client_id=x&" + service) << true << 400;
    }

    void oauthPostRefusals()
    {
        QFETCH(QByteArray, form);
        QFETCH(bool, enabled);
        QFETCH(int, status);
        m_tokens.setOAuthEnabled(enabled);
        const HttpReply reply =
            m_http.send("POST", m_tokens.realm(), form, {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, status);
        QVERIFY(!QJsonDocument::fromJson(reply.body).object().contains(QStringLiteral("access_token")));
        // GET keeps working when POST is off.
        QCOMPARE(m_http.send("GET", tokenUrl(m_tokens, {QStringLiteral("repository:public/base:pull")})).status, 200);
    }

    void skopeoFollowsTheTokenFlow()
    {
        // The credentials go in an auth file, never on skopeo's command line.
        QTemporaryDir dir;
        QFile authFile(dir.filePath(QStringLiteral("auth.json")));
        QVERIFY(authFile.open(QIODevice::WriteOnly));
        authFile.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("auths"),
                     QJsonObject{
                         {m_registry.hostPort(),
                          QJsonObject{{QStringLiteral("auth"),
                                       QString::fromLatin1(
                                           (Alice + QLatin1Char(':') + AlicePassword).toUtf8().toBase64())}}}}}})
                .toJson());
        authFile.close();

        QByteArray output;
        QCOMPARE(
            runSkopeo({QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--authfile"),
                       authFile.fileName(), QStringLiteral("docker://%1/team/app:v1").arg(m_registry.hostPort())},
                      &output),
            0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("Digest")).toString(), m_image.digest);
        QVERIFY(m_tokens.requestCountForUser(Alice) >= 1);
        QVERIFY(m_tokens.requestCount(QStringLiteral("repository:team/app:pull")) >= 1);

        // Anonymous: public images only.
        m_tokens.resetCounts();
        QCOMPARE(
            runSkopeo({QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--no-creds"),
                       QStringLiteral("docker://%1/public/base:1").arg(m_registry.hostPort())},
                      &output),
            0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("Digest")).toString(), m_public.digest);
        QVERIFY(m_tokens.requestCountForUser(QString()) >= 1);
        QVERIFY(
            runSkopeo({QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--no-creds"),
                       QStringLiteral("docker://%1/team/app:v1").arg(m_registry.hostPort())},
                      &output) != 0);
    }

    void scopesParseAroundHostPortNames_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("a plain repository scope")
            << QStringLiteral("repository:team/app:pull") << true << QStringLiteral("repository")
            << QStringLiteral("team/app") << QStringList{QStringLiteral("pull")};
        QTest::newRow("a name holding host and port")
            << QStringLiteral("repository:localhost:5000/app:pull,push") << true << QStringLiteral("repository")
            << QStringLiteral("localhost:5000/app") << QStringList{QStringLiteral("pull"), QStringLiteral("push")};
        QTest::newRow("a resource class is dropped from the type")
            << QStringLiteral("repository(plugin):vieux/sshfs:pull") << true << QStringLiteral("repository")
            << QStringLiteral("vieux/sshfs") << QStringList{QStringLiteral("pull")};
        QTest::newRow("the catalog scope") << QStringLiteral("registry:catalog:*") << true << QStringLiteral("registry")
                                           << QStringLiteral("catalog") << QStringList{QStringLiteral("*")};
        QTest::newRow("a scope without actions is invalid")
            << QStringLiteral("repository:team/app") << false << QString() << QString() << QStringList{};
    }

    void scopesParseAroundHostPortNames()
    {
        QFETCH(QString, scope);
        QFETCH(bool, valid);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QStringList, actions);
        bool ok = false;
        const TokenServer::Access access = TokenServer::parseScope(scope, &ok);
        QCOMPARE(ok, valid);
        if (!valid)
            return;
        QCOMPARE(access.type, type);
        QCOMPARE(access.name, name);
        QCOMPARE(access.actions, actions);
    }
};

QTEST_GUILESS_MAIN(TestTokenServer)
#include "tst_tokenserver.moc"
