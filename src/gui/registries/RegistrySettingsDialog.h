#pragma once

#include "gui/common/PendingWork.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RegistrySettingsDialog;
}

namespace steward::store {
class CatalogWorker;
} // namespace steward::store

namespace steward::gui {

// "Registry settings": a private registry's CA certificate, an explicit "insecure", and a pull limit set by hand
// (pulls per window, counted per client address or per login) — workflow::RegistrySettings, which stewardctl's
// `registry-settings` writes too. setRegistry() reads what the profile keeps for that host; Save checks and writes it
// on the catalog's thread (the CA file is read there) and the dialog stays open until that finished: a refusal is
// shown inside, naming the field, and the user can correct it. Object name "registrySettingsDialog"; fields
// "registryEdit", "caFileEdit", "insecureCheck", "limitCheck", "limitSpin", "windowSpin" (minutes), "perCombo"; its
// message "settingsMessage".
class RegistrySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySettingsDialog)

public:
    explicit RegistrySettingsDialog(std::shared_ptr<store::CatalogWorker> catalog, QWidget *parent = nullptr);
    ~RegistrySettingsDialog() override;

    // Fills the form from the profile's settings for `registry`, asynchronously (settingsRead() when shown).
    void setRegistry(const QString &registry);

    void accept() override;

Q_SIGNALS:
    void settingsRead();
    // The settings are stored (just before the dialog closes).
    void saved(const QString &registry);

private:
    void setBusy(bool busy);
    void updateLimitFields();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::RegistrySettingsDialog> m_ui;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    bool m_busy = false;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
