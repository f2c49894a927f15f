#include "pull/Logging.h"

Q_LOGGING_CATEGORY(lcPull, "steward.pull", QtInfoMsg)
