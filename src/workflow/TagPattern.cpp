#include "workflow/TagPattern.h"

#include "core/ImageReference.h"
#include "workflow/WorkflowText.h"

#include <QRegularExpression>

namespace steward::workflow {

namespace {

const QString versionPlaceholder = QStringLiteral("{version}");

// The two-or-four-digit field a conversion letter stands for, or nullopt for an unknown letter.
std::optional<QString> conversion(QChar letter, const QDateTime &utc)
{
    const auto two = [](int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    switch (letter.unicode()) {
    case 'Y':
        return QStringLiteral("%1").arg(utc.date().year(), 4, 10, QLatin1Char('0'));
    case 'm':
        return two(utc.date().month());
    case 'd':
        return two(utc.date().day());
    case 'H':
        return two(utc.time().hour());
    case 'M':
        return two(utc.time().minute());
    case 'S':
        return two(utc.time().second());
    case '%':
        return QStringLiteral("%");
    default:
        return std::nullopt;
    }
}

Error unknownConversion(const QString &pattern, qsizetype at)
{
    const QString what = at + 1 < pattern.size() ? pattern.mid(at, 2) : QStringLiteral("%");
    return Error{ErrorCode::InvalidInput,
                 WorkflowText::tr("The tag pattern \"%1\" uses \"%2\", which it does not know: use %Y %m %d %H %M %S "
                                  "(UTC), %% and {version}.")
                     .arg(pattern, what),
                 {}};
}

} // namespace

Result<TagPatternNeeds> tagPatternNeeds(const QString &pattern)
{
    TagPatternNeeds needs;
    needs.version = pattern.contains(versionPlaceholder);
    const QDateTime sample(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('%'))
            continue;
        if (i + 1 >= pattern.size() || !conversion(pattern.at(i + 1), sample))
            return fail(unknownConversion(pattern, i));
        if (pattern.at(i + 1) != QLatin1Char('%'))
            needs.time = true;
        ++i;
    }
    return needs;
}

Result<QString> expandTagPattern(const QString &pattern, const QDateTime &time, const std::optional<QString> &version)
{
    Result<TagPatternNeeds> needs = tagPatternNeeds(pattern);
    if (!needs)
        return fail(needs.error());
    if (needs->version && !version)
        return fail(ErrorCode::NotFound,
                    WorkflowText::tr("The tag pattern \"%1\" uses {version}, but the image has no label %2. Add it "
                                     "when building (LABEL %2=...) or use a pattern without {version}.")
                        .arg(pattern, versionLabel()));
    if (needs->time && !time.isValid())
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The tag pattern \"%1\" needs a time, and none was given.").arg(pattern));
    const QDateTime utc = time.toUTC();
    QString tag;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('%')) {
            // tagPatternNeeds has refused an unknown or missing letter already.
            const std::optional<QString> field = conversion(pattern.at(i + 1), utc);
            if (!field)
                return fail(unknownConversion(pattern, i));
            tag += *field;
            ++i;
        } else if (version && QStringView(pattern).mid(i).startsWith(versionPlaceholder)) {
            // A pattern with {version} and no version was refused above.
            tag += *version;
            i += versionPlaceholder.size() - 1;
        } else {
            tag += pattern.at(i);
        }
    }
    if (!ImageReference::isValidTag(tag))
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The tag pattern \"%1\" gives \"%2\", which is not a valid tag: up to 128 "
                                     "letters, digits, '_', '.' and '-', not starting with '.' or '-'.")
                        .arg(pattern, tag));
    return tag;
}

Status checkUniquePattern(const QString &pattern)
{
    Result<TagPatternNeeds> needs = tagPatternNeeds(pattern);
    if (!needs)
        return fail(needs.error());
    if (!needs->time && !needs->version)
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The unique tag pattern \"%1\" gives the same tag for every build; include the "
                                     "build time (%Y%m%d-%H%M) or {version}.")
                        .arg(pattern));
    Result<QString> sample =
        expandTagPattern(pattern, QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC), QStringLiteral("1.0.0"));
    if (!sample)
        return fail(sample.error());
    return {};
}

namespace {

// The regular expression for what `pattern` expands to: each conversion is its fixed number of digits, {version} a
// run of tag characters. Invalid (and so matching nothing) when the pattern has an unknown conversion.
QRegularExpression tagPatternExpression(const QString &pattern)
{
    if (!tagPatternNeeds(pattern))
        return QRegularExpression(QStringLiteral("("));
    QString expression = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('%')) {
            const QChar letter = pattern.at(++i);
            if (letter == QLatin1Char('%'))
                expression += QStringLiteral("%");
            else
                expression += letter == QLatin1Char('Y') ? QStringLiteral("\\d{4}") : QStringLiteral("\\d{2}");
        } else if (QStringView(pattern).mid(i).startsWith(versionPlaceholder)) {
            expression += QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]*");
            i += versionPlaceholder.size() - 1;
        } else {
            expression += QRegularExpression::escape(QString(pattern.at(i)));
        }
    }
    return QRegularExpression(expression + QStringLiteral("$"));
}

} // namespace

bool matchesTagPattern(const QString &pattern, const QString &tag)
{
    return TagPatternMatcher(pattern).matches(tag);
}

TagPatternMatcher::TagPatternMatcher(const QString &pattern) : m_expression(tagPatternExpression(pattern))
{
    m_expression.optimize();
}

bool TagPatternMatcher::matches(const QString &tag) const
{
    return m_expression.isValid() && m_expression.match(tag).hasMatch();
}

int compareBuildTags(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Leading zeros do not make a number larger: compare the significant digits by length, then by text.
            const QStringView numberA = QStringView(a).mid(i, endA - i);
            const QStringView numberB = QStringView(b).mid(j, endB - j);
            const auto significant = [](QStringView number) {
                qsizetype k = 0;
                while (k + 1 < number.size() && number.at(k) == QLatin1Char('0'))
                    ++k;
                return number.mid(k);
            };
            const QStringView sigA = significant(numberA);
            const QStringView sigB = significant(numberB);
            if (sigA.size() != sigB.size())
                return sigA.size() < sigB.size() ? -1 : 1;
            if (const int order = sigA.compare(sigB); order != 0)
                return order < 0 ? -1 : 1;
            i = endA;
            j = endB;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    if (a.size() - i == b.size() - j)
        return 0;
    return a.size() - i < b.size() - j ? -1 : 1;
}

} // namespace steward::workflow
