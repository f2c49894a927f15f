#include "gui/promotion/UnfinishedPlansDialog.h"

#include "gui/promotion/PlanWords.h"
#include "ui_UnfinishedPlansDialog.h"

#include <QLocale>

namespace steward::gui {

namespace {

enum Column
{
    ImageColumn,
    KindColumn,
    StartedColumn,
    ProgressColumn,
    PlanColumn,
};

int doneSteps(const store::Promotion &promotion)
{
    int done = 0;
    for (const store::PromotionStep &step : promotion.steps)
        done += step.state == QLatin1String("done") || step.state == QLatin1String("skipped") ? 1 : 0;
    return done;
}

} // namespace

UnfinishedPlansDialog::UnfinishedPlansDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnfinishedPlansDialog>())
{
    setObjectName(QStringLiteral("unfinishedPlansDialog"));
    m_ui->setupUi(this);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { request(true); });
    connect(m_ui->abandonButton, &QPushButton::clicked, this, [this] { request(false); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->plansView, &QTreeWidget::currentItemChanged, this, &UnfinishedPlansDialog::updateButtons);
    updateButtons();
}

UnfinishedPlansDialog::~UnfinishedPlansDialog() = default;

void UnfinishedPlansDialog::setPlans(const QList<store::Promotion> &plans)
{
    const QString current = m_ui->plansView->currentItem()
                                ? m_ui->plansView->currentItem()->data(PlanColumn, Qt::UserRole).toString()
                                : QString();
    m_plans = plans;
    m_ui->plansView->clear();
    for (const store::Promotion &plan : plans) {
        auto *item = new QTreeWidgetItem(m_ui->plansView);
        item->setText(ImageColumn, plan.plan.value(QStringLiteral("friendly_name")).toString());
        item->setText(KindColumn, PlanWords::kind(plan.kind));
        item->setText(StartedColumn, QLocale().toString(plan.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ProgressColumn, tr("%1 of %2 steps done (%3)")
                                          .arg(doneSteps(plan))
                                          .arg(plan.steps.size())
                                          .arg(PlanWords::state(plan.state)));
        item->setText(PlanColumn, plan.promotionId);
        item->setData(PlanColumn, Qt::UserRole, plan.promotionId);
        if (plan.promotionId == current || !m_ui->plansView->currentItem())
            m_ui->plansView->setCurrentItem(item);
    }
    for (int column = 0; column < m_ui->plansView->columnCount(); ++column)
        m_ui->plansView->resizeColumnToContents(column);
    m_ui->plansView->setVisible(!plans.isEmpty());
    m_ui->emptyLabel->setVisible(plans.isEmpty());
    updateButtons();
}

void UnfinishedPlansDialog::updateButtons()
{
    const bool chosen = m_ui->plansView->currentItem() != nullptr;
    m_ui->resumeButton->setEnabled(chosen);
    m_ui->abandonButton->setEnabled(chosen);
}

void UnfinishedPlansDialog::request(bool resume)
{
    const QTreeWidgetItem *item = m_ui->plansView->currentItem();
    if (!item)
        return;
    const QString id = item->data(PlanColumn, Qt::UserRole).toString();
    for (const store::Promotion &plan : m_plans) {
        if (plan.promotionId == id)
            return Q_EMIT continueRequested(plan, resume);
    }
}

} // namespace steward::gui
