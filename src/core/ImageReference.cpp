#include "core/ImageReference.h"

#include "core/ControlCharacters.h"
#include "core/CoreText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

namespace {

const QString DockerHub = QStringLiteral("docker.io");

// The first path component is a host when it looks like one; the docker CLI uses the same rule.
bool looksLikeHost(QStringView component)
{
    return component.contains(u'.') || component.contains(u':') || component == u"localhost";
}

Status checkHost(QStringView hostPort, const QString &whole)
{
    // host := domain-name | IPv4 | "[" IPv6 "]", then an optional ":port". Anchored to the whole text: `$` would
    // also match before a final newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
                       "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])"
                       "(?::([0-9]+))?")));
    const QRegularExpressionMatch match = pattern.match(hostPort.toString());
    if (!match.hasMatch())
        return fail(
            ErrorCode::InvalidInput,
            CoreText::tr(
                "invalid image reference \"%1\": the registry host \"%2\" is malformed (expected a host name or "
                "address with an optional :port)")
                .arg(whole, hostPort.toString()));
    if (match.hasCaptured(1)) {
        bool ok = false;
        const int port = match.captured(1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(
                ErrorCode::InvalidInput,
                CoreText::tr("invalid image reference \"%1\": the registry port \"%2\" is not a port number (1-65535)")
                    .arg(whole, match.captured(1)));
    }
    return {};
}

Status checkPath(QStringView path, const QString &whole)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    CoreText::tr("invalid image reference \"%1\": the repository name is empty").arg(whole));
    static const QRegularExpression component(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*")));
    for (const QStringView part : path.split(u'/')) {
        if (part.isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                CoreText::tr("invalid image reference \"%1\": the repository \"%2\" has an empty path component (a "
                             "doubled or trailing \"/\")")
                    .arg(whole, path.toString()));
        if (part.toString().toLower() != part)
            return fail(ErrorCode::InvalidInput,
                        CoreText::tr("invalid image reference \"%1\": the repository \"%2\" must be lowercase")
                            .arg(whole, path.toString()));
        if (!component.match(part.toString()).hasMatch())
            return fail(
                ErrorCode::InvalidInput,
                CoreText::tr("invalid image reference \"%1\": the repository path component \"%2\" may only hold a-z, "
                             "0-9 and single separators (., _, __, -) between them")
                    .arg(whole, part.toString()));
    }
    return {};
}

} // namespace

bool ImageReference::isValidTag(QStringView tag)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}")));
    return pattern.match(tag.toString()).hasMatch();
}

Result<ImageReference> ImageReference::parse(QStringView text)
{
    const QString whole = text.toString();
    // Before anything else, so that no message below quotes a control character.
    if (const qsizetype at = indexOfControlCharacter(text); at >= 0)
        return fail(
            ErrorCode::InvalidInput,
            CoreText::tr("invalid image reference \"%1\": character %2 is a control character (%3); a reference is one "
                         "line of printable text")
                .arg(escapeControlCharacters(text))
                .arg(at + 1)
                .arg(escapeControlCharacters(text.sliced(at, 1))));
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, CoreText::tr("the image reference is empty"));
    if (text.trimmed() != text)
        return fail(ErrorCode::InvalidInput,
                    CoreText::tr("invalid image reference \"%1\": it has leading or trailing spaces").arg(whole));

    ImageReference ref;
    QStringView rest = text;

    // The digest follows the first '@'; nothing after it may be anything else.
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        Result<Digest> digest = Digest::parse(rest.mid(at + 1));
        if (!digest)
            return fail(digest.error().code,
                        CoreText::tr("invalid image reference \"%1\": %2").arg(whole, digest.error().message));
        ref.m_digest = *digest;
        rest = rest.left(at);
    }

    // A tag is after the last ':' that comes after the last '/', so "host:5000/app" has no tag.
    const qsizetype slash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > slash) {
        const QStringView tag = rest.mid(colon + 1);
        if (tag.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        CoreText::tr("invalid image reference \"%1\": the tag after \":\" is empty").arg(whole));
        if (tag.size() > MaxTagLength)
            return fail(ErrorCode::InvalidInput,
                        CoreText::tr("invalid image reference \"%1\": the tag is %2 characters long; the limit is %3")
                            .arg(whole)
                            .arg(tag.size())
                            .arg(MaxTagLength));
        if (!isValidTag(tag))
            return fail(
                ErrorCode::InvalidInput,
                CoreText::tr("invalid image reference \"%1\": the tag \"%2\" may only hold letters, digits, '_', '.' "
                             "and '-', and must not start with '.' or '-'")
                    .arg(whole, tag.toString()));
        ref.m_tag = tag.toString();
        rest = rest.left(colon);
    }

    QStringView host;
    QStringView path = rest;
    const qsizetype firstSlash = rest.indexOf(u'/');
    if (firstSlash >= 0 && looksLikeHost(rest.left(firstSlash))) {
        host = rest.left(firstSlash);
        path = rest.mid(firstSlash + 1);
        if (Status ok = checkHost(host, whole); !ok)
            return fail(ok.error());
    }
    if (Status ok = checkPath(path, whole); !ok)
        return fail(ok.error());

    QString registry = host.toString();
    QString repository = path.toString();
    if (registry.isEmpty() || registry == QLatin1String("index.docker.io") ||
        registry == QLatin1String("registry-1.docker.io"))
        registry = DockerHub;
    // Docker Hub's official images live under library/; a token for "alpine" grants nothing.
    if (registry == DockerHub && !repository.contains(QLatin1Char('/')))
        repository = QStringLiteral("library/") + repository;

    const qsizetype nameLength = registry.size() + 1 + repository.size();
    if (nameLength > MaxNameLength)
        return fail(
            ErrorCode::InvalidInput,
            CoreText::tr("invalid image reference \"%1\": the name \"%2/%3\" is %4 characters long; the limit is %5")
                .arg(whole, registry, repository)
                .arg(nameLength)
                .arg(MaxNameLength));

    ref.m_registry = registry;
    ref.m_repository = repository;
    if (ref.m_tag.isEmpty() && !ref.m_digest.isValid())
        ref.m_tag = QStringLiteral("latest");
    return ref;
}

QString ImageReference::apiHost() const
{
    return m_registry == DockerHub ? QStringLiteral("registry-1.docker.io") : m_registry;
}

QString ImageReference::manifestReference() const
{
    return m_digest.isValid() ? m_digest.toString() : m_tag;
}

QString ImageReference::name() const
{
    return m_registry + QLatin1Char('/') + m_repository;
}

QString ImageReference::toString() const
{
    QString text = name();
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (m_digest.isValid())
        text += QLatin1Char('@') + m_digest.toString();
    return text;
}

bool ImageReference::isLoopbackHost(QStringView hostPort)
{
    if (indexOfControlCharacter(hostPort) >= 0)
        return false;
    QStringView host = hostPort;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        host = close > 0 ? host.mid(1, close - 1) : host;
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        host = host.left(colon);
    }
    if (host == u"localhost" || host == u"::1")
        return true;
    // 127.0.0.0/8, written as a dotted quad (core has no QtNetwork, so no QHostAddress).
    static const QRegularExpression loopbackV4(QRegularExpression::anchoredPattern(
        QStringLiteral("127\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\."
                       "(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])")));
    return loopbackV4.match(host.toString()).hasMatch();
}

bool ImageReference::isLoopback() const
{
    return isLoopbackHost(m_registry);
}

bool ImageReference::isDockerHub() const
{
    return m_registry == DockerHub;
}

ImageReference ImageReference::withTag(const QString &tag) const
{
    ImageReference copy = *this;
    copy.m_tag = tag;
    copy.m_digest = {};
    return copy;
}

ImageReference ImageReference::withDigest(const Digest &digest) const
{
    ImageReference copy = *this;
    copy.m_digest = digest;
    return copy;
}

ImageReference ImageReference::withRepository(const QString &repository) const
{
    ImageReference copy = *this;
    copy.m_repository = repository;
    return copy;
}

} // namespace steward
