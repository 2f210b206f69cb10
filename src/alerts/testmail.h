#pragma once

#include "alerts/mailmessage.h"
#include "alerts/smtpsettings.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace Bandwatch {

// The settings page's "Send test mail": one real message through the same
// SmtpClient the alert notifier uses, so a success here means alerts will
// get through too, and a failure shows the very error an alert would log.
// The transfer runs on a worker thread; finished() arrives on this object's thread.
class TestMail : public QObject
{
    Q_OBJECT
public:
    explicit TestMail(QObject *parent = nullptr);
    ~TestMail() override; // interrupts a transfer in progress and waits for the worker

    static MailMessage compose(const SmtpSettings &settings, const QDateTime &now);

    bool isRunning() const { return m_running; }
    // False (and nothing happens) while a previous test is still running.
    bool start(const SmtpSettings &settings);

Q_SIGNALS:
    // `message` is a sentence for the operator: what was accepted, or the
    // server's or TLS library's exact complaint.
    void finished(bool ok, const QString &message);

private:
    void join();

    std::thread m_thread;
    std::atomic<bool> m_abort { false };
    bool m_running = false;
};

} // namespace Bandwatch
