#pragma once

#include <QObject>

class QSocketNotifier;

namespace Bandwatch {

// Turns SIGTERM, SIGINT and SIGHUP into Qt signals on the main thread (the
// self-pipe trick: a signal handler may only write to a file descriptor).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminateRequested(int signalNumber); // SIGTERM, SIGINT
    void reloadRequested(); // SIGHUP

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Bandwatch
