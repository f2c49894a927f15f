#include "gui/mainwindow/DeskHeights.h"

#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace steward::gui {

namespace {

const QString deskKey = QStringLiteral("layout/heights/desk");
const QString agentsKey = QStringLiteral("layout/heights/agents");

QVariantList toVariants(const QList<int> &sizes)
{
    QVariantList list;
    for (int size : sizes)
        list << size;
    return list;
}

// Saved sizes from an older window with another number of parts are not applied: the defaults stay.
QList<int> toSizes(const QVariant &value, const QList<int> &fallback)
{
    const QVariantList list = value.toList();
    if (list.size() != fallback.size())
        return fallback;
    QList<int> sizes;
    for (const QVariant &size : list)
        sizes << std::max(0, size.toInt());
    return sizes;
}

} // namespace

DeskHeights::DeskHeights(QSplitter *outer, QTabWidget *tabs, QWidget *agentsTab, QList<int> deskSizes,
                         QList<int> agentsSizes, QObject *parent)
    : QObject(parent), m_outer(outer), m_tabs(tabs), m_agentsTab(agentsTab), m_deskSizes(std::move(deskSizes)),
      m_agentsSizes(std::move(agentsSizes))
{
    m_outer->setSizes(m_deskSizes);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { show(m_tabs->currentWidget() == m_agentsTab ? View::Agents : View::Desk); });
}

void DeskHeights::show(View view)
{
    if (view == m_view)
        return;
    sizesOf(m_view) = m_outer->sizes();
    m_view = view;
    m_outer->setSizes(sizesOf(m_view));
}

void DeskHeights::save(QSettings &settings) const
{
    QList<int> desk = m_deskSizes;
    QList<int> agents = m_agentsSizes;
    (m_view == View::Desk ? desk : agents) = m_outer->sizes();
    settings.setValue(deskKey, toVariants(desk));
    settings.setValue(agentsKey, toVariants(agents));
}

void DeskHeights::restore(const QSettings &settings)
{
    m_deskSizes = toSizes(settings.value(deskKey), m_deskSizes);
    m_agentsSizes = toSizes(settings.value(agentsKey), m_agentsSizes);
    m_view = m_tabs->currentWidget() == m_agentsTab ? View::Agents : View::Desk;
    m_outer->setSizes(sizesOf(m_view));
}

} // namespace steward::gui
