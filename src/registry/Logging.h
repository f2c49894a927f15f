#pragma once

#include <QLoggingCategory>

// The "steward.registry" category: enable with QT_LOGGING_RULES="steward.registry.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
