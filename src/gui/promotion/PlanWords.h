#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward::gui {

// The journal's words for a plan's kind and state ("send-to-test", "rolled-back") as a person reads them, translated.
// The journal keeps its own words: they are what `stewardctl plans --json` and the audit log carry.
class PlanWords
{
    Q_DECLARE_TR_FUNCTIONS(steward::gui::PlanWords)

public:
    static QString kind(const QString &kind);
    static QString state(const QString &state);
};

} // namespace steward::gui
