#include "TokenServer.h"

#include "BufferedHttpServer.h"
#include "ServerThread.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUuid>

namespace steward::test {

namespace {

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.set("Content-Type", "application/json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

// The distribution error shape, as the registry itself uses it.
HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    HttpResponse response = jsonResponse(
        status, QJsonObject{{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                                              {QStringLiteral("message"), message}}}}});
    if (status == 401)
        response.headers.set("WWW-Authenticate", "Basic realm=\"steward-test-token-server\"");
    return response;
}

// RFC 6749 section 5.2 errors for the OAuth2 form.
HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return jsonResponse(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

QStringList splitScopes(const QStringList &values)
{
    QStringList scopes;
    for (const QString &value : values)
        scopes += value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return scopes;
}

bool matches(const QString &pattern, const QString &name)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.endsWith(QLatin1Char('*')))
        return name.startsWith(pattern.chopped(1));
    return pattern == name;
}

QJsonArray accessJson(const QList<TokenServer::Access> &access)
{
    QJsonArray array;
    for (const TokenServer::Access &entry : access) {
        array.append(QJsonObject{{QStringLiteral("type"), entry.type},
                                 {QStringLiteral("name"), entry.name},
                                 {QStringLiteral("actions"), QJsonArray::fromStringList(entry.actions)}});
    }
    return array;
}

QString scopeString(const QList<TokenServer::Access> &access)
{
    QStringList scopes;
    for (const TokenServer::Access &entry : access) {
        if (!entry.actions.isEmpty())
            scopes.append(entry.type + QLatin1Char(':') + entry.name + QLatin1Char(':') +
                          entry.actions.join(QLatin1Char(',')));
    }
    return scopes.join(QLatin1Char(' '));
}

QUrlQuery formQuery(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

TokenServer::TokenServer() = default;

TokenServer::~TokenServer()
{
    stop();
}

bool TokenServer::start()
{
    stop();
    m_signer = std::make_unique<JwtSigner>();
    if (!m_signer->isValid()) {
        m_error = QStringLiteral("cannot make the token signing key: %1").arg(m_signer->errorString());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QFile bundle(m_dir->filePath(QStringLiteral("token-signer.crt")));
    if (!m_dir->isValid() || !bundle.open(QIODevice::WriteOnly) || bundle.write(m_signer->certificatePem()) < 0) {
        m_error = QStringLiteral("cannot write the token certificate bundle in %1").arg(m_dir->path());
        return false;
    }
    bundle.close();

    m_thread = std::make_unique<ServerThread>(QStringLiteral("TokenServer"));
    bool listening = false;
    m_thread->run([this, &listening] {
        auto *server =
            new BufferedHttpServer([this](const HttpRequest &request) { return handle(request); }, m_thread->context());
        listening = server->listen(QHostAddress::LocalHost);
        m_port = server->port();
        if (!listening)
            m_error = QStringLiteral("the token server cannot listen on 127.0.0.1: %1").arg(server->errorString());
    });
    if (!listening)
        stop();
    return listening;
}

void TokenServer::stop()
{
    m_thread.reset();
    m_port = 0;
}

QString TokenServer::errorString() const
{
    return m_error;
}

QUrl TokenServer::realm() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_port));
}

QString TokenServer::rootCertBundle() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("token-signer.crt")) : QString();
}

RegistryFixture::TokenAuth TokenServer::registryTokenAuth() const
{
    return {realm().toString(), service(), issuer(), rootCertBundle()};
}

RegistryFixture::Options TokenServer::registryOptions() const
{
    RegistryFixture::Options options;
    options.auth = RegistryFixture::Auth::Token;
    options.token = registryTokenAuth();
    return options;
}

void TokenServer::addUser(const QString &user, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.insert(user, password);
}

void TokenServer::grant(const QString &user, const QString &repositoryPattern, const QStringList &actions)
{
    grantResource(user, QStringLiteral("repository"), repositoryPattern, actions);
}

void TokenServer::grantResource(const QString &user, const QString &type, const QString &namePattern,
                                const QStringList &actions)
{
    const QMutexLocker lock(&m_mutex);
    m_grants.append({user, type, namePattern, actions});
}

void TokenServer::setExpiresIn(int seconds)
{
    const QMutexLocker lock(&m_mutex);
    m_expiresIn = seconds;
}

void TokenServer::setKeyReference(JwtSigner::KeyReference reference)
{
    const QMutexLocker lock(&m_mutex);
    m_keyReference = reference;
}

void TokenServer::setTokenFields(TokenFields fields)
{
    const QMutexLocker lock(&m_mutex);
    m_tokenFields = fields;
}

void TokenServer::setOAuthEnabled(bool enabled)
{
    const QMutexLocker lock(&m_mutex);
    m_oauthEnabled = enabled;
}

void TokenServer::setAlwaysUnauthorized(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_alwaysUnauthorized = on;
}

void TokenServer::setIssueExpiredTokens(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_issueExpired = on;
}

int TokenServer::requestCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

int TokenServer::requestCount(const QString &scope) const
{
    const QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&scope](const Request &request) { return request.scopes.contains(scope); }));
}

int TokenServer::requestCountForUser(const QString &user) const
{
    const QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&user](const Request &request) { return request.user == user; }));
}

QList<TokenServer::Request> TokenServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void TokenServer::resetCounts()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

TokenServer::Access TokenServer::parseScope(const QString &scope, bool *ok)
{
    const qsizetype first = scope.indexOf(QLatin1Char(':'));
    const qsizetype last = scope.lastIndexOf(QLatin1Char(':'));
    if (ok)
        *ok = first > 0 && last > first + 1;
    if (first <= 0 || last <= first + 1)
        return {};
    QString type = scope.left(first);
    // "repository(plugin)": the class does not change what may be done.
    if (const qsizetype paren = type.indexOf(QLatin1Char('(')); paren > 0)
        type.truncate(paren);
    return {type, scope.mid(first + 1, last - first - 1),
            scope.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

QList<TokenServer::Access> TokenServer::grantedAccess(const QString &user, const QStringList &scopes) const
{
    // Merge the asked actions per resource first: "repository:a:pull" and "repository:a:push" are one entry.
    QList<Access> asked;
    for (const QString &scope : scopes) {
        bool ok = false;
        const Access access = parseScope(scope, &ok);
        if (!ok)
            continue;
        auto existing = std::find_if(asked.begin(), asked.end(), [&access](const Access &entry) {
            return entry.type == access.type && entry.name == access.name;
        });
        if (existing == asked.end()) {
            asked.append(access);
            continue;
        }
        for (const QString &action : access.actions) {
            if (!existing->actions.contains(action))
                existing->actions.append(action);
        }
    }

    QList<Access> granted;
    for (const Access &wanted : asked) {
        QStringList allowed;
        for (const Grant &grant : m_grants) {
            // Anonymous grants hold for everyone, as public repositories do on Docker Hub.
            if ((grant.user.isEmpty() || grant.user == user) && grant.type == wanted.type &&
                matches(grant.pattern, wanted.name))
                allowed += grant.actions;
        }
        Access result{wanted.type, wanted.name, {}};
        for (const QString &action : wanted.actions) {
            if (allowed.contains(QStringLiteral("*")) || allowed.contains(action))
                result.actions.append(action);
        }
        granted.append(result);
    }
    return granted;
}

QByteArray TokenServer::mintToken(const QString &subject, const QList<Access> &access) const
{
    int expiresIn = 0;
    bool expired = false;
    JwtSigner::KeyReference reference = JwtSigner::KeyReference::X5c;
    {
        const QMutexLocker lock(&m_mutex);
        expiresIn = m_expiresIn > 0 ? m_expiresIn : 60;
        expired = m_issueExpired;
        reference = m_keyReference;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The registry allows 60 s of leeway on exp and nbf; an "expired" token lies well beyond it.
    const qint64 issuedAt = expired ? now - 300 : now;
    const qint64 expiresAt = expired ? now - 120 : now + expiresIn;
    const QJsonObject claims{{QStringLiteral("iss"), issuer()},
                             {QStringLiteral("sub"), subject},
                             {QStringLiteral("aud"), service()},
                             {QStringLiteral("exp"), expiresAt},
                             {QStringLiteral("nbf"), issuedAt},
                             {QStringLiteral("iat"), issuedAt},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("access"), accessJson(access)}};
    return m_signer->sign(claims, reference);
}

QByteArray TokenServer::authorizationFor(const QString &subject, const QList<Access> &access) const
{
    return "Bearer " + mintToken(subject, access);
}

QByteArray TokenServer::adminAuthorizationFor(const QStringList &repositories) const
{
    QList<Access> access;
    for (const QString &repository : repositories)
        access.append({QStringLiteral("repository"),
                       repository,
                       {QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("delete")}});
    return authorizationFor(QStringLiteral("steward-test-admin"), access);
}

QByteArray TokenServer::issueRefreshToken(const QString &user)
{
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QMutexLocker lock(&m_mutex);
    m_refreshTokens.insert(QString::fromLatin1(token), user);
    return token;
}

HttpResponse TokenServer::handle(const HttpRequest &request)
{
    if (request.head.path() != "/token")
        return errorResponse(404, QStringLiteral("NOT_FOUND"), QStringLiteral("the token endpoint is /token"));
    if (request.head.method == "GET")
        return handleGet(request);
    if (request.head.method == "POST")
        return handlePost(request);
    return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("use GET or POST"));
}

HttpResponse TokenServer::handleGet(const HttpRequest &request)
{
    const QUrlQuery query = request.head.query();
    Request record{"GET", {}, {}, splitScopes(query.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded)),
                   {},    0};
    const auto finish = [this, &record](HttpResponse response) {
        record.status = response.status;
        const QMutexLocker lock(&m_mutex);
        m_requests.append(record);
        return response;
    };

    bool alwaysUnauthorized = false;
    {
        const QMutexLocker lock(&m_mutex);
        alwaysUnauthorized = m_alwaysUnauthorized;
    }
    const QByteArray authorization = request.head.headers.value("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        record.user = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        const QMutexLocker lock(&m_mutex);
        if (colon < 0 || !m_passwords.contains(record.user) || m_passwords.value(record.user) != password)
            alwaysUnauthorized = true;
    }
    if (alwaysUnauthorized)
        return finish(
            errorResponse(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("incorrect username or password")));

    const QString service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    if (service != this->service())
        return finish(errorResponse(400, QStringLiteral("INVALID_SERVICE"),
                                    QStringLiteral("unknown service \"%1\"; this server issues tokens for \"%2\"")
                                        .arg(service, this->service())));

    int expiresIn = 0;
    TokenFields fields = TokenFields::Both;
    {
        const QMutexLocker lock(&m_mutex);
        record.granted = grantedAccess(record.user, record.scopes);
        expiresIn = m_expiresIn;
        fields = m_tokenFields;
    }
    const QString token = QString::fromLatin1(mintToken(record.user, record.granted));
    QJsonObject body{{QStringLiteral("issued_at"), rfc3339(QDateTime::currentDateTimeUtc())}};
    if (fields != TokenFields::AccessTokenOnly)
        body.insert(QStringLiteral("token"), token);
    if (fields != TokenFields::TokenOnly)
        body.insert(QStringLiteral("access_token"), token);
    if (expiresIn > 0)
        body.insert(QStringLiteral("expires_in"), expiresIn);
    if (query.queryItemValue(QStringLiteral("offline_token")) == QLatin1String("true") &&
        !query.queryItemValue(QStringLiteral("client_id")).isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(issueRefreshToken(record.user)));
    return finish(jsonResponse(200, body));
}

HttpResponse TokenServer::handlePost(const HttpRequest &request)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_oauthEnabled)
            return errorResponse(404, QStringLiteral("NOT_FOUND"),
                                 QStringLiteral("this token server has no OAuth2 endpoint"));
    }
    const QUrlQuery form = formQuery(request.body);
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    Request record{"POST", {}, field("grant_type"), splitScopes({field("scope")}), {}, 0};
    const auto finish = [this, &record](HttpResponse response) {
        record.status = response.status;
        const QMutexLocker lock(&m_mutex);
        m_requests.append(record);
        return response;
    };

    bool alwaysUnauthorized = false;
    {
        const QMutexLocker lock(&m_mutex);
        alwaysUnauthorized = m_alwaysUnauthorized;
    }
    if (alwaysUnauthorized)
        return finish(oauthError(401, QStringLiteral("invalid_grant"), QStringLiteral("credentials refused")));
    if (!request.head.headers.value("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return finish(oauthError(400, QStringLiteral("invalid_request"),
                                 QStringLiteral("the body must be application/x-www-form-urlencoded")));
    if (field("client_id").isEmpty())
        return finish(oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("client_id is required")));
    if (field("service") != service())
        return finish(oauthError(400, QStringLiteral("invalid_request"),
                                 QStringLiteral("unknown service \"%1\"").arg(field("service"))));

    QByteArray refreshToken;
    if (record.grantType == QLatin1String("password")) {
        record.user = field("username");
        const QMutexLocker lock(&m_mutex);
        if (record.user.isEmpty() || !m_passwords.contains(record.user) ||
            m_passwords.value(record.user) != field("password"))
            alwaysUnauthorized = true;
    } else if (record.grantType == QLatin1String("refresh_token")) {
        const QMutexLocker lock(&m_mutex);
        const QString given = field("refresh_token");
        if (!m_refreshTokens.contains(given))
            alwaysUnauthorized = true;
        record.user = m_refreshTokens.value(given);
        refreshToken = given.toLatin1();
    } else {
        return finish(oauthError(400, QStringLiteral("unsupported_grant_type"),
                                 QStringLiteral("grant_type must be password or refresh_token")));
    }
    if (alwaysUnauthorized)
        return finish(oauthError(401, QStringLiteral("invalid_grant"), QStringLiteral("credentials refused")));

    int expiresIn = 0;
    {
        const QMutexLocker lock(&m_mutex);
        record.granted = grantedAccess(record.user, record.scopes);
        expiresIn = m_expiresIn;
    }
    if (refreshToken.isEmpty() && field("access_type") == QLatin1String("offline"))
        refreshToken = issueRefreshToken(record.user);
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(mintToken(record.user, record.granted))},
                     {QStringLiteral("scope"), scopeString(record.granted)},
                     {QStringLiteral("issued_at"), rfc3339(QDateTime::currentDateTimeUtc())}};
    if (expiresIn > 0)
        body.insert(QStringLiteral("expires_in"), expiresIn);
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    return finish(jsonResponse(200, body));
}

} // namespace steward::test
