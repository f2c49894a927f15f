#include "workflow/RepositoryFiles.h"

#include "workflow/WorkflowText.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace steward::workflow {

namespace {

Status writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Storage, WorkflowText::tr("Cannot create the folder of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(ErrorCode::Storage, WorkflowText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<QStringList> writeRepositoryFiles(const QString &root, const QList<PipelineFile> &files, bool replaceAdminFiles)
{
    const QDir dir(root);
    for (const PipelineFile &file : files) {
        if (file.adminOwned && !replaceAdminFiles && QFileInfo::exists(dir.filePath(file.path)))
            return fail(ErrorCode::Conflict,
                        WorkflowText::tr("%1 already exists and may hold your changes; nothing was written.")
                            .arg(dir.filePath(file.path)));
    }
    QStringList written;
    for (const PipelineFile &file : files) {
        const QString path = dir.filePath(file.path);
        if (Status saved = writeFile(path, file.content); !saved)
            return fail(saved.error());
        written << path;
    }
    return written;
}

} // namespace steward::workflow
