#pragma once

// A Bearer token server test double that follows the distribution token spec (reference/registry-protocol.md §2,
// §6), whose JWTs the real docker-registry of RegistryFixture accepts.
//
//   TokenServer tokens;
//   tokens.addUser(QStringLiteral("alice"), QStringLiteral("s3cret"));
//   tokens.grant(QStringLiteral("alice"), QStringLiteral("team/*"), {QStringLiteral("pull"), QStringLiteral("push")});
//   tokens.grant(QString(), QStringLiteral("public/*"), {QStringLiteral("pull")}); // anonymous
//   QVERIFY2(tokens.start(), qPrintable(tokens.errorString()));
//   RegistryFixture registry;
//   registry.start(tokens.registryOptions());               // auth: token, trusting this server's key
//   seedImage(http, registry.baseUrl(), "team/app", "v1", "x", {.authorization = tokens.authorizationFor(...)});
//   ... the client under test: challenge → GET realm?service&scope → Bearer token ...
//   QCOMPARE(tokens.requestCount(QStringLiteral("repository:team/app:pull")), 1);
//
// Endpoints: `GET /token?service=..&scope=..[&scope=..][&offline_token=true&client_id=..]` with optional Basic
// credentials, and the OAuth2 form `POST /token` (grant_type=password|refresh_token, client_id required, scope
// space-separated), which setOAuthEnabled(false) turns into a 404. The server grants the intersection of what is
// asked and what is allowed; a denied scope yields a token with fewer (or no) actions, never an error. Wrong
// credentials give 401.
//
// It answers on a thread of its own, so a test may block while it works. Every setter and counter is thread-safe
// and may be called at any time. Test credentials only: a password is never logged, and tokens are not either.

#include "JwtSigner.h"
#include "RegistryFixture.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace steward::test {

class ServerThread;
struct HttpRequest;
struct HttpResponse;

class TokenServer final
{
public:
    // One entry of the token's `access` claim.
    struct Access
    {
        QString type; // "repository", "registry"
        QString name; // "team/app", "catalog"
        QStringList actions;
        friend bool operator==(const Access &, const Access &) = default;
    };

    // One request the server answered, for assertions.
    struct Request
    {
        QByteArray method;     // GET or POST
        QString user;          // empty: anonymous
        QString grantType;     // POST only: password, refresh_token
        QStringList scopes;    // asked for, one scope per entry (space-joined values are split)
        QList<Access> granted; // what the token carries
        int status = 0;
    };

    // Which fields carry the token in the answer (clients must take either).
    enum class TokenFields
    {
        Both,
        TokenOnly,
        AccessTokenOnly
    };

    TokenServer();
    ~TokenServer();
    TokenServer(const TokenServer &) = delete;
    TokenServer &operator=(const TokenServer &) = delete;

    // Generates the signing key and its certificate, and listens on 127.0.0.1. False with errorString() on failure.
    bool start();
    void stop();
    QString errorString() const;

    QUrl realm() const; // http://127.0.0.1:PORT/token
    QString service() const { return QStringLiteral("steward-test-registry"); }
    QString issuer() const { return QStringLiteral("steward-test-token-issuer"); }
    QString rootCertBundle() const; // PEM file with the signing certificate
    // A RegistryFixture configuration (auth: token) that trusts this server.
    RegistryFixture::Options registryOptions() const;
    RegistryFixture::TokenAuth registryTokenAuth() const;

    // --- Configuration ---
    void addUser(const QString &user, const QString &password);
    // Allows `actions` ("pull", "push", "delete", "*") on repositories matching `pattern` (exact, or a prefix
    // ending in '*', or "*"). An empty user means anonymous requests.
    void grant(const QString &user, const QString &repositoryPattern, const QStringList &actions);
    // The same for another resource type, e.g. grantResource(user, "registry", "catalog", {"*"}).
    void grantResource(const QString &user, const QString &type, const QString &namePattern,
                       const QStringList &actions);
    // expires_in in the answer and the token's lifetime; default 300. 0 leaves expires_in out (clients assume 60).
    void setExpiresIn(int seconds);
    void setKeyReference(JwtSigner::KeyReference reference); // default X5c
    void setTokenFields(TokenFields fields);                 // default Both
    void setOAuthEnabled(bool enabled);                      // default true; false: POST answers 404
    // Every token request is answered 401, credentials or not (for 401-loop tests).
    void setAlwaysUnauthorized(bool on);
    // Tokens whose `exp` lies beyond the registry's 60 s leeway in the past, while expires_in still promises the
    // configured lifetime: the registry rejects them as if they had expired early.
    void setIssueExpiredTokens(bool on);

    // --- Counters ---
    int requestCount() const;
    int requestCount(const QString &scope) const;       // requests that asked for exactly this scope
    int requestCountForUser(const QString &user) const; // empty: anonymous
    QList<Request> requests() const;
    void resetCounts();

    // --- Direct use ---
    // "Bearer <jwt>" for `subject` with exactly `access`, bypassing the grant rules: for seeding a token-auth
    // registry (seedImage's SeedOptions::authorization) and for tests that need a token without a request.
    QByteArray authorizationFor(const QString &subject, const QList<Access> &access) const;
    // Full access to the given repositories: pull, push and delete.
    QByteArray adminAuthorizationFor(const QStringList &repositories) const;
    QByteArray mintToken(const QString &subject, const QList<Access> &access) const;
    static QJsonObject decodeClaims(const QByteArray &token) { return JwtSigner::decodeClaims(token); }
    // "type:name:action,action" split at the first and last ':' (names may hold host:port); class suffixes kept.
    static Access parseScope(const QString &scope, bool *ok = nullptr);

private:
    struct Grant
    {
        QString user;
        QString type;
        QString pattern;
        QStringList actions;
    };

    HttpResponse handle(const HttpRequest &request);
    HttpResponse handleGet(const HttpRequest &request);
    HttpResponse handlePost(const HttpRequest &request);
    // The scopes asked, de-duplicated per resource, intersected with the user's grants.
    QList<Access> grantedAccess(const QString &user, const QStringList &scopes) const;
    QByteArray issueRefreshToken(const QString &user);

    std::unique_ptr<JwtSigner> m_signer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerThread> m_thread;
    quint16 m_port = 0;
    QString m_error;

    mutable QMutex m_mutex; // guards everything below: the server thread reads it, tests write it
    QHash<QString, QString> m_passwords;
    QList<Grant> m_grants;
    QHash<QString, QString> m_refreshTokens; // refresh token -> user
    int m_expiresIn = 300;
    JwtSigner::KeyReference m_keyReference = JwtSigner::KeyReference::X5c;
    TokenFields m_tokenFields = TokenFields::Both;
    bool m_oauthEnabled = true;
    bool m_alwaysUnauthorized = false;
    bool m_issueExpired = false;
    QList<Request> m_requests;
};

} // namespace steward::test
