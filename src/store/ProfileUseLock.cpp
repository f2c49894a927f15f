#include "store/ProfileUseLock.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace steward::store {

namespace {

// A process holding a flock() on the file behind `fd`, from Linux's /proc/locks ("1: FLOCK ADVISORY READ <pid>
// <major>:<minor>:<inode> 0 EOF"); 0 where the system does not say. Only for the message: the lock decides.
qint64 holderOf(int fd)
{
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino));
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // Waiting requests are listed as "1: -> FLOCK ..."; only granted locks name a holder.
        if (fields.size() < 6 || fields.at(1) != "FLOCK" || !fields.at(5).endsWith(inode))
            continue;
        const qint64 pid = fields.at(4).toLongLong();
        if (pid > 0)
            return pid;
    }
    return 0;
}

} // namespace

Result<ProfileUseLock> ProfileUseLock::take(const QString &profileDir, bool exclusive)
{
    const QString path = profileDir + QLatin1Char('/') + ProfileUseLock::fileName();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    int locked;
    do {
        locked = ::flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
    } while (locked != 0 && errno == EINTR);
    if (locked == 0)
        return ProfileUseLock(fd);

    const int why = errno;
    const qint64 holder = why == EWOULDBLOCK ? holderOf(fd) : 0;
    ::close(fd);
    if (why != EWOULDBLOCK) {
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(why))));
    }
    if (!exclusive) {
        return fail(ErrorCode::Conflict,
                    StoreText::tr("A backup is being restored into the profile %1; open it again when that is done.")
                        .arg(profileDir));
    }
    return fail(
        ErrorCode::Conflict,
        holder > 0
            ? StoreText::tr("Another ImageSteward process (pid %1) has the profile %2 open; close it first, then "
                            "restore the backup.")
                  .arg(holder)
                  .arg(profileDir)
            : StoreText::tr("Another ImageSteward process has the profile %1 open; close it first, then restore "
                            "the backup.")
                  .arg(profileDir));
}

Result<ProfileUseLock> ProfileUseLock::shared(const QString &profileDir)
{
    return take(profileDir, false);
}

Result<ProfileUseLock> ProfileUseLock::exclusive(const QString &profileDir)
{
    return take(profileDir, true);
}

ProfileUseLock::ProfileUseLock(ProfileUseLock &&other) noexcept : m_fd(std::exchange(other.m_fd, -1))
{}

ProfileUseLock &ProfileUseLock::operator=(ProfileUseLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

ProfileUseLock::~ProfileUseLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the only descriptor releases the flock
}

} // namespace steward::store
