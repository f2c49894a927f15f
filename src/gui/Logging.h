#pragma once

#include <QLoggingCategory>

// The "steward.gui" category: enable with QT_LOGGING_RULES="steward.gui.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcGui)
