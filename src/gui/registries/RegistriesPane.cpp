#include "gui/registries/RegistriesPane.h"

#include <QCoreApplication>

namespace steward::gui {

RegistriesPane::RegistriesPane(QWidget *parent) : EmptyStatePane(parent)
{
    setObjectName(QStringLiteral("registriesPane"));
    setTitle(tr("Registries and pull quota"));
    setEmptyText(tr("No registries known yet.\nAdd a registry login to see its rate limit and when it will run out."));
}

RegistriesPane::~RegistriesPane() = default;

} // namespace steward::gui
