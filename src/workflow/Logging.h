#pragma once

#include <QLoggingCategory>

// The "steward.workflow" category: enable with QT_LOGGING_RULES="steward.workflow.debug=true". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)
