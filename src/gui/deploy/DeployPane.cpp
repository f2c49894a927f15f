#include "gui/deploy/DeployPane.h"

#include <QCoreApplication>

namespace steward::gui {

DeployPane::DeployPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("deployPane"));
    setTitle(tr("Deploy"));
    setEmptyText(tr("Nothing to promote.\nDrag a verified tag here to switch the user-facing image."));
}

DeployPane::~DeployPane() = default;

} // namespace steward::gui
