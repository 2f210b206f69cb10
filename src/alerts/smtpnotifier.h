#pragma once

#include "alerts/mailmessage.h"
#include "alerts/notifier.h"
#include "alerts/smtpsettings.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Bandwatch {

// E-mail through SMTP (libcurl) on a worker thread of its own, one message at
// a time: a slow or unreachable mail server never blocks the GUI or the
// collector. Started on the first delivery; shutdown() interrupts a transfer
// in progress and joins the thread.
class SmtpNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit SmtpNotifier(SmtpSettings settings, QObject *parent = nullptr);
    ~SmtpNotifier() override;

    QString channel() const override { return QStringLiteral("email"); }
    void deliver(const Bandwatch::OutboxEntry &entry, const Bandwatch::Alert &alert) override;
    void shutdown() override;

    const SmtpSettings &settings() const { return m_settings; }
    // The message as it is sent: Date is when the alert was queued and the
    // Message-ID is the outbox entry's, so a retry is the same message.
    MailMessage compose(const OutboxEntry &entry, const Alert &alert) const;

private:
    struct Job
    {
        qint64 id = 0;
        QByteArray message;
    };
    void run();

    const SmtpSettings m_settings;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::atomic<bool> m_abort { false };
};

} // namespace Bandwatch
