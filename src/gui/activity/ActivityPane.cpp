#include "gui/activity/ActivityPane.h"

#include "guimodels/activity/AuditFilterModel.h"
#include "guimodels/activity/AuditLogModel.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "ui_ActivityPane.h"

#include <QAction>
#include <QHeaderView>

namespace steward::gui {

ActivityPane::ActivityPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::ActivityPane>()), m_content(new QWidget(this)),
      m_model(new AuditLogModel(this)), m_filter(new AuditFilterModel(this))
{
    setObjectName(QStringLiteral("activityPane"));
    m_model->setObjectName(QStringLiteral("auditModel"));
    m_ui->setupUi(m_content);
    m_filter->setSourceModel(m_model);
    m_ui->activityView->setModel(m_filter);
    const int charWidth = fontMetrics().averageCharWidth();
    m_ui->activityView->setColumnWidth(AuditLogModel::TimeColumn, 25 * charWidth);
    m_ui->activityView->setColumnWidth(AuditLogModel::KindColumn, 27 * charWidth);
    m_ui->activityView->setColumnWidth(AuditLogModel::ActorColumn, 30 * charWidth);
    m_ui->activityView->setColumnWidth(AuditLogModel::SubjectColumn, 22 * charWidth);

    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setObjectName(QStringLiteral("actionReloadActivity"));
    reloadAction->setToolTip(tr("Read the audit log again"));
    m_ui->reloadActivityButton->setDefaultAction(reloadAction);
    connect(reloadAction, &QAction::triggered, this, &ActivityPane::reload);
    connect(m_ui->activityImageFilter, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setImageFilter);
    connect(m_ui->activityKindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKindFilter(m_ui->activityKindFilter->currentData().toString()); });
    connect(m_ui->activityActorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setActorFilter(m_ui->activityActorFilter->currentData().toString()); });
    fillChoices();

    setTitle(tr("Activity"));
    setEmptyText(tr("Opening the catalog…"));
    // The pane owns its table from the start and shows it once there is something in it.
    setContent(m_content);
    showEmptyState();
}

ActivityPane::~ActivityPane() = default;

void ActivityPane::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_catalog = std::move(catalog);
    reload();
}

void ActivityPane::setImageNames(const QHash<QString, QString> &namesById)
{
    m_model->setSubjectNames(namesById);
}

void ActivityPane::reload()
{
    if (!m_catalog)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_catalog->run<QList<store::AuditEntry>>([](QSqlDatabase &db) { return store::listAudit(db, EntryLimit); })
        .then(m_work.get(), [this](const Result<QList<store::AuditEntry>> &entries) {
            m_loading = false;
            if (!entries) {
                showProblem(tr("The audit log cannot be read.\n%1").arg(entries.error().toString()));
            } else if (entries->isEmpty()) {
                setEmptyText(tr("Nothing has been changed yet.\nEvery change ImageSteward makes is listed here."));
                showEmptyState();
            } else {
                m_model->setEntries(*entries);
                fillChoices();
                m_ui->activityStatus->setText(tr("%L1 entries, newest first.").arg(entries->size()));
                setContent(m_content);
            }
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

// The kinds (and their families, "image" for "image.update") and actors the log holds; the choice made survives.
void ActivityPane::fillChoices()
{
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    QStringList kinds;
    for (const QString &kind : m_model->kinds()) {
        const QString family = kind.section(QLatin1Char('.'), 0, 0);
        if (family != kind && !kinds.contains(family))
            kinds << family;
        kinds << kind;
    }
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    refill(m_ui->activityKindFilter, tr("All kinds"), kinds);
    refill(m_ui->activityActorFilter, tr("All actors"), m_model->actors());
}

} // namespace steward::gui
