#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace steward::gui {

// The red for error text on `palette`'s window: a dark red on a light window and a light red on a dark one, each at
// least 4.5:1 against it (WCAG AA for text). One red for every palette would be unreadable on one of them.
QColor errorTextColor(const QPalette &palette);

// Shows `widget`'s text (a QLabel's) in errorTextColor of its own palette.
void showAsError(QWidget *widget);

} // namespace steward::gui
