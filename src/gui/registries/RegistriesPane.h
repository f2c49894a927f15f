#pragma once

#include "gui/common/EmptyStatePane.h"

namespace steward::gui {

// The Registries and pull quota pane: each registry's rate limit and when the fleet will exhaust it. Until
// registries can be added it only says what is missing, so it has no form yet.
class RegistriesPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistriesPane)

public:
    explicit RegistriesPane(QWidget *parent = nullptr);
    ~RegistriesPane() override;
};

} // namespace steward::gui
