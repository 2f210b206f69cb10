#include "alerts/testmail.h"

#include "alerts/smtpclient.h"

#include <QSysInfo>
#include <QTimeZone>
#include <QUrl>

namespace Bandwatch {

TestMail::TestMail(QObject *parent)
    : QObject(parent)
{
    SmtpClient::globalInit(); // not thread-safe in every libcurl build: here, on the caller's thread
}

TestMail::~TestMail()
{
    m_abort = true;
    join();
}

void TestMail::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

MailMessage TestMail::compose(const SmtpSettings &settings, const QDateTime &now)
{
    MailMessage m;
    m.from = settings.from;
    m.to = settings.to;
    const QString subject = tr("Test message from Bandwatch");
    m.subject = settings.subjectPrefix.isEmpty() ? subject : settings.subjectPrefix + u' ' + subject;
    m.body = tr("This is a test message from the Bandwatch settings on %1, sent %2 via %3.\n\n"
                "It arrived, so quota alerts sent by e-mail with these settings will arrive too.\n")
                 .arg(QSysInfo::machineHostName(), now.toString(Qt::ISODate), QUrl(settings.url).host());
    m.date = now;
    m.messageId = MailMessage::makeMessageId(settings.from);
    m.extraHeaders.append({ QByteArray("X-Bandwatch-Test"), QByteArray("1") });
    return m;
}

bool TestMail::start(const SmtpSettings &settings)
{
    if (m_running)
        return false;
    join(); // the previous worker has reported; reap it
    m_running = true;
    m_abort = false;
    const QByteArray message =
        compose(settings, QDateTime::currentDateTime().toTimeZone(QTimeZone::systemTimeZone())).toBytes();
    m_thread = std::thread([this, settings, message] {
        const SmtpClient::Result r = SmtpClient(settings).send(message, &m_abort);
        if (r.aborted)
            return;
        const QString text = r.ok
            ? tr("The server %1 accepted the test message for %2.")
                  .arg(QUrl(settings.url).authority(), settings.to.join(QStringLiteral(", ")))
            : r.error;
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, ok = r.ok, text] {
                m_running = false;
                join();
                Q_EMIT finished(ok, text);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace Bandwatch
