#include "gui/registries/RegistriesPane.h"

#include <QCoreApplication>

// The translation catalog (translations/*.ts) files these strings under steward::MainWindow, which built this pane
// before it became a class of its own. lupdate reads the context from each translate() call, so every call names it;
// tr() would file them under steward::gui and lose the German.

namespace steward::gui {

RegistriesPane::RegistriesPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("registriesPane"));
    setTitle(QCoreApplication::translate("steward::MainWindow", "Registries and pull quota"));
    setEmptyText(QCoreApplication::translate(
        "steward::MainWindow",
        "No registries known yet.\nAdd a registry login to see its rate limit and when it will run out."));
}

RegistriesPane::~RegistriesPane() = default;

} // namespace steward::gui
