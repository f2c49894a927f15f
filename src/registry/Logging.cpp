#include "registry/Logging.h"

Q_LOGGING_CATEGORY(lcRegistry, "steward.registry", QtInfoMsg)
