#include "gui/tags/TagsPane.h"

#include "gui/tags/TagsView.h"
#include "guimodels/tags/TagTableModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialStore.h"
#include "ui_TagsPane.h"
#include "workflow/RegistryLoginLookup.h"
#include "workflow/TagRefresh.h"
#include "workflow/TagUsers.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>

namespace steward::gui {

TagsPane::TagsPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::TagsPane>()), m_content(new QWidget(this)),
      m_model(new TagTableModel(this)), m_refreshAction(new QAction(tr("&Refresh Tags"), this)),
      m_cancelAction(new QAction(tr("Cancel"), this)), m_sendToTestAction(new QAction(tr("Send to &test"), this)),
      m_refresher(std::make_unique<workflow::TagRefresher>()),
      m_watcher(new QFutureWatcher<Result<QList<store::CachedTag>>>(this))
{
    setObjectName(QStringLiteral("tagsPane"));
    m_model->setObjectName(QStringLiteral("tagModel"));
    m_ui->setupUi(m_content);
    m_ui->tagsView->setTagModel(m_model);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshTags"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read every tag of the repository from its registry again"));
    m_cancelAction->setObjectName(QStringLiteral("actionCancelTags"));
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);
    m_sendToTestAction->setObjectName(QStringLiteral("tagsSendToTestAction"));
    m_sendToTestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_sendToTestAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sendToTestAction->setToolTip(tr("Plan sending the current tag to test: the same as dragging it onto the "
                                      "board's Testing lane"));
    addAction(m_sendToTestAction);
    m_ui->tagsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->tagsView, &QWidget::customContextMenuRequested, this, &TagsPane::showContextMenu);
    connect(m_ui->tagsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagsPane::updateSendToTest);
    connect(m_sendToTestAction, &QAction::triggered, this, &TagsPane::requestSendToTest);
    updateSendToTest();
    m_ui->refreshTagsButton->setDefaultAction(m_refreshAction);
    m_ui->cancelTagsButton->setDefaultAction(m_cancelAction);
    m_ui->tagsProgress->hide();

    connect(m_refreshAction, &QAction::triggered, this, &TagsPane::refresh);
    connect(m_cancelAction, &QAction::triggered, this, &TagsPane::cancel);
    connect(m_ui->tagsFilter, &QLineEdit::textChanged, m_ui->tagsView, &TagsView::setFilterText);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_ui->tagsProgress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_ui->tagsProgress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this, &TagsPane::showStatus);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TagsPane::refreshFinished);

    setTitle(tr("Tags"));
    setEmptyText(tr("Choose an image to see the tags of its repository."));
    setContent(m_content);
    showEmptyState();
    setBusy(false);
}

TagsPane::~TagsPane()
{
    m_watcher->disconnect(this);
    m_watcher->cancel();
}

void TagsPane::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_catalog = std::move(catalog);
    if (m_repository)
        loadCache();
    setBusy(isRefreshing());
}

void TagsPane::setCredentials(std::shared_ptr<store::CredentialStore> credentials)
{
    m_credentials = std::move(credentials);
}

bool TagsPane::isRefreshing() const
{
    return m_watcher->future().isValid() && m_watcher->isRunning();
}

void TagsPane::showImage(const std::optional<KasmImage> &image, const kasm::DeploymentSnapshot &snapshot)
{
    std::optional<ImageReference> repository;
    if (image) {
        if (Result<ImageReference> parsed = ImageReference::parse(image->name); parsed)
            repository = parsed->withTag(QString());
    }
    if (repository)
        m_model->setUsedBy(workflow::imagesByTag(*repository, snapshot.images));
    if (repository == m_repository)
        return;
    cancel();
    ++m_generation;
    m_repository = repository;
    m_model->setTags({});
    if (!m_repository) {
        setEmptyText(image ? tr("\"%1\" has no image reference to list tags for.").arg(image->displayName())
                           : tr("Choose an image to see the tags of its repository."));
        showEmptyState();
        setBusy(false);
        return;
    }
    m_model->setRepository(m_repository->registry(), m_repository->repository());
    m_ui->tagsRepository->setText(m_repository->name());
    setContent(m_content);
    showStatus({});
    setBusy(false);
    loadCache();
}

void TagsPane::setSendToTestImage(const QString &imageId)
{
    m_sendToTestImage = imageId;
    updateSendToTest();
}

void TagsPane::updateSendToTest()
{
    const QModelIndex current = m_ui->tagsView->currentIndex();
    m_sendToTestAction->setEnabled(!m_sendToTestImage.isEmpty() && m_repository && current.isValid());
}

void TagsPane::requestSendToTest()
{
    const QModelIndex current = m_ui->tagsView->currentIndex();
    if (m_sendToTestImage.isEmpty() || !m_repository || !current.isValid())
        return;
    const QString tag = current.data(TagTableModel::TagRole).toString();
    Q_EMIT sendToTestRequested(m_sendToTestImage, m_repository->withTag(tag).toString(),
                               current.data(TagTableModel::DigestRole).toString());
}

void TagsPane::showContextMenu(const QPoint &position)
{
    if (const QModelIndex index = m_ui->tagsView->indexAt(position); index.isValid())
        m_ui->tagsView->setCurrentIndex(index);
    updateSendToTest();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_sendToTestAction);
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(m_ui->tagsView->viewport()->mapToGlobal(position));
}

void TagsPane::loadCache(bool afterCancel)
{
    if (!m_catalog || !m_repository)
        return;
    const quint64 generation = m_generation;
    const QString registry = store::registryHostKey(m_repository->registry());
    const QString repository = m_repository->repository();
    m_catalog
        ->run<QList<store::CachedTag>>(
            [registry, repository](QSqlDatabase &db) { return store::cachedTags(db, registry, repository); })
        .then(m_work.get(), [this, generation, afterCancel](const Result<QList<store::CachedTag>> &cached) {
            if (generation != m_generation)
                return;
            if (!cached)
                return showStatus(tr("The tag cache cannot be read: %1").arg(cached.error().toString()));
            showTags(*cached);
            if (afterCancel)
                return showStatus(tr("Refresh canceled; the cached tags are shown."));
            if (cached->isEmpty())
                return refresh();
            QDateTime seen;
            for (const store::CachedTag &tag : *cached)
                seen = std::max(seen, tag.seenAt);
            showStatus(tr("%L1 tags from the cache, read from the registry %2.")
                           .arg(cached->size())
                           .arg(QLocale().toString(seen.toLocalTime(), QLocale::ShortFormat)));
        });
}

void TagsPane::showTags(const QList<store::CachedTag> &tags)
{
    QList<TagRow> rows;
    rows.reserve(tags.size());
    for (const store::CachedTag &tag : tags)
        rows.append(TagRow{tag.tag, tag.digest, tag.created, tag.platforms, tag.size});
    m_model->setTags(rows);
    updateSendToTest();
}

void TagsPane::refresh()
{
    if (!m_repository || isRefreshing())
        return;
    if (!m_catalog)
        return showStatus(tr("The catalog is not open yet; the tags cannot be cached."));
    setBusy(true);
    showStatus(tr("Looking up the login for %1…").arg(m_repository->registry()));
    if (!m_credentials)
        return startRefresh(std::nullopt);
    const quint64 generation = m_generation;
    const quint64 ticket = ++m_refreshTicket;
    workflow::storedLogin(m_catalog, m_credentials, m_repository->registry(), m_work.get())
        .then(m_work.get(), [this, generation, ticket](const Result<std::optional<store::StoredLogin>> &login) {
            if (generation != m_generation || ticket != m_refreshTicket)
                return;
            if (!login) {
                setBusy(false);
                return showStatus(tr("The registry login cannot be read: %1").arg(login.error().toString()));
            }
            startRefresh(*login);
        });
}

void TagsPane::startRefresh(std::optional<store::StoredLogin> login)
{
    std::optional<registry::Credential> credential;
    if (login)
        credential = registry::Credential{login->username, login->secret};
    if (!m_repository)
        return setBusy(false); // the image was unselected while the login was read
    m_ui->tagsProgress->setRange(0, 0);
    m_watcher->setFuture(m_refresher->refresh(*m_repository, credential, m_catalog));
}

void TagsPane::refreshFinished()
{
    setBusy(false);
    const QFuture<Result<QList<store::CachedTag>>> future = m_watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        // A cancel that came as the cache was written leaves the new tags in it: show whatever it holds now.
        showStatus(tr("Refresh canceled; the cached tags are shown."));
        return loadCache(true);
    }
    const Result<QList<store::CachedTag>> refreshed = future.result();
    if (!refreshed)
        return showStatus(tr("The tags could not be read from %1: %2")
                              .arg(m_repository ? m_repository->registry() : QString(), refreshed.error().toString()));
    showTags(*refreshed);
    showStatus(tr("%L1 tags read from the registry just now.").arg(refreshed->size()));
    Q_EMIT tagsCached();
}

void TagsPane::cancel()
{
    if (isRefreshing()) {
        m_watcher->cancel(); // refreshFinished() says so once the refresher stopped
    } else if (m_cancelAction->isEnabled()) {
        // Still reading the login: the refresh is not started when it arrives.
        ++m_refreshTicket;
        showStatus(tr("Refresh canceled; the cached tags are shown."));
    }
    setBusy(false);
}

void TagsPane::setBusy(bool busy)
{
    m_ui->tagsProgress->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_refreshAction->setEnabled(!busy && m_repository.has_value());
}

void TagsPane::showStatus(const QString &text)
{
    m_ui->tagsStatus->setText(text);
}

} // namespace steward::gui
