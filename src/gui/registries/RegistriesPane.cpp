#include "gui/registries/RegistriesPane.h"

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

RegistriesPane::RegistriesPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("registriesPane"));
    setTitle(Text::tr("Registries and pull quota"));
    setEmptyText(
        Text::tr("No registries known yet.\nAdd a registry login to see its rate limit and when it will run out."));
}

RegistriesPane::~RegistriesPane() = default;

} // namespace steward::gui
