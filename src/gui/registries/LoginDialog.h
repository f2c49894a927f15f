#pragma once

#include "gui/common/PendingWork.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::gui {

// "Log in to a registry": registry, user name and password; OK stores the login through workflow's saveRegistryLogin
// (the password to the credential store, which asks for the session-only fallback when the keychain is locked; the
// user name to the catalog, on the catalog's thread). It stays open until that finished: a failure is shown inside, in
// the store's own words, and the user can correct and retry. Object name "loginDialog"; its fields "registryEdit",
// "usernameEdit", "passwordEdit", its message "loginMessage".
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(std::shared_ptr<store::CatalogWorker> catalog, std::shared_ptr<store::CredentialStore> credentials,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setRegistry(const QString &registry);

    void accept() override;

Q_SIGNALS:
    // The login is stored (just before the dialog closes).
    void loggedIn(const QString &registry, const QString &username);

private:
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<store::CredentialStore> m_credentials;
    bool m_busy = false;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
