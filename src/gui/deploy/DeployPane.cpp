#include "gui/deploy/DeployPane.h"

#include <QCoreApplication>

namespace steward::gui {

namespace {

// The translation catalog (translations/*.ts) files these strings under the main window, which built this pane
// before it became a class of its own; lupdate reads the context from this declaration.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(steward::MainWindow)
};

} // namespace

DeployPane::DeployPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("deployPane"));
    setTitle(Text::tr("Deploy"));
    setEmptyText(Text::tr("Nothing to promote.\nDrag a verified tag here to switch the user-facing image."));
}

DeployPane::~DeployPane() = default;

} // namespace steward::gui
