#pragma once

#include "core/ImageReference.h"
#include "core/KasmImage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward::workflow {

// Which of a deployment's `images` use which tag of `repository` (its tag and digest are ignored): tag → the images'
// display names, in the order of `images`. The Tags pane marks with it which tag is in production and which in test.
// References are compared as Kasm resolves them ("kasmweb/chrome" is docker.io's, no tag is "latest"); an image whose
// reference does not parse, or that names another registry or repository, uses none.
QHash<QString, QStringList> imagesByTag(const ImageReference &repository, const QList<KasmImage> &images);

} // namespace steward::workflow
