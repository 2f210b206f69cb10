#pragma once

#include <QString>
#include <QStringList>

namespace Bandwatch {

// `notifications: email:` validated. smtps:// is TLS from the first byte;
// smtp:// upgrades with STARTTLS, which is required unless said otherwise.
struct SmtpSettings
{
    enum class StartTls { Required, Optional };

    QString url; // smtp://host:port or smtps://host:port
    StartTls startTls = StartTls::Required;
    QString from; // "ops@example.com" or "Bandwatch <ops@example.com>"
    QStringList to;
    QString username; // empty: no AUTH
    QString password; // never logged
    QString caFile; // empty: the system's CA store
    bool verifyPeer = true; // certificate and host name
    QString loginOptions; // e.g. "AUTH=PLAIN"; empty: the best the server offers
    int timeoutMs = 60'000; // a whole delivery
    int connectTimeoutMs = 15'000;
    QString subjectPrefix = QStringLiteral("[Bandwatch]");

    bool isValid() const { return !url.isEmpty() && !from.isEmpty() && !to.isEmpty(); }
    bool implicitTls() const { return url.startsWith(u"smtps://", Qt::CaseInsensitive); }
    friend bool operator==(const SmtpSettings &, const SmtpSettings &) = default;
};

} // namespace Bandwatch
