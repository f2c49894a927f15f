#pragma once

#include <QLoggingCategory>

// The "steward.kasm" category: enable with QT_LOGGING_RULES="steward.kasm.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcKasm)
