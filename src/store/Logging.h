#pragma once

#include <QLoggingCategory>

// The "steward.store" category: enable with QT_LOGGING_RULES="steward.store.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
