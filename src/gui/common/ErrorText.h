#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace steward::gui {

// The red for error text on `palette`'s window (or its `background` role: Base for views and charts): a dark red on a
// light background and a light red on a dark one, each at least 4.5:1 against it (WCAG AA for text). One red for
// every palette would be unreadable on one of them. Error marks (a chart's limit, a failing cell) use it too.
QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// Shows `widget`'s text (a QLabel's) in errorTextColor of its own palette.
void showAsError(QWidget *widget);

} // namespace steward::gui
