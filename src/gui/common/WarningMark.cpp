#include "gui/common/WarningMark.h"

namespace steward::gui {

QColor warningMarkColor(const QPalette &palette, QPalette::ColorRole background)
{
    // A bright orange (#e69500) gives only about 2.4:1 on white: #c26100 keeps 4.2:1 there, and GNOME's orange 2
    // (#ffa348) about 8:1 on the dark palette's Base, where the dark orange would fall to 3.4:1.
    const bool darkBackground = palette.color(background).lightnessF() < 0.5;
    return darkBackground ? QColor(0xff, 0xa3, 0x48) : QColor(0xc2, 0x61, 0x00);
}

} // namespace steward::gui
