#include "gui/images/ImageEditDialog.h"

#include "kasm/ImageName.h"
#include "store/CatalogQueries.h"
#include "ui_ImageEditDialog.h"
#include "workflow/RegisterImage.h"

#include <QPushButton>

namespace steward::gui {

namespace {

// Kasm keeps memory in bytes; the form shows decimal megabytes, so Kasm's default 2,768,000,000 reads 2768.
constexpr qint64 bytesPerMb = qint64{1000} * 1000;

enum LoginRole
{
    ChoiceRole = Qt::UserRole,
    RegistryRole,
};

} // namespace

ImageEditDialog::ImageEditDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ImageEditDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("imageEditDialog"));
    m_ui->memorySpin->setSuffix(tr(" MB"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->zoneCombo->addItem(tr("Any zone"), QString());
    m_ui->loginCombo->addItem(tr("None: agents pull anonymously"), int(LoginChoice::None));
    setImage(workflow::newKasmImage());
    m_editing = false;
    setWindowTitle(tr("New image"));

    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, &ImageEditDialog::checkReference);
    connect(m_ui->friendlyNameEdit, &QLineEdit::textChanged, this, &ImageEditDialog::updateSaveButton);
    connect(m_ui->registryEdit, &QLineEdit::textEdited, this, [this] { m_registryTouched = true; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImageEditDialog::submitted);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkReference();
}

ImageEditDialog::~ImageEditDialog() = default;

void ImageEditDialog::setZones(const QList<KasmZone> &zones)
{
    const QString chosen = m_ui->zoneCombo->currentData().toString();
    while (m_ui->zoneCombo->count() > 1)
        m_ui->zoneCombo->removeItem(1);
    for (const KasmZone &zone : zones)
        m_ui->zoneCombo->addItem(zone.name, zone.zoneId);
    m_ui->zoneCombo->setCurrentIndex(std::max(0, m_ui->zoneCombo->findData(chosen)));
}

void ImageEditDialog::setLogins(const QList<store::RegistryRecord> &logins)
{
    for (const store::RegistryRecord &login : logins) {
        m_ui->loginCombo->addItem(tr("%1 at %2 (password in the keychain)").arg(login.username, login.url),
                                  int(LoginChoice::Stored));
        m_ui->loginCombo->setItemData(m_ui->loginCombo->count() - 1, login.url, RegistryRole);
    }
    if (!m_editing)
        chooseLoginFor(store::registryHostKey(m_ui->registryEdit->text()));
}

void ImageEditDialog::setImage(const KasmImage &image)
{
    m_original = image;
    m_editing = !image.imageId.isEmpty();
    if (m_editing)
        setWindowTitle(tr("Edit %1").arg(image.displayName()));
    m_ui->friendlyNameEdit->setText(image.friendlyName);
    m_ui->referenceEdit->setText(image.name);
    m_ui->registryEdit->setText(image.dockerRegistry);
    m_registryTouched = m_editing;
    m_ui->coresSpin->setValue(image.cores);
    m_ui->memorySpin->setValue(int(image.memoryBytes / bytesPerMb));
    m_ui->enabledCheck->setChecked(image.enabled);
    m_ui->thumbnailEdit->setText(image.imageSrc);
    m_ui->descriptionEdit->setPlainText(image.description);
    m_ui->zoneCombo->setCurrentIndex(image.restrictToZone ? std::max(0, m_ui->zoneCombo->findData(image.zoneId)) : 0);
    if (m_editing && (!image.dockerUser.isEmpty() || image.hasDockerToken)) {
        m_ui->loginCombo->insertItem(0, tr("Keep %1").arg(image.registryLogin()), int(LoginChoice::Keep));
        m_ui->loginCombo->setCurrentIndex(0);
    }
}

KasmImage ImageEditDialog::image() const
{
    KasmImage image = m_original;
    image.friendlyName = m_ui->friendlyNameEdit->text().trimmed();
    image.name = m_ui->referenceEdit->text().trimmed();
    image.dockerRegistry = m_ui->registryEdit->text().trimmed();
    image.cores = m_ui->coresSpin->value();
    image.memoryBytes = qint64(m_ui->memorySpin->value()) * bytesPerMb;
    image.enabled = m_ui->enabledCheck->isChecked();
    image.imageSrc = m_ui->thumbnailEdit->text().trimmed();
    image.description = m_ui->descriptionEdit->toPlainText();
    image.zoneId = m_ui->zoneCombo->currentData().toString();
    image.restrictToZone = !image.zoneId.isEmpty();
    return image;
}

ImageEditDialog::LoginChoice ImageEditDialog::loginChoice() const
{
    return LoginChoice(m_ui->loginCombo->currentData(ChoiceRole).toInt());
}

QString ImageEditDialog::loginRegistry() const
{
    return m_ui->loginCombo->currentData(RegistryRole).toString();
}

void ImageEditDialog::showSaving()
{
    m_ui->saveMessage->setText(tr("Saving…"));
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field != m_ui->saveMessage && field->parentWidget() == this)
            field->setEnabled(field == m_ui->buttonBox);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
}

void ImageEditDialog::showSaveError(const QString &message)
{
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field->parentWidget() == this)
            field->setEnabled(true);
    }
    m_ui->saveMessage->setText(tr("Not saved: %1").arg(message));
    updateSaveButton();
}

void ImageEditDialog::checkReference()
{
    KasmImage probe;
    probe.name = m_ui->referenceEdit->text().trimmed();
    m_referenceMessages.clear();
    const Result<ImageReference> checked = kasm::checkImageName(probe);
    m_referenceAccepted = bool(checked);
    if (!checked) {
        // An empty field is not wrong yet: it says what goes there.
        if (!probe.name.isEmpty())
            m_referenceMessages << checked.error().message;
    } else {
        m_referenceMessages << kasm::imageNamePitfalls(probe.name);
        if (!m_registryTouched) {
            m_ui->registryEdit->setText(workflow::kasmRegistryUrlFor(*checked));
            if (!m_editing)
                chooseLoginFor(checked->registry());
        }
    }
    QStringList lines;
    for (const QString &message : std::as_const(m_referenceMessages))
        lines << (m_referenceAccepted ? tr("⚠ %1").arg(message) : tr("✖ %1").arg(message));
    if (lines.isEmpty() && m_referenceAccepted)
        lines << tr("✔ Agents pull %1.").arg(checked->toString());
    m_ui->referenceProblems->setText(lines.join(QLatin1Char('\n')));
    updateSaveButton();
}

void ImageEditDialog::chooseLoginFor(const QString &registryHost)
{
    for (int i = 0; i < m_ui->loginCombo->count(); ++i) {
        if (!registryHost.isEmpty() && m_ui->loginCombo->itemData(i, RegistryRole).toString() == registryHost) {
            m_ui->loginCombo->setCurrentIndex(i);
            return;
        }
    }
}

void ImageEditDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_referenceAccepted && !m_ui->friendlyNameEdit->text().trimmed().isEmpty());
}

} // namespace steward::gui
