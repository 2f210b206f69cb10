#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <chrono>

namespace Bandwatch {

// One run of the `vnstat` command at a time: asynchronous, killed after a
// timeout or on abort(), output capped, and its failures (not installed,
// unknown interface, unreadable database, crash, hang) turned into messages
// that say what is wrong. Exactly one of succeeded()/failed() follows each
// start(), unless abort() comes first.
class VnstatCommand : public QObject
{
    Q_OBJECT
public:
    explicit VnstatCommand(QString program, QObject *parent = nullptr);
    ~VnstatCommand() override;

    QString program() const { return m_program; }
    // `interface` only names the interface in messages.
    void start(const QStringList &arguments, std::chrono::milliseconds timeout,
               const QString &interface = {});
    void abort();
    bool isRunning() const { return m_process != nullptr; }
    // Whether the last failure was vnstat 1.x finding no database file for
    // the interface given to start(): 1.x keeps a file per real name, so an
    // alias ends there too (2.x matches aliases itself and says otherwise).
    bool failedOnMissingInterfaceFile() const { return m_missingInterfaceFile; }

    // The text of vnstat's own message: stdout and stderr on one line, cut.
    static QString printable(const QByteArray &bytes, int maxChars);

Q_SIGNALS:
    void succeeded(const QByteArray &output);
    void failed(const QString &message);

private:
    void onReadyRead();
    void onProcessError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onTimeout();
    void stop();
    QString describeExit(int exitCode);

    QString m_program;
    QString m_interface;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout { 0 };
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_missingInterfaceFile = false;
};

} // namespace Bandwatch
