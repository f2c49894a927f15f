#include "core/ControlCharacters.h"

namespace steward {

bool isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

qsizetype indexOfControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControlCharacter(text.at(i)))
            return i;
    }
    return -1;
}

QString escapeControlCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControlCharacter(c)) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QLatin1String("\\x") + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace steward
