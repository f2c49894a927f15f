#include "registry/AuthChallenge.h"

namespace steward::registry {

namespace {

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == ',';
}

bool isTokenEnd(char c)
{
    return c == ' ' || c == '\t' || c == ',' || c == '=';
}

} // namespace

QStringList AuthChallenge::scopes() const
{
    return param(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &values)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : values) {
        const qsizetype n = value.size();
        qsizetype i = 0;
        while (i < n) {
            while (i < n && isSeparator(value.at(i)))
                ++i;
            if (i >= n)
                break;
            const qsizetype tokenStart = i;
            while (i < n && !isTokenEnd(value.at(i)))
                ++i;
            const QByteArray token = value.mid(tokenStart, i - tokenStart);
            qsizetype j = i;
            while (j < n && (value.at(j) == ' ' || value.at(j) == '\t'))
                ++j;
            if (j < n && value.at(j) == '=' && !challenges.isEmpty()) {
                // An auth-param of the current challenge: token "=" ( token / quoted-string ).
                i = j + 1;
                while (i < n && (value.at(i) == ' ' || value.at(i) == '\t'))
                    ++i;
                QByteArray paramValue;
                if (i < n && value.at(i) == '"') {
                    ++i;
                    while (i < n && value.at(i) != '"') {
                        if (value.at(i) == '\\' && i + 1 < n)
                            ++i;
                        paramValue += value.at(i);
                        ++i;
                    }
                    ++i; // closing quote (or the end of a truncated value)
                } else {
                    const qsizetype start = i;
                    while (i < n && !isSeparator(value.at(i)))
                        ++i;
                    paramValue = value.mid(start, i - start);
                }
                challenges.last().params.insert(QString::fromLatin1(token).toLower(), QString::fromUtf8(paramValue));
            } else if (j < n && value.at(j) == '=') {
                // A parameter before any scheme: malformed; skip it.
                i = j + 1;
                while (i < n && !isSeparator(value.at(i)))
                    ++i;
            } else {
                challenges.append(AuthChallenge{QString::fromLatin1(token).toLower(), {}});
                // token68 (e.g. "Negotiate abc==") follows the scheme directly; keep it as a parameter-less challenge.
                i = j;
            }
        }
    }
    return challenges;
}

std::optional<AuthChallenge> preferredChallenge(const QList<AuthChallenge> &challenges)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBearer())
            return challenge;
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBasic())
            return challenge;
    }
    return std::nullopt;
}

} // namespace steward::registry
