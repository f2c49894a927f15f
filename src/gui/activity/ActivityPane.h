#pragma once

#include "gui/common/EmptyStatePane.h"
#include "gui/common/PendingWork.h"

#include <QHash>

#include <memory>

namespace Ui {
class ActivityPane;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::gui {

class AuditFilterModel;
class AuditLogModel;

// The Activity pane: the catalog's audit log, newest first ("activityView" over an AuditLogModel "auditModel"
// through an AuditFilterModel), filtered by image ("activityImageFilter"), kind ("activityKindFilter") and actor
// ("activityActorFilter"). Read on the catalog's thread; reload() reads it again (the window does after every
// deployment refresh). Its form is ui/activity/ActivityPane.ui.
class ActivityPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPane)

public:
    // How many of the newest entries are shown: enough for weeks of work, few enough for a proxy to filter at once.
    static constexpr int EntryLimit = 5000;

    explicit ActivityPane(QWidget *parent = nullptr);
    ~ActivityPane() override;

    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    // Names for subjects that are image ids.
    void setImageNames(const QHash<QString, QString> &namesById);

public Q_SLOTS:
    void reload();

private:
    void fillChoices();

    std::unique_ptr<Ui::ActivityPane> m_ui;
    QWidget *m_content;
    AuditLogModel *m_model;
    AuditFilterModel *m_filter;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    bool m_loading = false;
    bool m_reloadAgain = false; // a reload was asked for while one ran
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
