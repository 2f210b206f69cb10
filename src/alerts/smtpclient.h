#pragma once

#include "alerts/smtpsettings.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace Bandwatch {

// One SMTP submission through libcurl. Blocking: runs on a worker thread,
// never on the GUI thread. The error text names what went wrong in words an
// operator can act on (wrong password, no STARTTLS, untrusted certificate),
// followed by the server's last reply where there was one.
class SmtpClient
{
public:
    struct Result
    {
        bool ok = false;
        bool aborted = false; // shut down while sending: not delivered, not failed
        QString error;
        int curlCode = 0;
    };

    explicit SmtpClient(SmtpSettings settings);

    // `message` is a complete RFC 5322 message with CRLF line ends. `abort`
    // is polled while the transfer runs.
    Result send(const QByteArray &message, const std::atomic<bool> *abort = nullptr) const;

    static void globalInit(); // curl_global_init, once per process

private:
    QString describe(int code, const QString &detail, const QString &serverReply,
                     const QString &startTlsRefusal) const;

    SmtpSettings m_settings;
};

} // namespace Bandwatch
