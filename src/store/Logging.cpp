#include "store/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "steward.store", QtInfoMsg)
