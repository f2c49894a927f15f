#include "gui/deploy/DeployPane.h"

#include <QCoreApplication>

// The translation catalog (translations/*.ts) files these strings under steward::MainWindow, which built this pane
// before it became a class of its own. lupdate reads the context from each translate() call, so every call names it;
// tr() would file them under steward::gui and lose the German.

namespace steward::gui {

DeployPane::DeployPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("deployPane"));
    setTitle(QCoreApplication::translate("steward::MainWindow", "Deploy"));
    setEmptyText(QCoreApplication::translate(
        "steward::MainWindow", "Nothing to promote.\nDrag a verified tag here to switch the user-facing image."));
}

DeployPane::~DeployPane() = default;

} // namespace steward::gui
