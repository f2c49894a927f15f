#pragma once

#include <QColor>
#include <QPalette>

namespace steward::gui {

// The orange for a warning mark painted on `palette`'s `background` role (Base for views and charts): a mark that
// is not yet the alarm, such as the quota chart's first refused pull. A dark orange on a light background and a light
// one on a dark background, each at least 3:1 against it (WCAG non-text contrast), and apart from errorTextColor's red.
QColor warningMarkColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

} // namespace steward::gui
