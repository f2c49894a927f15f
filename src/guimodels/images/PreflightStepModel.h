#pragma once

#include "pull/Preflight.h"

#include <QAbstractTableModel>
#include <QList>

namespace steward::gui {

// The steps of one preflight as they arrive ("step, verdict, detail" rows for the preflight dialog): setStep()
// appends the next step or updates one already shown, clear() starts over. The verdict is given as text in its own
// column (never only as a colour or icon) and as VerdictRole for the view's icon.
class PreflightStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightStepModel)

public:
    enum Column
    {
        StepColumn,
        VerdictColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole, // int(pull::PreflightStep::Verdict)
        StepNameRole,               // the step's name in the report and the CLI: "manifest"
    };

    explicit PreflightStepModel(QObject *parent = nullptr);
    ~PreflightStepModel() override;

    // `index` is the step's position in the report: the next row, or one already shown.
    void setStep(int index, const pull::PreflightStep &step);
    void clear();
    QList<pull::PreflightStep> steps() const { return m_steps; }

    // "Manifest" for "manifest": what the dialog calls a step.
    static QString stepTitle(const QString &name);
    static QString verdictText(pull::PreflightStep::Verdict verdict);
    // The one line under the steps: whether an agent on `platform` can pull the image, and if not, which step
    // stops it first.
    static QString summary(const pull::PreflightReport &report, const QString &platform);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<pull::PreflightStep> m_steps;
};

} // namespace steward::gui
