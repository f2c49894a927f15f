#pragma once

#include "core/Result.h"

#include <QString>

namespace steward::store {

// Where all of ImageSteward's data lives: <data dir>/org.imagesteward.ImageSteward (the application id; XDG data
// home on Linux), the same for the GUI, stewardctl and scripts/demo, whatever application name the running
// executable set.
QString dataRoot();

// The default profile: <data root>/profile. scripts/demo keeps its own under <data root>/demo.
QString defaultProfileDir();

// `--profile DIR` or the default, absolute; nothing is created (for commands that only read).
QString resolveProfileDir(const QString &requested);

// `--profile DIR` or the default, absolute and created (mode 0700: the catalog is nobody else's business).
Result<QString> prepareProfileDir(const QString &requested);

} // namespace steward::store
