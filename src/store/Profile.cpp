#include "store/Profile.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace steward::store {

QString dataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/" STEWARD_APP_ID);
}

QString defaultProfileDir()
{
    return dataRoot() + QStringLiteral("/profile");
}

QString resolveProfileDir(const QString &requested)
{
    return QFileInfo(requested.isEmpty() ? defaultProfileDir() : requested).absoluteFilePath();
}

Result<QString> prepareProfileDir(const QString &requested)
{
    const QString dir = resolveProfileDir(requested);
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        return fail(ErrorCode::InvalidInput, StoreText::tr("The profile %1 is a file, not a directory; "
                                                           "choose a directory with --profile DIR.")
                                                 .arg(dir));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(dir)) {
            return fail(ErrorCode::Storage, StoreText::tr("Cannot create the profile directory %1; check "
                                                          "its parent's permissions or choose another with "
                                                          "--profile DIR.")
                                                .arg(dir));
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return dir;
}

} // namespace steward::store
