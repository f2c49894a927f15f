#pragma once

#include "store/PromotionJournal.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UnfinishedPlansDialog;
}

namespace steward::gui {

// Every unfinished plan in the journal ("unfinishedPlansDialog", form ui/promotion/UnfinishedPlansDialog.ui): its
// image, kind, when it started and how far it got, with Resume and Abandon for the chosen one. It decides nothing:
// the board runs the choice through the workflow and hands the list back (setPlans) once the plan settled.
class UnfinishedPlansDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnfinishedPlansDialog)

public:
    explicit UnfinishedPlansDialog(QWidget *parent);
    ~UnfinishedPlansDialog() override;

    void setPlans(const QList<store::Promotion> &plans);
    QList<store::Promotion> plans() const { return m_plans; }

Q_SIGNALS:
    void continueRequested(const steward::store::Promotion &promotion, bool resume);

private:
    void request(bool resume);
    void updateButtons();

    std::unique_ptr<Ui::UnfinishedPlansDialog> m_ui;
    QList<store::Promotion> m_plans;
};

} // namespace steward::gui
