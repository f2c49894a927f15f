#pragma once

#include <QLoggingCategory>

// The "steward.pull" category: enable with QT_LOGGING_RULES="steward.pull.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcPull)
