#include "gui/common/LayoutMemory.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace steward::gui {

namespace {

const QString geometryKey = QStringLiteral("layout/geometry");
const QString stateKey = QStringLiteral("layout/state");

QString splitterKey(const QObject &splitter)
{
    return QStringLiteral("layout/splitters/") + splitter.objectName();
}

QString headerKey(const QObject &view)
{
    return QStringLiteral("layout/columns/") + view.objectName();
}

QString tabKey(const QObject &tabs)
{
    return QStringLiteral("layout/tabs/") + tabs.objectName();
}

} // namespace

void saveLayout(const QMainWindow &window, QSettings &settings)
{
    settings.setValue(geometryKey, window.saveGeometry());
    settings.setValue(stateKey, window.saveState());
    for (const QSplitter *splitter : window.findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(*splitter), splitter->saveState());
    }
    for (const QTableView *view : window.findChildren<QTableView *>()) {
        if (!view->objectName().isEmpty())
            settings.setValue(headerKey(*view), view->horizontalHeader()->saveState());
    }
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        if (!tabs->objectName().isEmpty())
            settings.setValue(tabKey(*tabs), tabs->currentIndex());
    }
}

bool restoreLayout(QMainWindow &window, const QSettings &settings)
{
    if (!settings.contains(geometryKey))
        return false;
    window.restoreGeometry(settings.value(geometryKey).toByteArray());
    window.restoreState(settings.value(stateKey).toByteArray());
    for (QSplitter *splitter : window.findChildren<QSplitter *>()) {
        const QVariant state = settings.value(splitterKey(*splitter));
        if (state.isValid())
            splitter->restoreState(state.toByteArray());
    }
    for (QTableView *view : window.findChildren<QTableView *>()) {
        const QVariant state = settings.value(headerKey(*view));
        if (state.isValid())
            view->horizontalHeader()->restoreState(state.toByteArray());
    }
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        const QVariant index = settings.value(tabKey(*tabs));
        if (index.isValid())
            tabs->setCurrentIndex(index.toInt());
    }
    return true;
}

} // namespace steward::gui
