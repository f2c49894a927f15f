#pragma once

#include "core/Result.h"
#include "store/ManagedImages.h"
#include "workflow/Pipeline.h"

#include <QString>

namespace steward::workflow {

// The Kasm core image a starter Dockerfile builds on when the admin names none.
QString defaultKasmBase(); // "kasmweb/core-ubuntu-jammy:1.16.0"

// A starter Dockerfile on `base` (a Kasm core image, or the admin's own image built on one) in the shape of Kasm's
// "Building Custom Images" guide: root for the install section, then the default profile handed to the Kasm user
// (uid 1000). When the image's unique tag pattern uses {version}, it sets the version label push-tags reads.
// Refused: a base that is not an image reference, or that names no tag or digest (a build must be repeatable).
Result<PipelineFile> starterDockerfile(const store::ManagedImage &image, const QString &base);

} // namespace steward::workflow
