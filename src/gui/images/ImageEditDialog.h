#pragma once

#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "store/Records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImageEditDialog;
}

namespace steward::gui {

// Creates or edits a Kasm image: the fields an administrator sets (friendly name, image name, registry, login from
// the profile's stored logins, cores, memory, zone, enabled, thumbnail, description). The image name is checked as it
// is typed, with what Kasm would make of it shown beside it ("referenceProblems"): an error keeps Save disabled, a
// pitfall (no tag pulls :latest, no host pulls from docker.io) is only said.
//
// It decides nothing: Save emits submitted(); the Images pane runs the use case, and calls showSaveError() (the
// dialog stays open, with the server's message) or closes it. The form is ui/images/ImageEditDialog.ui.
class ImageEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageEditDialog)

public:
    enum class LoginChoice
    {
        Keep,   // editing: leave the image's user and stored password as they are
        None,   // agents pull anonymously: user and password cleared
        Stored, // one of the profile's logins: its user, and its password from the keychain
    };

    explicit ImageEditDialog(QWidget *parent = nullptr);
    ~ImageEditDialog() override;

    void setZones(const QList<KasmZone> &zones);
    void setLogins(const QList<store::RegistryRecord> &logins);
    // Edits `image`; without it the dialog creates one with Kasm's defaults.
    void setImage(const KasmImage &image);
    bool isEditing() const { return m_editing; }

    // The original image with the form's values.
    KasmImage image() const;
    LoginChoice loginChoice() const;
    // The registry host of the chosen stored login.
    QString loginRegistry() const;
    // What the form says about the image name now: errors and pitfalls, one sentence each.
    QStringList referenceMessages() const { return m_referenceMessages; }
    bool referenceAccepted() const { return m_referenceAccepted; }

    // While the use case runs: the form is read-only.
    void showSaving();
    // The use case failed: the form is editable again and says why, in the server's own words.
    void showSaveError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void checkReference();
    void updateSaveButton();
    void chooseLoginFor(const QString &registryHost);

    std::unique_ptr<Ui::ImageEditDialog> m_ui;
    KasmImage m_original;
    bool m_editing = false;
    bool m_registryTouched = false; // the user typed a registry: it no longer follows the image name
    QStringList m_referenceMessages;
    bool m_referenceAccepted = false;
};

} // namespace steward::gui
