#pragma once

#include <QList>
#include <QObject>

class QSettings;
class QSplitter;
class QTabWidget;
class QWidget;

namespace steward::gui {

// The window's heights for two kinds of work, on its outer splitter (images, promotion board, lower tabs). The desk
// gives the images table the most; the agents view (the Agents and pulls tab current) gives the lower tabs the most,
// since the agents × images matrix and its event log need rows that the desk's lower strip does not have at 1280×800.
// Each keeps what the user dragged it to: leaving one stores its sizes, and save/restore keep both under "layout/".
class DeskHeights final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskHeights)

public:
    enum class View
    {
        Desk,
        Agents
    };

    // `agentsTab` is the page of `tabs` that switches to the agents view; any other page is the desk.
    DeskHeights(QSplitter *outer, QTabWidget *tabs, QWidget *agentsTab, QList<int> deskSizes, QList<int> agentsSizes,
                QObject *parent = nullptr);

    View view() const { return m_view; }
    // Switches heights, keeping the current ones for the view left. The tab stays as it is: a pane above the tabs
    // (the images, Ctrl+1) shows the desk, and the agents tab's shortcut brings the agents view back.
    void show(View view);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

private:
    QList<int> &sizesOf(View view) { return view == View::Desk ? m_deskSizes : m_agentsSizes; }

    QSplitter *m_outer;
    QTabWidget *m_tabs;
    QWidget *m_agentsTab;
    QList<int> m_deskSizes;
    QList<int> m_agentsSizes;
    View m_view = View::Desk;
};

} // namespace steward::gui
