#pragma once

#include "core/Result.h"

#include <QString>

namespace steward::store {

// The default profile: <data dir>/imagesteward.org/ImageSteward, i.e. QStandardPaths::AppDataLocation for
// organisation "imagesteward.org" and application "ImageSteward" — the same for the GUI and stewardctl, whatever
// application name the running executable set.
QString defaultProfileDir();

// `--profile DIR` or the default, absolute and created (mode 0700: the catalog is nobody else's business).
Result<QString> prepareProfileDir(const QString &requested);

} // namespace steward::store
