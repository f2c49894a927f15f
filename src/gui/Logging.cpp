#include "gui/Logging.h"

Q_LOGGING_CATEGORY(lcGui, "steward.gui", QtInfoMsg)
