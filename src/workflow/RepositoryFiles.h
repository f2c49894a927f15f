#pragma once

#include "core/Result.h"
#include "workflow/Pipeline.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace steward::workflow {

// Writes `files` under the repository root `root` (folders made as needed), each atomically, and returns the paths
// written. An admin-owned file (PipelineFile::adminOwned) that already exists is refused unless
// `replaceAdminFiles`; the refusal comes before anything is written, so a refused run changes nothing.
Result<QStringList> writeRepositoryFiles(const QString &root, const QList<PipelineFile> &files, bool replaceAdminFiles);

} // namespace steward::workflow
