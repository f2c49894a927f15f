#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedLayout;

namespace steward::gui {

// A titled pane that shows a friendly empty state until it is given content; the empty state also says why a pane
// has nothing to show yet (loading, an error). The main window's panes derive from it.
class EmptyStatePane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePane)

public:
    explicit EmptyStatePane(QWidget *parent = nullptr);
    EmptyStatePane(const QString &title, const QString &emptyText, QWidget *parent = nullptr);
    ~EmptyStatePane() override;

    void setTitle(const QString &title);
    QString title() const;
    QString emptyText() const;
    // A greyed hint: what is missing, or that it is still loading.
    void setEmptyText(const QString &text);
    // A button under the empty state's text ("emptyStateButton") that triggers `action`: the way out of the empty
    // state (e.g. "Manage an image…"). nullptr: none.
    void setEmptyAction(QAction *action);
    // Shows `text` in the empty state's place, in normal colour and selectable (to copy a path or a message): why
    // the pane cannot show anything. Lasts until setEmptyText().
    void showProblem(const QString &text);
    bool isShowingProblem() const;
    // Shows `content` instead of the empty state; the pane takes it over. Giving the same widget again just shows it.
    void setContent(QWidget *content);
    void showEmptyState();
    bool isShowingEmptyState() const;

private:
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_emptyPage; // the text and its button
    QPushButton *m_emptyButton;
    QAction *m_emptyAction = nullptr;
    QStackedLayout *m_stack;
};

} // namespace steward::gui
