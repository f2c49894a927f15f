#include "core/Digest.h"

#include "core/ControlCharacters.h"
#include "core/CoreText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace steward {

namespace {

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

Digest::Digest(QString algorithm, QString hex) : m_algorithm(std::move(algorithm)), m_hex(std::move(hex))
{}

Result<Digest> Digest::parse(QStringView text)
{
    const QString shown = escapeControlCharacters(text);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    CoreText::tr("the digest is empty; expected \"sha256:\" followed by 64 hex digits"));
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return fail(ErrorCode::InvalidInput,
                    CoreText::tr("the digest \"%1\" has no algorithm; expected \"sha256:\" followed by 64 hex digits")
                        .arg(shown));
    const QStringView algorithm = text.left(colon);
    const QStringView hex = text.mid(colon + 1);
    static const QRegularExpression algorithmPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:[+._-][a-z0-9]+)*")));
    if (algorithm.isEmpty() || !algorithmPattern.match(algorithm.toString()).hasMatch())
        return fail(
            ErrorCode::InvalidInput,
            CoreText::tr("the digest algorithm \"%1\" is malformed; expected lowercase letters and digits such as "
                         "\"sha256\"")
                .arg(escapeControlCharacters(algorithm)));
    qsizetype expectedLength = 0;
    if (algorithm == u"sha256")
        expectedLength = 64;
    else if (algorithm == u"sha512")
        expectedLength = 128;
    else
        return fail(ErrorCode::Unsupported,
                    CoreText::tr("the digest algorithm \"%1\" is not supported; use sha256 (or sha512)")
                        .arg(algorithm.toString()));
    if (hex.size() != expectedLength || !isLowerHex(hex))
        return fail(ErrorCode::InvalidInput,
                    CoreText::tr("the %1 digest hex \"%2\" must be exactly %3 lowercase hex digits (it has "
                                 "%4 characters)")
                        .arg(algorithm.toString(), escapeControlCharacters(hex))
                        .arg(expectedLength)
                        .arg(hex.size()));
    return Digest(algorithm.toString(), hex.toString());
}

Digest Digest::sha256(QByteArrayView data)
{
    return Digest(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

QString Digest::toString() const
{
    return isValid() ? m_algorithm + QLatin1Char(':') + m_hex : QString();
}

QString Digest::shortString() const
{
    return isValid() ? m_algorithm + QLatin1Char(':') + m_hex.left(12) : QString();
}

bool Digest::matches(QByteArrayView data) const
{
    if (m_algorithm == QLatin1String("sha256"))
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() == m_hex.toLatin1();
    if (m_algorithm == QLatin1String("sha512"))
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex() == m_hex.toLatin1();
    return false;
}

} // namespace steward
