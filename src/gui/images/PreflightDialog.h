#pragma once

#include "pull/Preflight.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QPushButton;

namespace Ui {
class PreflightDialog;
}

namespace steward::registry {
class RegistryClient;
}

namespace steward::gui {

class PreflightStepModel;

// "Preflight" of one image ("preflightDialog", form ui/images/PreflightDialog.ui): the image's reference (shown, not
// edited), the agents' platform ("platformCombo", editable) and their free disk ("diskSpin", 0 = unknown), Run
// ("runButton", the default button). Run checks the image with pull::preflight the way an agent would pull it and
// shows each step's verdict in "stepsView" (over a PreflightStepModel "preflightStepModel") as it is decided, then
// one line in "summaryLabel" that says whether an agent on that platform can pull the image. Running again starts
// over.
//
// The client must live on the GUI thread, as the application's does: answers arrive there. The dialog may be closed
// and deleted while a check runs; its late answers are then dropped.
class PreflightDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightDialog)

public:
    explicit PreflightDialog(std::shared_ptr<registry::RegistryClient> client, QWidget *parent = nullptr);
    ~PreflightDialog() override;

    void setReference(const QString &reference);
    QString reference() const { return m_reference; }

    // Starts a check with the chosen platform and disk, clearing the last one. The future finishes with the report
    // even if the dialog is gone by then; it is a cancelled one when nothing was started (no client, no platform).
    QFuture<pull::PreflightReport> run();
    bool isRunning() const { return m_running; }
    PreflightStepModel *stepModel() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    // A check finished and the summary shows its outcome; `ok` when no step failed.
    void checkFinished(bool ok);

private:
    void fitColumns();
    void setRunning(bool running);
    void showSummary(const QString &text, bool bold);

    std::unique_ptr<Ui::PreflightDialog> m_ui;
    std::shared_ptr<registry::RegistryClient> m_client;
    PreflightStepModel *m_model;
    QPushButton *m_runButton;
    QString m_reference;
    bool m_running = false;
    quint64 m_generation = 0; // a newer run makes the late answers of an older one moot
};

} // namespace steward::gui
