#pragma once

#include "gui/common/PendingWork.h"
#include "workflow/KasmConnection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class KasmConnectDialog;
}

namespace steward::gui {

// "Connect to a Kasm Workspaces server": URL, API key id, secret (to the credential store) and an optional CA file.
// OK runs connectKasmServer, which tests the connection before storing anything; the dialog stays open until it
// finished and shows a failure inside, in the server's own words. Object name "kasmConnectDialog".
class KasmConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KasmConnectDialog)

public:
    KasmConnectDialog(QString profileDir, std::shared_ptr<store::CredentialStore> credentials,
                      QWidget *parent = nullptr);
    ~KasmConnectDialog() override;

    void accept() override;

Q_SIGNALS:
    void connected(const steward::workflow::KasmConnected &connection);

private:
    void setBusy(bool busy);

    std::unique_ptr<Ui::KasmConnectDialog> m_ui;
    QString m_profileDir;
    std::shared_ptr<store::CredentialStore> m_credentials;
    bool m_busy = false;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
