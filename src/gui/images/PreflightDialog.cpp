#include "gui/images/PreflightDialog.h"

#include "core/ImageReference.h"
#include "guimodels/images/PreflightStepModel.h"
#include "registry/RegistryClient.h"
#include "ui_PreflightDialog.h"

#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>

namespace steward::gui {

namespace {

using Verdict = pull::PreflightStep::Verdict;

// An icon beside the verdict's text, so that the verdict reads at a glance and never by colour alone.
class VerdictIconDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant verdict = index.data(PreflightStepModel::VerdictRole);
        if (!verdict.isValid())
            return;
        const QStyle *style = option->widget ? option->widget->style() : nullptr;
        if (!style)
            return;
        option->icon = style->standardIcon(iconFor(Verdict(verdict.toInt())), nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->decorationSize = QSize(extent, extent);
    }

private:
    static QStyle::StandardPixmap iconFor(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Pass:
            return QStyle::SP_DialogApplyButton;
        case Verdict::Warn:
            return QStyle::SP_MessageBoxWarning;
        case Verdict::Fail:
            return QStyle::SP_MessageBoxCritical;
        case Verdict::Skipped:
            break;
        }
        return QStyle::SP_MediaSkipForward;
    }
};

} // namespace

PreflightDialog::PreflightDialog(std::shared_ptr<registry::RegistryClient> client, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreflightDialog>()), m_client(std::move(client)),
      m_model(new PreflightStepModel(this)), m_runButton(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preflightDialog"));
    m_model->setObjectName(QStringLiteral("preflightStepModel"));
    m_ui->stepsView->setModel(m_model);
    m_ui->stepsView->setItemDelegateForColumn(PreflightStepModel::VerdictColumn, new VerdictIconDelegate(this));
    fitColumns();
    // Rows grow with their wrapped detail, and shrink again when the dialog is made wider.
    m_ui->stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_runButton = m_ui->buttonBox->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->summaryLabel->hide();
    setRunning(false);
}

PreflightDialog::~PreflightDialog() = default;

// The step and verdict columns hold a few known words: sized for the widest of them before any row arrives, so that
// they neither clip nor jump while the verdicts come in. The detail takes the rest and wraps.
void PreflightDialog::fitColumns()
{
    QStringList titles;
    for (const QString &name : pull::preflightStepNames())
        titles << PreflightStepModel::stepTitle(name);
    QStringList verdicts;
    for (const Verdict verdict : {Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Skipped})
        verdicts << PreflightStepModel::verdictText(verdict);
    const QFontMetrics metrics = m_ui->stepsView->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    const QStyle *style = m_ui->stepsView->style();
    const int padding = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_ui->stepsView) + 1) +
                        metrics.averageCharWidth() * 2;
    const int icon =
        style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_ui->stepsView) + metrics.averageCharWidth();
    QHeaderView *columns = m_ui->stepsView->horizontalHeader();
    columns->setSectionResizeMode(PreflightStepModel::DetailColumn, QHeaderView::Stretch);
    columns->resizeSection(
        PreflightStepModel::StepColumn,
        std::max(widest(titles) + padding, columns->sectionSizeHint(PreflightStepModel::StepColumn)));
    columns->resizeSection(
        PreflightStepModel::VerdictColumn,
        std::max(widest(verdicts) + icon + padding, columns->sectionSizeHint(PreflightStepModel::VerdictColumn)));
}

void PreflightDialog::setReference(const QString &reference)
{
    m_reference = reference;
    m_ui->referenceLabel->setText(reference);
    setWindowTitle(tr("Preflight of %1").arg(reference));
    setRunning(m_running);
}

QString PreflightDialog::summaryText() const
{
    return m_ui->summaryLabel->isHidden() ? QString() : m_ui->summaryLabel->text();
}

QFuture<pull::PreflightReport> PreflightDialog::run()
{
    const QString platform = m_ui->platformCombo->currentText().trimmed();
    if (!m_client || m_running || m_reference.isEmpty())
        return {};
    if (platform.isEmpty()) {
        showSummary(tr("Enter the agents' platform, such as linux/amd64."), false);
        return {};
    }
    pull::PreflightRequest request;
    request.reference = m_reference;
    request.platform = platform;
    if (m_ui->diskSpin->value() > 0)
        request.diskMb = m_ui->diskSpin->value();
    request.diskInput = tr("the Agent's free disk field above");
    // The login the client would use for this registry decides how the login step words its verdict.
    if (const Result<ImageReference> parsed = ImageReference::parse(m_reference.trimmed()))
        request.withCredentials = m_client->hasCredentialFor(parsed->registry());

    m_model->clear();
    showSummary(tr("Checking %1 for %2…").arg(m_reference, platform), false);
    setRunning(true);
    const quint64 generation = ++m_generation;
    QPointer<PreflightDialog> self(this);
    auto showStep = [self, generation](int index, const pull::PreflightStep &step) {
        if (self && self->m_generation == generation)
            self->m_model->setStep(index, step);
    };
    // Without a context object the continuation runs where the report is finished (the client's thread, which is
    // ours), so the returned future has the report even when the dialog was deleted meanwhile.
    return pull::preflight(*m_client, request, showStep)
        .then([self, generation, platform](const pull::PreflightReport &report) {
            if (self && self->m_generation == generation) {
                self->setRunning(false);
                self->showSummary(PreflightStepModel::summary(report, platform), true);
                Q_EMIT self->checkFinished(report.ok());
            }
            return report;
        });
}

void PreflightDialog::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running && m_client && !m_reference.isEmpty());
    m_ui->platformCombo->setEnabled(!running);
    m_ui->diskSpin->setEnabled(!running);
}

void PreflightDialog::showSummary(const QString &text, bool bold)
{
    QFont font = m_ui->summaryLabel->font();
    font.setBold(bold);
    m_ui->summaryLabel->setFont(font);
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->show();
}

} // namespace steward::gui
