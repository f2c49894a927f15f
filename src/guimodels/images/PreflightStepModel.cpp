#include "guimodels/images/PreflightStepModel.h"

namespace steward::gui {

using Verdict = pull::PreflightStep::Verdict;

PreflightStepModel::PreflightStepModel(QObject *parent) : QAbstractTableModel(parent)
{}

PreflightStepModel::~PreflightStepModel() = default;

void PreflightStepModel::setStep(int index, const pull::PreflightStep &step)
{
    if (index < 0 || index > m_steps.size())
        return; // a step can only follow the ones shown
    if (index == m_steps.size()) {
        beginInsertRows({}, index, index);
        m_steps.append(step);
        endInsertRows();
        return;
    }
    m_steps[index] = step;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void PreflightStepModel::clear()
{
    if (m_steps.isEmpty())
        return;
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

QString PreflightStepModel::stepTitle(const QString &name)
{
    if (name == QLatin1String("resolve"))
        return tr("Reference");
    if (name == QLatin1String("login"))
        return tr("Login");
    if (name == QLatin1String("manifest"))
        return tr("Manifest");
    if (name == QLatin1String("blobs"))
        return tr("Layers");
    if (name == QLatin1String("disk"))
        return tr("Disk");
    if (name == QLatin1String("quota"))
        return tr("Pull quota");
    return name;
}

QString PreflightStepModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::Warn:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Fail");
    case Verdict::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString PreflightStepModel::summary(const pull::PreflightReport &report, const QString &platform)
{
    int warnings = 0;
    for (const pull::PreflightStep &step : report.steps) {
        if (step.verdict == Verdict::Fail)
            return tr("An agent on %1 cannot pull this image: %2 failed.").arg(platform, stepTitle(step.name));
        if (step.verdict == Verdict::Warn)
            ++warnings;
    }
    if (warnings > 0)
        return tr("An agent on %1 can pull this image, with %n warning(s).", nullptr, warnings).arg(platform);
    return tr("An agent on %1 can pull this image.").arg(platform);
}

int PreflightStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PreflightStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreflightStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pull::PreflightStep &step = m_steps.at(index.row());
    switch (role) {
    case VerdictRole:
        return int(step.verdict);
    case StepNameRole:
        return step.name;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return stepTitle(step.name);
        case VerdictColumn:
            return verdictText(step.verdict);
        case DetailColumn:
            return step.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? step.detail : QVariant();
    default:
        return {};
    }
}

QVariant PreflightStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case VerdictColumn:
        return tr("Verdict");
    case DetailColumn:
        return tr("What was found");
    default:
        return {};
    }
}

} // namespace steward::gui
