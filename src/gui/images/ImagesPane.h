#pragma once

#include "gui/common/EmptyStatePane.h"

#include <memory>

namespace Ui {
class ImagesPane;
}

namespace steward {
namespace kasm {
struct DeploymentSnapshot;
}
struct Error;
} // namespace steward

namespace steward::gui {

class ImageTableModel;

// The Images pane: the deployment's workspace images in a sorted table (ImageTableView, "imagesView", over an
// ImageTableModel, "imageModel"), or why there are none yet. Its table comes from ui/images/ImagesPane.ui.
class ImagesPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesPane)

public:
    explicit ImagesPane(QWidget *parent = nullptr);
    ~ImagesPane() override;

    // The snapshot's images; an empty list keeps the "no images" hint.
    void showSnapshot(const kasm::DeploymentSnapshot &snapshot);
    void showLoading();
    // The deployment could not be opened or read: says so, with the error's own message.
    void showError(const Error &error);

private:
    std::unique_ptr<Ui::ImagesPane> m_ui;
    QWidget *m_content;
    ImageTableModel *m_model;
    QString m_noImagesText;
};

} // namespace steward::gui
