#pragma once

#include "gui/common/EmptyStatePane.h"

namespace steward::gui {

// The Deploy pane: where a verified tag will be dropped to switch the user-facing image. Until promotion exists it
// only says what is missing, so it has no form yet.
class DeployPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployPane)

public:
    explicit DeployPane(QWidget *parent = nullptr);
    ~DeployPane() override;
};

} // namespace steward::gui
