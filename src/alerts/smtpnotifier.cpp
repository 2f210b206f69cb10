#include "alerts/smtpnotifier.h"

#include "alerts/alertformatter.h"
#include "alerts/smtpclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>

namespace Bandwatch {

SmtpNotifier::SmtpNotifier(SmtpSettings settings, QObject *parent)
    : Notifier(parent)
    , m_settings(std::move(settings))
{
    SmtpClient::globalInit(); // not thread-safe in every libcurl build: do it here, on the main thread
}

SmtpNotifier::~SmtpNotifier()
{
    shutdown();
}

MailMessage SmtpNotifier::compose(const OutboxEntry &entry, const Alert &alert) const
{
    MailMessage m;
    m.from = m_settings.from;
    m.to = m_settings.to;
    const QString subject = entry.subject.isEmpty() ? AlertFormatter::subject(alert) : entry.subject;
    m.subject = m_settings.subjectPrefix.isEmpty() ? subject : m_settings.subjectPrefix + u' ' + subject;
    m.body = AlertFormatter::plainText(alert);
    m.date = QDateTime::fromMSecsSinceEpoch(entry.createdMs > 0 ? entry.createdMs
                                                                : QDateTime::currentMSecsSinceEpoch(),
                                            QTimeZone::systemTimeZone());
    m.messageId = entry.messageId.isEmpty() ? MailMessage::makeMessageId(m_settings.from) : entry.messageId;
    m.extraHeaders.append({ "X-Bandwatch-Quota", alert.quotaId.toLatin1() });
    m.extraHeaders.append({ "X-Bandwatch-Threshold", QByteArray::number(alert.threshold, 'g', 6) });
    m.extraHeaders.append(
        { "X-Bandwatch-Alert",
          alert.projectionWarning ? QByteArrayLiteral("projection") : QByteArrayLiteral("threshold") });
    m.extraHeaders.append({ "X-Bandwatch-Cycle-Start",
                            QDateTime::fromMSecsSinceEpoch(alert.cycleStartMs, QTimeZone::utc())
                                .toString(Qt::ISODate)
                                .toLatin1() });
    return m;
}

void SmtpNotifier::deliver(const OutboxEntry &entry, const Alert &alert)
{
    Job job { entry.id, compose(entry, alert).toBytes() };
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return;
    m_queue.push_back(std::move(job));
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_wake.notify_one();
}

void SmtpNotifier::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_abort = true;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SmtpNotifier::run()
{
    const SmtpClient client(m_settings);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const SmtpClient::Result r = client.send(job.message, &m_abort);
        if (r.aborted)
            return;
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, id = job.id, ok = r.ok, error = r.error] { Q_EMIT finished(id, ok, error); },
            Qt::QueuedConnection);
    }
}

} // namespace Bandwatch
