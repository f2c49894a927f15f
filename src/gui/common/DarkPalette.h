#pragma once

#include <QPalette>

namespace steward::gui {

// A dark palette for the Fusion style, for desktops that have no platform theme to tell Qt their colours (bare X11
// sessions, tiling window managers) and for checking that every pane follows the palette (scripts/screenshots). The
// window never picks colours of its own: it uses the palette's roles, so this is all a dark look needs.
QPalette darkPalette();

} // namespace steward::gui
