#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace steward {

// A titled pane that shows a friendly empty state until it is given content.
class EmptyStatePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePane)

public:
    EmptyStatePane(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QString title() const;
    QString emptyText() const;
    void setContent(QWidget *content);
    bool isShowingEmptyState() const;

private:
    QLabel *m_title;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace steward
