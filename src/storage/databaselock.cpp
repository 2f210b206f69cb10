#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSysInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Bandwatch {

DatabaseLock::DatabaseLock(const QString &path)
    : m_path(path)
{ }

DatabaseLock::~DatabaseLock()
{
    unlock();
}

DatabaseLock::Result DatabaseLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Locked;
    m_holderPid = 0;
    m_holderApp.clear();
    m_holderHost.clear();
    // O_CLOEXEC: a child we start (a notification command) must not inherit
    // the lock and keep it after we are gone.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Result::Failed;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EWOULDBLOCK)
            readHolder(fd);
        ::close(fd);
        return err == EWOULDBLOCK ? Result::HeldElsewhere : Result::Failed;
    }
    const QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    // The holder line is information only: failing to write it does not
    // weaken the lock.
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, info.constData(), size_t(info.size()), 0) < 0)
        (void)::ftruncate(fd, 0);
    m_fd = fd;
    return Result::Locked;
}

void DatabaseLock::unlock()
{
    if (m_fd < 0)
        return;
    (void)::ftruncate(m_fd, 0); // no stale holder line for the next reader
    ::close(m_fd); // releases the flock
    m_fd = -1;
}

void DatabaseLock::readHolder(int fd)
{
    char buffer[1024];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, 0);
    if (n <= 0)
        return;
    const QList<QByteArray> lines = QByteArray(buffer, qsizetype(n)).split('\n');
    m_holderPid = lines.value(0).toLongLong();
    m_holderApp = QString::fromUtf8(lines.value(1));
    m_holderHost = QString::fromUtf8(lines.value(2));
}

} // namespace Bandwatch
