#pragma once

class QMainWindow;
class QSettings;

namespace steward::gui {

// The window's layout as the user left it: geometry, dock and toolbar state, every named splitter's sizes and every
// named table's column widths and sort order, under "layout/" in `settings`. Widgets are found by object name, so a
// pane added later simply starts with its defaults. Restoring returns whether a saved layout was found.
void saveLayout(const QMainWindow &window, QSettings &settings);
bool restoreLayout(QMainWindow &window, const QSettings &settings);

} // namespace steward::gui
