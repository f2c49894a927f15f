#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace steward::workflow {

// A unique-tag pattern, as `stewardctl push-tags --unique` and a managed image's tag convention take it:
// strftime-style %Y %m %d %H %M %S (and %% for a percent sign), always in UTC, plus {version} for the image's
// `org.opencontainers.image.version` label. Everything else is copied as is.
struct TagPatternNeeds
{
    bool time = false;    // a % conversion
    bool version = false; // {version}
};

// What `pattern` refers to; an unknown conversion ("%x", a trailing "%") is an error naming it.
Result<TagPatternNeeds> tagPatternNeeds(const QString &pattern);

// The tag `pattern` gives for an image built at `time` (converted to UTC) with `version` (nullopt: the image has no
// version label, an error when the pattern uses {version}). The result is a valid tag (ImageReference::isValidTag)
// or an error that shows what the pattern gave and why it is not one.
Result<QString> expandTagPattern(const QString &pattern, const QDateTime &time, const std::optional<QString> &version);

// A pattern fit for a tag convention: it expands to a valid tag (tried on a sample time and version) and it varies
// per build (it uses the time or {version}), or else the "unique" tag would be moved by every build.
Status checkUniquePattern(const QString &pattern);

// Whether `tag` is one `pattern` could have given: the promotion board lists only such tags as candidates, so
// that hand-made tags ("1.1", "debug") and the moving tag are not offered as builds. A pattern that does not parse
// matches nothing.
bool matchesTagPattern(const QString &pattern, const QString &tag);

// matchesTagPattern for many tags: the pattern's expression is compiled once. The board asks it about every tag of a
// repository on the GUI thread, where compiling per tag cost 100 ms at 2,000 tags (bench_desk_watchdog).
class TagPatternMatcher final
{
public:
    explicit TagPatternMatcher(const QString &pattern);
    bool matches(const QString &tag) const;

private:
    QRegularExpression m_expression;
};

// Orders tags as builds are named: runs of digits compare as numbers ("1.10" after "1.9"), the rest as text. Negative
// when `a` comes first, i.e. is the older build.
int compareBuildTags(const QString &a, const QString &b);

// The image label {version} reads.
inline QString versionLabel()
{
    return QStringLiteral("org.opencontainers.image.version");
}

} // namespace steward::workflow
