#include "gui/images/ImagesPane.h"

#include "core/Error.h"
#include "gui/images/ImageEditDialog.h"
#include "gui/images/PreflightDialog.h"
#include "guimodels/images/ImageDetailsModel.h"
#include "guimodels/images/ImageTableModel.h"
#include "kasm/Deployment.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialStore.h"
#include "store/TagCache.h"
#include "ui_ImagesPane.h"
#include "workflow/DeleteImage.h"
#include "workflow/EditImage.h"
#include "workflow/ManageImage.h"
#include "workflow/RegisterImage.h"
#include "workflow/RegistryLoginLookup.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>

namespace steward::gui {

ImagesPane::ImagesPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::ImagesPane>()), m_content(new QWidget(this)),
      m_model(new ImageTableModel(this)), m_details(new ImageDetailsModel(this)),
      m_newAction(new QAction(tr("&New Image…"), this)), m_editAction(new QAction(tr("&Edit Image…"), this)),
      m_deleteAction(new QAction(tr("&Delete Image…"), this)),
      m_assignAction(new QAction(tr("&Assign to Group…"), this)),
      m_preflightAction(new QAction(tr("&Preflight…"), this)), m_manageAction(new QAction(tr("&Manage…"), this)),
      m_detailsAction(new QAction(tr("Image &Details"), this))
{
    setObjectName(QStringLiteral("imagesPane"));
    m_model->setObjectName(QStringLiteral("imageModel"));
    m_details->setObjectName(QStringLiteral("imageDetailsModel"));
    m_ui->setupUi(m_content);
    m_ui->imagesView->setImageModel(m_model);
    m_ui->imageDetailsView->setModel(m_details);
    m_ui->imageDetailsView->horizontalHeader()->setSectionResizeMode(ImageDetailsModel::FieldColumn,
                                                                     QHeaderView::ResizeToContents);
    setUpDetailsSplitter();
    m_ui->imagesMessage->hide();

    m_newAction->setObjectName(QStringLiteral("actionNewImage"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction->setObjectName(QStringLiteral("actionEditImage"));
    m_editAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteImage"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete acts on the images table only: elsewhere the key belongs to the focused widget (a line edit's text).
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_assignAction->setObjectName(QStringLiteral("actionAssignImage"));
    m_assignAction->setShortcut(Qt::CTRL | Qt::Key_G);
    m_preflightAction->setObjectName(QStringLiteral("actionPreflightImage"));
    m_preflightAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_preflightAction->setToolTip(tr("Check that an agent can pull the current image, step by step"));
    m_manageAction->setObjectName(QStringLiteral("actionManageImage"));
    m_manageAction->setShortcut(Qt::CTRL | Qt::Key_M);
    m_manageAction->setToolTip(tr("Run the current image through test and deploy: its repository, test groups and "
                                  "deploy strategy"));
    m_ui->imagesView->addAction(m_deleteAction);
    m_ui->newImageButton->setDefaultAction(m_newAction);
    m_ui->editImageButton->setDefaultAction(m_editAction);
    m_ui->deleteImageButton->setDefaultAction(m_deleteAction);
    m_ui->assignImageButton->setDefaultAction(m_assignAction);
    m_ui->imagesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->imagesView->addActions({m_editAction, m_assignAction, m_preflightAction, m_manageAction});

    connect(m_newAction, &QAction::triggered, this, &ImagesPane::newImage);
    connect(m_editAction, &QAction::triggered, this, &ImagesPane::editImage);
    connect(m_deleteAction, &QAction::triggered, this, &ImagesPane::deleteImage);
    connect(m_assignAction, &QAction::triggered, this, &ImagesPane::assignImage);
    connect(m_preflightAction, &QAction::triggered, this, &ImagesPane::preflightImage);
    connect(m_manageAction, &QAction::triggered, this, [this] {
        if (const std::optional<KasmImage> image = currentImage())
            Q_EMIT manageRequested(image->imageId);
    });
    connect(m_ui->imagesView, &QAbstractItemView::activated, this, &ImagesPane::editImage);
    connect(m_ui->imagesFilter, &QLineEdit::textChanged, m_ui->imagesView, &ImageTableView::setFilterText);
    connect(m_ui->imagesView, &ImageTableView::currentImageChanged, this, [this] {
        showCurrentDetails();
        updateActions();
        Q_EMIT currentImageChanged();
    });

    setTitle(tr("Images"));
    m_noImagesText = tr("No images registered yet.\nRegister an image from a registry to manage its tags, tests "
                        "and deployment.");
    setEmptyText(m_noImagesText);
    // The pane owns its table from the start and shows it once there is something in it.
    setContent(m_content);
    showEmptyState();
    updateActions();
}

ImagesPane::~ImagesPane() = default;

void ImagesPane::showSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    setEmptyText(m_noImagesText);
    if (snapshot.images.isEmpty())
        showEmptyState();
    else
        setContent(m_content);
    if (!m_ui->imagesView->currentIndex().isValid() && m_ui->imagesView->model()->rowCount() > 0)
        m_ui->imagesView->setCurrentIndex(m_ui->imagesView->model()->index(0, 0));
    showCurrentDetails();
    updateActions();
    loadManagedImages();
    loadRegistryDigests();
}

void ImagesPane::loadRegistryDigests()
{
    if (!m_catalog)
        return;
    QStringList references;
    QList<store::CachedTagKey> keys;
    for (const KasmImage &image : std::as_const(m_snapshot.images)) {
        if (const Result<ImageReference> ref = ImageReference::parse(image.name); ref && !ref->tag().isEmpty()) {
            references << image.name;
            keys << store::CachedTagKey{store::registryHostKey(ref->registry()), ref->repository(), ref->tag()};
        }
    }
    m_catalog
        ->run<QHash<QString, QString>>([references, keys](QSqlDatabase &db) -> Result<QHash<QString, QString>> {
            Result<QHash<qsizetype, QString>> found = store::cachedDigests(db, keys);
            if (!found)
                return fail(found.error());
            QHash<QString, QString> digests;
            for (auto it = found->cbegin(); it != found->cend(); ++it)
                digests.insert(references.at(it.key()), it.value());
            return digests;
        })
        .then(m_work.get(), [this](const Result<QHash<QString, QString>> &digests) {
            // Without the cache the column shows what the agents report, which is still true.
            if (digests)
                m_model->setRegistryDigests(*digests);
        });
}

void ImagesPane::showLoading()
{
    setEmptyText(tr("Loading deployment…"));
    showEmptyState();
}

void ImagesPane::showError(const Error &error)
{
    showProblem(tr("The deployment cannot be shown.\n%1").arg(error.toString()));
}

void ImagesPane::setDeployment(std::shared_ptr<kasm::Deployment> deployment)
{
    m_deployment = std::move(deployment);
    updateActions();
}

void ImagesPane::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_catalog = std::move(catalog);
    updateActions();
    loadManagedImages();
    loadRegistryDigests();
}

void ImagesPane::setCredentials(std::shared_ptr<store::CredentialStore> credentials)
{
    m_credentials = std::move(credentials);
}

void ImagesPane::setRegistryClient(std::shared_ptr<registry::RegistryClient> registry)
{
    m_registry = std::move(registry);
    updateActions();
}

// The table is what the pane is for: it takes the height, and the details under it start at a few rows and can be
// collapsed to nothing (dragging the handle down, or View → Image Details, Ctrl+Shift+I). The splitter is named, so
// LayoutMemory keeps what the user left; syncDetailsAction() then reads it back.
void ImagesPane::setUpDetailsSplitter()
{
    QSplitter *splitter = m_ui->imagesSplitter;
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({600, detailsStartHeight()});
    m_detailsAction->setObjectName(QStringLiteral("actionShowImageDetails"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_detailsAction->setToolTip(tr("Show or hide the current image's fields under the images table"));
    connect(m_detailsAction, &QAction::toggled, this, &ImagesPane::showDetails);
    connect(splitter, &QSplitter::splitterMoved, this, &ImagesPane::syncDetailsAction);
}

int ImagesPane::detailsStartHeight() const
{
    // The header and two fields (id and name): enough to see which image it is; the rest is a scroll or a drag away.
    const QTableView *details = m_ui->imageDetailsView;
    return details->horizontalHeader()->sizeHint().height() + 2 * details->verticalHeader()->defaultSectionSize() +
           2 * details->frameWidth();
}

void ImagesPane::showDetails(bool shown)
{
    QSplitter *splitter = m_ui->imagesSplitter;
    const QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2 || (sizes.at(1) > 0) == shown)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    if (!shown)
        m_shownDetailsHeight = sizes.at(1); // shown again as the user left them
    const int details =
        shown ? std::min(m_shownDetailsHeight > 0 ? m_shownDetailsHeight : detailsStartHeight(), total / 2) : 0;
    splitter->setSizes({total - details, details});
}

void ImagesPane::syncDetailsAction()
{
    const QList<int> sizes = m_ui->imagesSplitter->sizes();
    const QSignalBlocker quiet(m_detailsAction);
    m_detailsAction->setChecked(sizes.size() == 2 && sizes.at(1) > 0);
}

QAction *ImagesPane::detailsAction() const
{
    return m_detailsAction;
}

QList<QAction *> ImagesPane::imageActions() const
{
    return {m_newAction, m_editAction, m_deleteAction, m_assignAction, m_preflightAction, m_manageAction};
}

std::optional<KasmImage> ImagesPane::currentImage() const
{
    const int row = m_ui->imagesView->currentImageRow();
    if (row < 0)
        return std::nullopt;
    return m_model->imageAt(row);
}

void ImagesPane::showCurrentDetails()
{
    if (const std::optional<KasmImage> image = currentImage())
        m_details->setImage(*image, m_snapshot);
    else
        m_details->clear();
}

void ImagesPane::updateActions()
{
    const bool connected = m_deployment != nullptr;
    const bool chosen = currentImage().has_value();
    m_newAction->setEnabled(connected);
    m_editAction->setEnabled(connected && chosen);
    m_deleteAction->setEnabled(connected && chosen);
    m_assignAction->setEnabled(connected && chosen && !m_snapshot.groups.isEmpty());
    m_preflightAction->setEnabled(m_registry && chosen);
    m_manageAction->setEnabled(connected && chosen && m_catalog);
}

void ImagesPane::loadManagedImages()
{
    if (!m_catalog)
        return;
    workflow::managedImages(m_catalog).then(m_work.get(), [this](const Result<QList<store::ManagedImage>> &managed) {
        // No stages is a lesser view, not a failure worth interrupting for: the column says "not managed".
        m_managed = managed ? *managed : QList<store::ManagedImage>();
        m_model->setManagedImages(m_managed);
    });
}

void ImagesPane::newImage()
{
    if (!m_deployment)
        return;
    openEditor(new ImageEditDialog(this));
}

void ImagesPane::editImage()
{
    const std::optional<KasmImage> image = currentImage();
    if (!m_deployment || !image)
        return;
    auto *dialog = new ImageEditDialog(this);
    dialog->setZones(m_snapshot.zones);
    dialog->setImage(*image);
    openEditor(dialog);
}

void ImagesPane::openEditor(ImageEditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isEditing())
        dialog->setZones(m_snapshot.zones);
    if (m_catalog) {
        QPointer<ImageEditDialog> guard(dialog);
        workflow::registryLogins(m_catalog).then(m_work.get(),
                                                 [guard](const Result<QList<store::RegistryRecord>> &logins) {
                                                     if (guard && logins)
                                                         guard->setLogins(*logins);
                                                 });
    }
    connect(dialog, &ImageEditDialog::submitted, this, [this, dialog] { save(dialog); });
    dialog->open();
}

void ImagesPane::save(ImageEditDialog *dialog)
{
    dialog->showSaving();
    switch (dialog->loginChoice()) {
    case ImageEditDialog::LoginChoice::Keep:
        return saveWithToken(dialog, std::nullopt, dialog->image().dockerUser);
    case ImageEditDialog::LoginChoice::None:
        // Editing clears a stored password; a new image simply has none.
        return saveWithToken(dialog, dialog->isEditing() ? std::optional<QString>(QString()) : std::nullopt, {});
    case ImageEditDialog::LoginChoice::Stored:
        break;
    }
    if (!m_catalog || !m_credentials)
        return dialog->showSaveError(tr("The profile's logins cannot be read here."));
    QPointer<ImageEditDialog> guard(dialog);
    const QString registry = dialog->loginRegistry();
    workflow::storedLogin(m_catalog, m_credentials, registry, m_work.get())
        .then(m_work.get(), [this, guard, registry](const Result<std::optional<store::StoredLogin>> &login) {
            if (!guard)
                return;
            if (!login)
                return guard->showSaveError(login.error().toString());
            if (!login->has_value())
                return guard->showSaveError(
                    tr("The keychain has no password for the login at %1; log in again (stewardctl login %1).")
                        .arg(registry));
            saveWithToken(guard, (*login)->secret, (*login)->username);
        });
}

void ImagesPane::saveWithToken(ImageEditDialog *dialog, const std::optional<QString> &token, const QString &user)
{
    KasmImage image = dialog->image();
    image.dockerUser = user;
    QPointer<ImageEditDialog> guard(dialog);
    auto done = [this, guard](const Result<KasmImage> &saved) {
        if (!saved) {
            if (guard)
                guard->showSaveError(saved.error().toString());
            return;
        }
        showMessage(tr("Saved \"%1\" (%2).").arg(saved->displayName(), saved->name));
        if (guard)
            guard->accept();
        refreshDeployment();
    };
    if (dialog->isEditing()) {
        workflow::editImage(m_deployment, image, token, m_work.get()).then(m_work.get(), done);
        return;
    }
    workflow::ImageRegistration registration;
    registration.reference = image.name;
    registration.friendlyName = image.friendlyName;
    registration.dockerRegistry = image.dockerRegistry;
    registration.dockerUser = image.dockerUser;
    registration.dockerToken = token;
    registration.description = image.description;
    registration.thumbnailUrl = image.imageSrc;
    registration.cores = image.cores;
    registration.memoryBytes = image.memoryBytes;
    registration.enabled = image.enabled;
    registration.zoneId = image.zoneId;
    workflow::registerImage(m_deployment, registration, m_work.get()).then(m_work.get(), done);
}

void ImagesPane::deleteImage()
{
    const std::optional<KasmImage> image = currentImage();
    if (!m_deployment || !image)
        return;
    const workflow::ImageDependents dependents = workflow::imageDependents(m_snapshot, m_managed, image->imageId);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete image"),
                                tr("Delete \"%1\" (%2) from the deployment?").arg(image->displayName(), image->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteImageConfirmation"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QStringList lines = dependents.describe();
    if (lines.isEmpty())
        lines << tr("Nothing else depends on it.");
    lines << tr("This cannot be undone.");
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, image = *image] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(remove))
            confirmedDelete(image);
    });
    box->open();
}

void ImagesPane::confirmedDelete(const KasmImage &image)
{
    showMessage(tr("Deleting \"%1\"…").arg(image.displayName()));
    workflow::deleteKasmImage(m_deployment, m_catalog, image.imageId, m_work.get())
        .then(m_work.get(), [this, image](const Status &deleted) {
            showMessage(deleted
                            ? tr("Deleted \"%1\".").arg(image.displayName())
                            : tr("\"%1\" was not deleted: %2").arg(image.displayName(), deleted.error().toString()));
            refreshDeployment();
            loadManagedImages();
        });
}

void ImagesPane::assignImage()
{
    const std::optional<KasmImage> image = currentImage();
    if (!image || m_snapshot.groups.isEmpty())
        return;
    auto *chooser = new QInputDialog(this);
    chooser->setObjectName(QStringLiteral("assignGroupChooser"));
    chooser->setWindowTitle(tr("Assign to group"));
    chooser->setLabelText(tr("Assign \"%1\" to the group:").arg(image->displayName()));
    QStringList names;
    for (const KasmGroup &group : std::as_const(m_snapshot.groups))
        names << group.name;
    chooser->setComboBoxItems(names);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QInputDialog::textValueSelected, this, [this, imageId = image->imageId](const QString &name) {
        if (const KasmGroup *group = m_snapshot.findGroupByName(name))
            Q_EMIT assignRequested(group->groupId, {imageId});
    });
    chooser->open();
}

void ImagesPane::preflightImage()
{
    const std::optional<KasmImage> image = currentImage();
    if (!image || !m_registry)
        return;
    auto *dialog = new PreflightDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReference(image->name);
    // Non-modal: the admin may compare the verdicts with the table while it stays open.
    dialog->show();
}

void ImagesPane::showMessage(const QString &text)
{
    m_ui->imagesMessage->setText(text);
    m_ui->imagesMessage->setVisible(!text.isEmpty());
}

void ImagesPane::refreshDeployment()
{
    if (!m_deployment)
        return;
    m_deployment->refresh().then(m_work.get(), [this](const Result<kasm::DeploymentDiff> &refreshed) {
        if (!refreshed)
            showMessage(tr("The deployment could not be read again: %1").arg(refreshed.error().toString()));
    });
}

} // namespace steward::gui
