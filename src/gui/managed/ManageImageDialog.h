#pragma once

#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "gui/common/PendingWork.h"
#include "store/ManagedImages.h"
#include "store/Records.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ManageImageDialog;
}

namespace steward::kasm {
class Deployment;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::gui {

// Makes a Kasm image a managed image, edits one, or stops managing it (form ui/managed/ManageImageDialog.ui): the
// image ("imageCombo"), its repository ("repositoryEdit", checked as it is typed in "repositoryCheck"), the registry
// login from the profile's logins ("loginCombo"), the test groups (checkable "groupsList"), the deploy strategy
// ("pinRadio", "moveRadio", each with a line saying what a deploy does), the unique tag pattern with the tag it would
// give now ("uniqueEdit", "uniqueExample") and the moving tag ("movingEdit"). An image that is already managed is
// shown with its values.
//
// It decides nothing: Save runs workflow::manageImage, "Stop managing…" ("stopManagingButton") workflow::stopManaging,
// both asynchronously on this dialog's thread and the catalog's worker. A refusal shows in "saveMessage" in the
// workflow's words and the dialog stays open; on success it emits managed() or unmanaged() and closes.
class ManageImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageImageDialog)

public:
    // Reads the managed images and the profile's logins from `catalog` at once; `deployment` is what manageImage
    // resolves the image and the groups against. Both stay alive while the dialog does.
    ManageImageDialog(std::shared_ptr<kasm::Deployment> deployment, std::shared_ptr<store::CatalogWorker> catalog,
                      QWidget *parent = nullptr);
    ~ManageImageDialog() override;

    // The deployment's images and groups to choose from, with `imageId` chosen (empty: the first image).
    void setChoices(const QList<KasmImage> &images, const QList<KasmGroup> &groups, const QString &imageId);
    QString currentImageId() const;
    // True once the managed images and the logins were read: the form shows what the catalog holds.
    bool isReady() const { return m_managedRead && m_loginsRead; }
    QString message() const;

Q_SIGNALS:
    // The catalog was read; the form shows the current image as it is managed, or the defaults.
    void ready();
    // Saved: `imageId` is managed with the form's values. `warnings` are true but surprising (a login for another
    // registry); the caller shows them.
    void managed(const QString &imageId, const QStringList &warnings);
    // Stopped managing `imageId`; emitted from the event loop, never inside the click that confirmed it.
    void unmanaged(const QString &imageId);

private:
    void readCatalog();
    void showImage();
    void checkRepository();
    void showUniqueExample();
    void chooseLoginFor(const QString &registryHost);
    void save();
    void confirmStop();
    void stop();
    void finishStop(const QString &imageId, const Status &stopped);
    void setBusy(bool busy, const QString &message);
    const store::ManagedImage *managedRecord() const;

    std::unique_ptr<Ui::ManageImageDialog> m_ui;
    QPushButton *m_save;
    QPushButton *m_stop;
    std::shared_ptr<kasm::Deployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    QList<KasmImage> m_images;
    QList<store::ManagedImage> m_managed;
    bool m_managedRead = false;
    bool m_loginsRead = false;
    bool m_loginTouched = false; // the user chose a login: it no longer follows the repository
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
