#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// An RFC 5322 message with a UTF-8 plain-text body: Date, From, To, Subject
// (RFC 2047 encoded when not plain ASCII), Message-ID, MIME headers, a
// quoted-printable body and CRLF line ends throughout.
class MailMessage
{
public:
    QString from; // "ops@example.com" or "Name <ops@example.com>"
    QStringList to;
    QString subject;
    QString body; // lines separated by "\n"
    QDateTime date;
    QString messageId; // "<...@...>"
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // ASCII names and values

    QByteArray toBytes() const;

    // "ops@example.com" from "Name <ops@example.com>".
    static QString addressSpec(const QString &address);
    // An address for a header, with a non-ASCII display name encoded.
    static QByteArray formatAddress(const QString &address);
    // Encoded words of at most 75 characters, folded; plain text if it is
    // printable ASCII. `used` is what precedes it on the first line ("Subject: ").
    static QByteArray encodeHeaderText(const QString &text, int used);
    // "Sat, 21 Nov 2026 23:18:03 +0000" (English names whatever the locale).
    static QByteArray formatDate(const QDateTime &date);
    // Quoted-printable with soft breaks at 76 characters; "\n" becomes CRLF.
    static QByteArray quotedPrintable(const QByteArray &utf8);
    // "<random.bandwatch@domain-of-from>"
    static QString makeMessageId(const QString &fromAddress);
};

} // namespace Bandwatch
