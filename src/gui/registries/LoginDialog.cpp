#include "gui/registries/LoginDialog.h"

#include "store/CatalogWorker.h"
#include "store/CredentialStore.h"
#include "ui_LoginDialog.h"
#include "workflow/RegistryLoginChanges.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>

namespace steward::gui {

LoginDialog::LoginDialog(std::shared_ptr<store::CatalogWorker> catalog,
                         std::shared_ptr<store::CredentialStore> credentials, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_catalog(std::move(catalog)),
      m_credentials(std::move(credentials))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->loginMessage->hide();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setRegistry(const QString &registry)
{
    m_ui->registryEdit->setText(registry);
    m_ui->usernameEdit->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->registryEdit), static_cast<QWidget *>(m_ui->usernameEdit),
                           static_cast<QWidget *>(m_ui->passwordEdit)})
        field->setEnabled(!busy);
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const QString registry = m_ui->registryEdit->text().trimmed();
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (registry.isEmpty() || username.isEmpty()) {
        m_ui->loginMessage->setText(tr("Enter the registry and the user name."));
        m_ui->loginMessage->show();
        return;
    }
    if (!m_catalog || !m_catalog->catalog()) {
        m_ui->loginMessage->setText(tr("The profile's catalog is not open yet; try again in a moment."));
        m_ui->loginMessage->show();
        return;
    }
    setBusy(true);
    m_ui->loginMessage->setText(tr("Storing the password in %1…").arg(m_credentials->description()));
    m_ui->loginMessage->show();
    QPointer<LoginDialog> self(this);
    // The save's steps continue on the application, not on this dialog: closing it mid-way must not leave the
    // keychain and the catalog disagreeing.
    workflow::saveRegistryLogin(m_catalog, m_credentials, registry, username, m_ui->passwordEdit->text(),
                                QStringLiteral("gui"), QCoreApplication::instance())
        .then(m_work.get(), [self, registry, username](const Status &saved) {
            if (!self)
                return;
            self->setBusy(false);
            if (!saved) {
                self->m_ui->loginMessage->setText(saved.error().toString());
                return;
            }
            self->m_ui->passwordEdit->clear(); // the secret leaves this widget as soon as the keychain has it
            Q_EMIT self->loggedIn(registry, username);
            self->QDialog::accept();
        });
}

} // namespace steward::gui
