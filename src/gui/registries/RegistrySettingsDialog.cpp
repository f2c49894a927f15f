#include "gui/registries/RegistrySettingsDialog.h"

#include "gui/common/ErrorText.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "ui_RegistrySettingsDialog.h"
#include "workflow/RegistrySettings.h"

#include <QFileDialog>
#include <QPointer>
#include <QPushButton>

namespace steward::gui {

namespace {
constexpr int secondsPerMinute = 60;
} // namespace

RegistrySettingsDialog::RegistrySettingsDialog(std::shared_ptr<store::CatalogWorker> catalog, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RegistrySettingsDialog>()), m_catalog(std::move(catalog))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("registrySettingsDialog"));
    m_ui->windowSpin->setSuffix(tr(" min"));
    m_ui->windowSpin->setToolTip(tr("Docker Hub counts pulls over 6 hours (360 min)."));
    m_ui->perCombo->addItem(tr("client address (anonymous pulls)"), false);
    m_ui->perCombo->addItem(tr("login (authenticated pulls)"), true);
    m_ui->insecureCheck->setToolTip(
        tr("Only for a registry you trust on this network: its traffic can be read and changed by anyone between."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegistrySettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegistrySettingsDialog::reject);
    connect(m_ui->limitCheck, &QCheckBox::toggled, this, &RegistrySettingsDialog::updateLimitFields);
    connect(m_ui->caFileBrowse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("The registry's CA certificate"), QString(),
                                        tr("PEM certificates (*.pem *.crt);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_ui->caFileEdit, &QLineEdit::setText);
        chooser->open();
    });
    m_ui->settingsMessage->hide();
    updateLimitFields();
}

RegistrySettingsDialog::~RegistrySettingsDialog() = default;

void RegistrySettingsDialog::showMessage(const QString &text, bool error)
{
    m_ui->settingsMessage->setPalette(palette());
    if (error)
        showAsError(m_ui->settingsMessage);
    m_ui->settingsMessage->setText(text);
    m_ui->settingsMessage->setVisible(!text.isEmpty());
}

void RegistrySettingsDialog::updateLimitFields()
{
    const bool byHand = m_ui->limitCheck->isChecked() && !m_busy;
    for (QWidget *field : {static_cast<QWidget *>(m_ui->limitSpin), static_cast<QWidget *>(m_ui->windowSpin),
                           static_cast<QWidget *>(m_ui->perCombo)})
        field->setEnabled(byHand);
}

void RegistrySettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->registryEdit), static_cast<QWidget *>(m_ui->caFileEdit),
                           static_cast<QWidget *>(m_ui->caFileBrowse), static_cast<QWidget *>(m_ui->insecureCheck),
                           static_cast<QWidget *>(m_ui->limitCheck)})
        field->setEnabled(!busy);
    updateLimitFields();
}

void RegistrySettingsDialog::setRegistry(const QString &registry)
{
    m_ui->registryEdit->setText(registry);
    if (registry.isEmpty()) {
        m_ui->registryEdit->setFocus();
        return;
    }
    if (!m_catalog || !m_catalog->catalog())
        return showMessage(tr("The profile's catalog is not open yet; try again in a moment."), true);
    setBusy(true);
    QPointer<RegistrySettingsDialog> self(this);
    m_catalog
        ->run<workflow::RegistrySettings>(
            [registry](QSqlDatabase &db) { return workflow::readRegistrySettings(db, registry); })
        .then(m_work.get(), [self](const Result<workflow::RegistrySettings> &read) {
            if (!self)
                return;
            self->setBusy(false);
            if (!read) {
                self->showMessage(read.error().toString(), true);
            } else {
                Ui::RegistrySettingsDialog &ui = *self->m_ui;
                ui.registryEdit->setText(read->registry);
                ui.caFileEdit->setText(read->caFile);
                ui.insecureCheck->setChecked(read->insecure);
                ui.limitCheck->setChecked(read->pullLimit.has_value());
                if (read->pullLimit) {
                    ui.limitSpin->setValue(read->pullLimit->limit);
                    ui.windowSpin->setValue(int(std::max<qint64>(1, read->pullLimit->windowS / secondsPerMinute)));
                    ui.perCombo->setCurrentIndex(read->limitPerAccount ? 1 : 0);
                }
                self->updateLimitFields();
            }
            Q_EMIT self->settingsRead();
        });
}

void RegistrySettingsDialog::accept()
{
    if (m_busy)
        return;
    workflow::RegistrySettings settings;
    settings.registry = m_ui->registryEdit->text().trimmed();
    settings.caFile = m_ui->caFileEdit->text().trimmed();
    settings.insecure = m_ui->insecureCheck->isChecked();
    if (m_ui->limitCheck->isChecked()) {
        settings.pullLimit =
            pull::RateLimitPolicy{m_ui->limitSpin->value(), qint64{m_ui->windowSpin->value()} * secondsPerMinute};
        settings.limitPerAccount = m_ui->perCombo->currentData().toBool();
    }
    if (settings.registry.isEmpty())
        return showMessage(tr("Enter the registry's host, e.g. registry.example:5000."), true);
    if (!m_catalog || !m_catalog->catalog())
        return showMessage(tr("The profile's catalog is not open yet; try again in a moment."), true);
    setBusy(true);
    showMessage(tr("Saving…"), false);
    QPointer<RegistrySettingsDialog> self(this);
    workflow::saveRegistrySettings(m_catalog, settings, store::currentActor())
        .then(m_work.get(), [self, registry = settings.registry](const Status &stored) {
            if (!self)
                return;
            self->setBusy(false);
            if (!stored)
                return self->showMessage(stored.error().toString(), true);
            Q_EMIT self->saved(store::registryHostKey(registry));
            self->QDialog::accept();
        });
}

} // namespace steward::gui
