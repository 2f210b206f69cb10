#pragma once

#include <QObject>
#include <memory>

class QLocalServer;
class QLockFile;

namespace Bandwatch {

// One desktop instance per user and configuration file: the first launch
// holds a lock file and listens on a local socket; a second launch finds the
// lock taken, asks the first over the socket to raise its window and exits
// (so no second collector ever runs). A crash leaves a stale lock and socket
// behind: QLockFile recognises the dead owner, and the next primary removes
// the old socket before listening. Headless mode does not use this (its
// history store has its own lock).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Primary, // this process is the instance; raiseRequested() follows later launches
        RaisedOther, // another instance runs and was asked to raise its window
        Failed // another instance holds the lock but did not answer; see error()
    };

    // `key` names the instance (see keyFor()); tests use their own.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The key for this user and configuration file (the path made absolute).
    static QString keyFor(const QString &configPath);

    // Becomes the instance or hands over to the running one. Blocks for at
    // most `timeoutMs` while a just-started primary gets its socket up.
    Result start(int timeoutMs = 10'000);
    bool isPrimary() const { return m_primary; }
    QString serverName() const { return m_key; }
    QString lockFilePath() const;
    QString error() const { return m_error; }

Q_SIGNALS:
    // A later launch asked for the window (primary only).
    void raiseRequested();

private:
    bool listen();
    bool askToRaise(int timeoutMs);

    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
    QString m_error;
};

} // namespace Bandwatch
