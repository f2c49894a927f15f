#pragma once

#include "core/ImageReference.h"
#include "core/KasmImage.h"
#include "core/Result.h"
#include "gui/common/EmptyStatePane.h"
#include "gui/common/PendingWork.h"
#include "store/RegistryLogins.h"
#include "store/TagCache.h"

#include <QFutureWatcher>

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class TagsPane;
}

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::workflow {
class TagRefresher;
}

namespace steward::gui {

class TagTableModel;

// The Tags pane: every tag of the current image's repository ("tagsView" over a TagTableModel "tagModel"), shown from
// the catalog's tag cache at once and refreshed from the registry on request ("actionRefreshTags", F5) with progress
// ("tagsProgress") and cancel ("cancelTagsButton"). The registry is read on the refresher's own thread; the outcome,
// the registry's own message on failure, shows in "tagsStatus". A filter box ("tagsFilter") narrows the tags as
// typed. For a managed image, Send to test ("tagsSendToTestAction", Ctrl+Shift+T and the context menu) sends the
// current tag to test: the keyboard's way of dragging the row onto the board's Testing lane. Its form is
// ui/tags/TagsPane.ui.
class TagsPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsPane)

public:
    explicit TagsPane(QWidget *parent = nullptr);
    ~TagsPane() override;

    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    void setCredentials(std::shared_ptr<store::CredentialStore> credentials);
    // The tags of `image`'s repository, marked with the snapshot's images that use them; none without an image.
    void showImage(const std::optional<KasmImage> &image, const kasm::DeploymentSnapshot &snapshot);

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *sendToTestAction() const { return m_sendToTestAction; }
    // The managed image a tag of this repository is sent to test for; empty when the image is not managed.
    void setSendToTestImage(const QString &imageId);
    bool isRefreshing() const;

public Q_SLOTS:
    void refresh();
    void cancel();

Q_SIGNALS:
    // A refresh wrote the tag cache.
    void tagsCached();
    // Send to test was asked for the current tag: `reference` is "registry/repository:tag", `digest` what the row
    // showed (a plan for another digest is refused as stale).
    void sendToTestRequested(const QString &imageId, const QString &reference, const QString &digest);

private:
    // Shows the cached tags; an empty cache is refreshed from the registry, unless a refresh was just canceled.
    void loadCache(bool afterCancel = false);
    void startRefresh(std::optional<store::StoredLogin> login);
    void refreshFinished();
    void showTags(const QList<store::CachedTag> &tags);
    void setBusy(bool busy);
    void showStatus(const QString &text);
    void updateSendToTest();
    void requestSendToTest();
    void showContextMenu(const QPoint &position);

    std::unique_ptr<Ui::TagsPane> m_ui;
    QWidget *m_content;
    TagTableModel *m_model;
    QAction *m_refreshAction;
    QAction *m_cancelAction;
    QAction *m_sendToTestAction;
    QString m_sendToTestImage;
    std::unique_ptr<workflow::TagRefresher> m_refresher;
    QFutureWatcher<Result<QList<store::CachedTag>>> *m_watcher;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<store::CredentialStore> m_credentials;
    std::optional<ImageReference> m_repository;
    quint64 m_generation = 0; // bumped per repository, so a late answer about another one is ignored
    // Bumped by every refresh and by a cancel: a login read that arrives after its refresh was canceled starts nothing.
    quint64 m_refreshTicket = 0;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
