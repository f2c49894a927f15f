#include "kasm/Logging.h"

Q_LOGGING_CATEGORY(lcKasm, "steward.kasm", QtInfoMsg)
