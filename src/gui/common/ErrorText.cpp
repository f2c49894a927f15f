#include "gui/common/ErrorText.h"

#include <QWidget>

namespace steward::gui {

QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    // GNOME's red 4 (#c01c28) on light backgrounds; a lighter red on dark ones, where #c01c28 gives only about 2.3:1.
    const bool darkBackground = palette.color(background).lightnessF() < 0.5;
    return darkBackground ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void showAsError(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(palette));
    widget->setPalette(palette);
}

} // namespace steward::gui
