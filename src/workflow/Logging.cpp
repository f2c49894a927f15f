#include "workflow/Logging.h"

Q_LOGGING_CATEGORY(lcWorkflow, "steward.workflow", QtInfoMsg)
