#include "gui/managed/ManageImageDialog.h"

#include "core/ImageReference.h"
#include "kasm/Deployment.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "ui_ManageImageDialog.h"
#include "workflow/ManageImage.h"
#include "workflow/RegistryLoginLookup.h"
#include "workflow/TagPattern.h"

#include <QMessageBox>
#include <QPushButton>

namespace steward::gui {

namespace {

// The version the unique tag's example expands {version} with: the image's label is only known per build.
QString sampleVersion()
{
    return QStringLiteral("1.2.0");
}

} // namespace

ManageImageDialog::ManageImageDialog(std::shared_ptr<kasm::Deployment> deployment,
                                     std::shared_ptr<store::CatalogWorker> catalog, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ManageImageDialog>()), m_save(nullptr), m_stop(nullptr),
      m_deployment(std::move(deployment)), m_catalog(std::move(catalog))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("manageImageDialog"));
    setWindowTitle(tr("Manage image"));
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_stop = m_ui->buttonBox->addButton(tr("St&op managing…"), QDialogButtonBox::DestructiveRole);
    m_stop->setObjectName(QStringLiteral("stopManagingButton"));
    m_stop->setToolTip(tr("The catalog forgets this managed image; the Kasm images and the registry stay as they are"));
    m_ui->loginCombo->addItem(tr("None: agents and the pipeline pull anonymously"), QString());
    m_ui->saveMessage->hide();

    connect(m_ui->imageCombo, &QComboBox::currentIndexChanged, this, &ManageImageDialog::showImage);
    connect(m_ui->repositoryEdit, &QLineEdit::textChanged, this, &ManageImageDialog::checkRepository);
    connect(m_ui->loginCombo, &QComboBox::activated, this, [this] { m_loginTouched = true; });
    connect(m_ui->uniqueEdit, &QLineEdit::textChanged, this, &ManageImageDialog::showUniqueExample);
    connect(m_save, &QPushButton::clicked, this, &ManageImageDialog::save);
    connect(m_stop, &QPushButton::clicked, this, &ManageImageDialog::confirmStop);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    readCatalog();
}

ManageImageDialog::~ManageImageDialog() = default;

void ManageImageDialog::readCatalog()
{
    setBusy(true, tr("Reading the profile…"));
    workflow::managedImages(m_catalog).then(m_work.get(), [this](const Result<QList<store::ManagedImage>> &managed) {
        m_managed = managed.value_or(QList<store::ManagedImage>());
        m_managedRead = true;
        if (!managed)
            return setBusy(false, tr("The managed images cannot be read: %1").arg(managed.error().message));
        if (isReady()) {
            setBusy(false, QString());
            showImage();
            Q_EMIT ready();
        }
    });
    workflow::registryLogins(m_catalog).then(m_work.get(), [this](const Result<QList<store::RegistryRecord>> &logins) {
        for (const store::RegistryRecord &login : logins.value_or(QList<store::RegistryRecord>())) {
            m_ui->loginCombo->addItem(tr("%1 at %2 (password in the keychain)").arg(login.username, login.url),
                                      login.url);
        }
        m_loginsRead = true;
        if (!logins)
            return setBusy(false, tr("The profile's logins cannot be read: %1").arg(logins.error().message));
        if (isReady()) {
            setBusy(false, QString());
            showImage();
            Q_EMIT ready();
        }
    });
}

void ManageImageDialog::setChoices(const QList<KasmImage> &images, const QList<KasmGroup> &groups,
                                   const QString &imageId)
{
    m_images = images;
    {
        const QSignalBlocker quiet(m_ui->imageCombo);
        m_ui->imageCombo->clear();
        for (const KasmImage &image : images)
            m_ui->imageCombo->addItem(tr("%1 (%2)").arg(image.displayName(), image.name), image.imageId);
        m_ui->imageCombo->setCurrentIndex(std::max(0, m_ui->imageCombo->findData(imageId)));
    }
    m_ui->groupsList->clear();
    for (const KasmGroup &group : groups) {
        auto *item = new QListWidgetItem(group.name, m_ui->groupsList);
        item->setData(Qt::UserRole, group.groupId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->groupsList->setCurrentRow(0);
    showImage();
}

QString ManageImageDialog::currentImageId() const
{
    return m_ui->imageCombo->currentData().toString();
}

QString ManageImageDialog::message() const
{
    return m_ui->saveMessage->text();
}

const store::ManagedImage *ManageImageDialog::managedRecord() const
{
    const QString imageId = currentImageId();
    for (const store::ManagedImage &image : m_managed) {
        if (image.imageId == imageId)
            return &image;
    }
    return nullptr;
}

// The form as the catalog has the current image, or what a new managed image starts from: its own repository.
void ManageImageDialog::showImage()
{
    const store::ManagedImage *record = managedRecord();
    const store::ManagedImage defaults;
    const store::ManagedImage &shown = record ? *record : defaults;
    QString repository = shown.repository;
    if (!record) {
        for (const KasmImage &image : std::as_const(m_images)) {
            if (image.imageId != currentImageId())
                continue;
            if (const Result<ImageReference> reference = ImageReference::parse(image.name))
                repository = reference->name();
        }
    }
    m_loginTouched = record != nullptr;
    m_ui->repositoryEdit->setText(repository);
    if (record)
        m_ui->loginCombo->setCurrentIndex(std::max(0, m_ui->loginCombo->findData(record->loginRegistry)));
    for (int row = 0; row < m_ui->groupsList->count(); ++row) {
        QListWidgetItem *item = m_ui->groupsList->item(row);
        const QString groupId = item->data(Qt::UserRole).toString();
        const bool chosen = std::any_of(shown.testGroups.cbegin(), shown.testGroups.cend(),
                                        [&](const store::ManagedTestGroup &group) { return group.groupId == groupId; });
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->pinRadio->setChecked(shown.strategy == store::DeployStrategy::Pin);
    m_ui->moveRadio->setChecked(shown.strategy == store::DeployStrategy::Move);
    m_ui->uniqueEdit->setText(shown.uniquePattern);
    m_ui->movingEdit->setText(shown.movingTag);
    m_stop->setEnabled(record != nullptr && isReady());
    setWindowTitle(record ? tr("Managed image %1").arg(record->friendlyName) : tr("Manage image"));
    showUniqueExample();
}

void ManageImageDialog::checkRepository()
{
    const QString text = m_ui->repositoryEdit->text().trimmed();
    const Result<ImageReference> reference = ImageReference::parse(text);
    if (text.isEmpty()) {
        m_ui->repositoryCheck->setText(tr("Where the pipeline pushes the builds: host and path, no tag."));
    } else if (!reference) {
        m_ui->repositoryCheck->setText(tr("✖ %1").arg(reference.error().message));
    } else if (workflow::namesTagOrDigest(text, *reference)) {
        m_ui->repositoryCheck->setText(tr("✖ A repository has no tag or digest: %1").arg(reference->name()));
    } else {
        const QString host = store::registryHostKey(reference->registry());
        m_ui->repositoryCheck->setText(tr("✔ Builds go to %1 on %2.").arg(reference->repository(), host));
        if (!m_loginTouched)
            chooseLoginFor(host);
    }
}

void ManageImageDialog::chooseLoginFor(const QString &registryHost)
{
    m_ui->loginCombo->setCurrentIndex(std::max(0, m_ui->loginCombo->findData(registryHost)));
}

void ManageImageDialog::showUniqueExample()
{
    const QString pattern = m_ui->uniqueEdit->text().trimmed();
    if (const Status usable = workflow::checkUniquePattern(pattern); !usable) {
        m_ui->uniqueExample->setText(tr("✖ %1").arg(usable.error().message));
        return;
    }
    const Result<QString> tag = workflow::expandTagPattern(pattern, QDateTime::currentDateTimeUtc(), sampleVersion());
    const Result<workflow::TagPatternNeeds> needs = workflow::tagPatternNeeds(pattern);
    if (!tag || !needs)
        return m_ui->uniqueExample->setText(tr("✖ %1").arg(tag ? needs.error().message : tag.error().message));
    m_ui->uniqueExample->setText(needs->version
                                     ? tr("A build now, labelled version %1, is tagged %2.").arg(sampleVersion(), *tag)
                                     : tr("A build now is tagged %1.").arg(*tag));
}

void ManageImageDialog::save()
{
    workflow::ManageRequest request;
    request.wording = workflow::ManageRequest::Wording::Window;
    request.image = currentImageId();
    request.repository = m_ui->repositoryEdit->text().trimmed();
    for (int row = 0; row < m_ui->groupsList->count(); ++row) {
        if (const QListWidgetItem *item = m_ui->groupsList->item(row); item->checkState() == Qt::Checked)
            request.testGroups << item->data(Qt::UserRole).toString();
    }
    request.login = m_ui->loginCombo->currentData().toString();
    request.strategy = m_ui->moveRadio->isChecked() ? store::DeployStrategy::Move : store::DeployStrategy::Pin;
    request.uniquePattern = m_ui->uniqueEdit->text().trimmed();
    request.movingTag = m_ui->movingEdit->text().trimmed();
    // The workflow's refusal of a tag names the CLI's option: this one names the field.
    if (const Result<ImageReference> reference = ImageReference::parse(request.repository);
        reference && workflow::namesTagOrDigest(request.repository, *reference))
        return setBusy(false, tr("Not saved: the repository is written without tag or digest, e.g. %1. Nothing was "
                                 "changed.")
                                  .arg(reference->name()));
    setBusy(true, tr("Saving…"));
    workflow::manageImage(m_deployment, m_catalog, request, m_work.get())
        .then(m_work.get(), [this](const Result<workflow::Managed> &managed) {
            if (!managed)
                return setBusy(false, tr("Not saved: %1").arg(managed.error().message));
            setBusy(false, QString());
            Q_EMIT this->managed(managed->image.imageId, managed->warnings);
            accept();
        });
}

void ManageImageDialog::confirmStop()
{
    const store::ManagedImage *record = managedRecord();
    if (!record)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stop managing"),
                                tr("Stop managing \"%1\"?").arg(record->friendlyName), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("stopManagingConfirmation"));
    box->setInformativeText(tr("The promotion board forgets it. The user-facing image, its test twin and the "
                               "registry's tags stay as they are; manage it again to carry on."));
    QPushButton *stopButton = box->addButton(tr("Stop managing"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stopButton] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(stopButton))
            stop();
    });
    box->open();
}

void ManageImageDialog::stop()
{
    const QString imageId = currentImageId();
    setBusy(true, tr("Stopping…"));
    workflow::stopManaging(m_catalog, imageId).then(m_work.get(), [this, imageId](const Status &stopped) {
        // The write is one hop on the catalog's thread and may be done before this continuation is attached; Qt then
        // runs it at once, inside the confirmation's finished() and the caller's click. Queued, unmanaged() always
        // comes from the event loop, once the box has closed, whichever finished first.
        QMetaObject::invokeMethod(
            m_work.get(), [this, imageId, stopped] { finishStop(imageId, stopped); }, Qt::QueuedConnection);
    });
}

void ManageImageDialog::finishStop(const QString &imageId, const Status &stopped)
{
    if (!stopped)
        return setBusy(false, tr("Still managed: %1").arg(stopped.error().message));
    setBusy(false, QString());
    Q_EMIT unmanaged(imageId);
    accept();
}

// While a use case runs the form is read-only (Cancel still closes: the work finishes without the dialog).
void ManageImageDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *field : {static_cast<QWidget *>(m_ui->imageCombo), static_cast<QWidget *>(m_ui->repositoryEdit),
                           static_cast<QWidget *>(m_ui->loginCombo), static_cast<QWidget *>(m_ui->groupsList),
                           static_cast<QWidget *>(m_ui->pinRadio), static_cast<QWidget *>(m_ui->moveRadio),
                           static_cast<QWidget *>(m_ui->uniqueEdit), static_cast<QWidget *>(m_ui->movingEdit)})
        field->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_stop->setEnabled(!busy && managedRecord() != nullptr && isReady());
    m_ui->saveMessage->setText(message);
    m_ui->saveMessage->setVisible(!message.isEmpty());
}

} // namespace steward::gui
