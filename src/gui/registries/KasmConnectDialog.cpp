#include "gui/registries/KasmConnectDialog.h"

#include "ui_KasmConnectDialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QPushButton>

namespace steward::gui {

KasmConnectDialog::KasmConnectDialog(QString profileDir, std::shared_ptr<store::CredentialStore> credentials,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KasmConnectDialog>()), m_profileDir(std::move(profileDir)),
      m_credentials(std::move(credentials))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("kasmConnectDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->kasmMessage->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KasmConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KasmConnectDialog::reject);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("CA certificates (PEM)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_ui->caFileEdit, &QLineEdit::setText);
        chooser->open();
    });
}

KasmConnectDialog::~KasmConnectDialog() = default;

void KasmConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void KasmConnectDialog::accept()
{
    if (m_busy)
        return;
    workflow::KasmConnectRequest request{m_ui->addressEdit->text().trimmed(), m_ui->apiKeyEdit->text().trimmed(),
                                         m_ui->secretEdit->text(), m_ui->caFileEdit->text().trimmed()};
    if (request.address.isEmpty() || request.apiKey.isEmpty() || request.secret.isEmpty()) {
        m_ui->kasmMessage->setText(tr("Enter the server's URL, the API key id and its secret."));
        m_ui->kasmMessage->show();
        return;
    }
    setBusy(true);
    m_ui->kasmMessage->setText(tr("Testing the connection to %1…").arg(request.address));
    m_ui->kasmMessage->show();
    QPointer<KasmConnectDialog> self(this);
    // Closing the dialog cancels the connection: it stores nothing until the server has answered.
    workflow::connectKasmServer(m_profileDir, std::move(request), m_credentials, m_work.get())
        .then(m_work.get(), [self](const Result<workflow::KasmConnected> &connected) {
            if (!self)
                return;
            self->setBusy(false);
            if (!connected) {
                self->m_ui->kasmMessage->setText(connected.error().toString());
                return;
            }
            self->m_ui->secretEdit->clear();
            Q_EMIT self->connected(*connected);
            self->QDialog::accept();
        });
}

} // namespace steward::gui
