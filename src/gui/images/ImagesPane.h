#pragma once

#include "gui/common/EmptyStatePane.h"
#include "gui/common/PendingWork.h"
#include "kasm/DeploymentSnapshot.h"
#include "store/ManagedImages.h"

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class ImagesPane;
}

namespace steward {
namespace kasm {
class Deployment;
}
struct Error;
} // namespace steward

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::gui {

class ImageDetailsModel;
class ImageEditDialog;
class ImageTableModel;

// The Images pane: the deployment's workspace images in a sorted, filterable table (ImageTableView "imagesView" over
// an ImageTableModel "imageModel", filter "imagesFilter"), every Kasm field of the current one beside it
// ("imageDetailsView" over "imageDetailsModel"), and the actions on them: New, Edit, Delete, Assign to group, Preflight
// ("actionNewImage", "actionEditImage", "actionDeleteImage", "actionAssignImage", "actionPreflightImage"). Each action
// runs a workflow use case asynchronously; its outcome (the server's own message on failure) shows in "imagesMessage",
// or in the edit dialog that started it. Its form is ui/images/ImagesPane.ui.
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

    // What the actions work on. Without a deployment they are disabled; without a catalog there are no stages, no
    // stored logins and deleting leaves the catalog alone.
    void setDeployment(std::shared_ptr<kasm::Deployment> deployment);
    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    void setCredentials(std::shared_ptr<store::CredentialStore> credentials);
    // The client Preflight checks images with; without one it is disabled.
    void setRegistryClient(std::shared_ptr<registry::RegistryClient> registry);

    QList<QAction *> imageActions() const;
    // View → Image Details ("actionShowImageDetails", Ctrl+Shift+I): the details under the table, shown or collapsed.
    QAction *detailsAction() const;
    // After a saved layout was restored: the action says whether the details are shown.
    void syncDetailsAction();
    const kasm::DeploymentSnapshot &snapshot() const { return m_snapshot; }
    std::optional<KasmImage> currentImage() const;

public Q_SLOTS:
    // Reads what each image's reference resolves to from the tag cache (after a tag refresh wrote it).
    void loadRegistryDigests();
    void newImage();
    void editImage();
    void deleteImage();
    void assignImage();
    // Opens the preflight dialog (non-modal) for the current image.
    void preflightImage();
    // Reads which images are managed, for the stage column (after one was managed or stopped in the window).
    void loadManagedImages();

Q_SIGNALS:
    void currentImageChanged();
    // "Assign to group…" chose a group: the Test groups pane carries it out.
    void assignRequested(const QString &groupId, const QStringList &imageIds);
    // "Manage…" ("actionManageImage", Ctrl+M) on the current image: the window opens its manage dialog.
    void manageRequested(const QString &imageId);

private:
    void showCurrentDetails();
    void setUpDetailsSplitter();
    int detailsStartHeight() const;
    void showDetails(bool shown);
    void updateActions();
    void openEditor(ImageEditDialog *dialog);
    void save(ImageEditDialog *dialog);
    void saveWithToken(ImageEditDialog *dialog, const std::optional<QString> &token, const QString &user);
    void confirmedDelete(const KasmImage &image);
    void showMessage(const QString &text);
    void refreshDeployment();

    std::unique_ptr<Ui::ImagesPane> m_ui;
    QWidget *m_content;
    ImageTableModel *m_model;
    ImageDetailsModel *m_details;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_assignAction;
    QAction *m_preflightAction;
    QAction *m_manageAction;
    QAction *m_detailsAction;
    int m_shownDetailsHeight = 0; // the details' height before they were collapsed
    QString m_noImagesText;
    kasm::DeploymentSnapshot m_snapshot;
    QList<store::ManagedImage> m_managed;
    std::shared_ptr<kasm::Deployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<store::CredentialStore> m_credentials;
    std::shared_ptr<registry::RegistryClient> m_registry;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
