#pragma once

#include <QString>

namespace Bandwatch {

// The one-instance lock of a history database: an exclusive flock() on
// <database>.lock. The kernel drops it with the process however that ends,
// so a lock left by a killed instance never looks alive — also when the
// restarted process has the same pid, name and host as the dead one (PID 1
// in a container), which defeats a pid-and-name staleness test (QLockFile).
//
// The file names the holder (QLockFile's layout: pid, application, host) for
// the refusal message only; whether the lock is held is the kernel's answer.
// The file stays when the lock is released (emptied): deleting it would let
// a process that opened the old file lock it while another locks a new one.
class DatabaseLock
{
public:
    enum class Result { Locked, HeldElsewhere, Failed };

    explicit DatabaseLock(const QString &path);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Never waits. HeldElsewhere also for a second lock in the same process.
    Result tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    QString path() const { return m_path; }
    // The holder as its file says, after HeldElsewhere (0 / empty when unknown).
    qint64 holderPid() const { return m_holderPid; }
    QString holderApp() const { return m_holderApp; }
    QString holderHost() const { return m_holderHost; }

private:
    void readHolder(int fd);

    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
    QString m_holderApp;
    QString m_holderHost;
};

} // namespace Bandwatch
