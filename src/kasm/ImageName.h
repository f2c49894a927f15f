#pragma once

#include "core/ImageReference.h"
#include "core/KasmImage.h"
#include "core/Result.h"

#include <QStringList>

namespace steward::kasm {

// Checks a Kasm image's docker reference (its `name`) before it reaches a deployment: Kasm itself accepts any text
// there, and agents then fail to pull it with no message an administrator sees. Container images only: Server,
// Server Pool and Link images carry no docker reference. The error is ImageReference's own, naming the wrong part.
Result<ImageReference> checkImageName(const KasmImage &image);

// Valid references that work, but not as people usually mean them on Kasm: no explicit tag (agents pull
// ":latest", and Kasm shows such images stuck "Installing"), no registry host (agents pull from docker.io, not from
// the private registry meant). One sentence each, for the user to read; empty when there is nothing to say.
QStringList imageNamePitfalls(const QString &name);

} // namespace steward::kasm
