#include "gui/promotion/PlanWords.h"

namespace steward::gui {

QString PlanWords::kind(const QString &kind)
{
    if (kind == QLatin1String("send-to-test"))
        return tr("send to test");
    if (kind == QLatin1String("deploy"))
        return tr("deploy");
    if (kind == QLatin1String("rollback"))
        return tr("rollback");
    if (kind == QLatin1String("retag"))
        return tr("retag");
    return kind; // a kind newer than this build: its journal word is better than nothing
}

QString PlanWords::state(const QString &state)
{
    if (state == QLatin1String("planned"))
        return tr("planned");
    if (state == QLatin1String("running"))
        return tr("running");
    if (state == QLatin1String("done"))
        return tr("done");
    if (state == QLatin1String("failed"))
        return tr("failed");
    if (state == QLatin1String("rolled-back"))
        return tr("rolled back");
    if (state == QLatin1String("canceled"))
        return tr("cancelled");
    return state;
}

} // namespace steward::gui
