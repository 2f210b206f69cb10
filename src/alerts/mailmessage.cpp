#include "alerts/mailmessage.h"

#include <QUuid>

namespace Bandwatch {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// ASCII text folded at spaces so that no line grows beyond 78 characters.
QByteArray foldAscii(const QByteArray &text, int used)
{
    QByteArray out;
    int lineLength = used;
    const QList<QByteArray> words = text.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + w.size() > 78) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += w;
        lineLength += int(w.size());
    }
    return out;
}

// Removes anything that could end a header early.
QByteArray headerSafe(QByteArray value)
{
    value.replace('\r', ' ');
    value.replace('\n', ' ');
    return value;
}

} // namespace

QString MailMessage::addressSpec(const QString &address)
{
    const qsizetype open = address.lastIndexOf(u'<');
    const qsizetype close = address.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return address.mid(open + 1, close - open - 1).trimmed();
    return address.trimmed();
}

QByteArray MailMessage::formatAddress(const QString &address)
{
    const QString spec = addressSpec(address);
    const qsizetype open = address.lastIndexOf(u'<');
    QString name = open > 0 ? address.left(open).trimmed() : QString();
    if (name.startsWith(u'"') && name.endsWith(u'"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return headerSafe(spec.toUtf8());
    QByteArray encodedName;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        encodedName = QByteArray("\"") + quoted.toLatin1() + QByteArray("\"");
    } else {
        encodedName = encodeHeaderText(name, 6);
    }
    return encodedName + " <" + headerSafe(spec.toUtf8()) + '>';
}

QByteArray MailMessage::encodeHeaderText(const QString &text, int used)
{
    if (isPlainAscii(text))
        return foldAscii(text.toLatin1(), used);
    // Each encoded word carries whole UTF-8 characters (RFC 2047 section 5):
    // at most 42 bytes, i.e. 56 base64 characters, 68 with the delimiters.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray ch = text.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + ch.size() > 42)
            flush();
        chunk += ch;
    }
    flush();
    Q_UNUSED(used) // an encoded word of 68 characters fits after any header name used here
    return out;
}

QByteArray MailMessage::formatDate(const QDateTime &date)
{
    static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime dt = date.isValid() ? date : QDateTime::currentDateTime();
    const QDate d = dt.date();
    const QTime t = dt.time();
    const int offsetMin = dt.offsetFromUtc() / 60;
    const int absMin = offsetMin < 0 ? -offsetMin : offsetMin;
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' '
        + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' '
        + QStringLiteral("%1:%2:%3 %4%5%6")
              .arg(t.hour(), 2, 10, QLatin1Char('0'))
              .arg(t.minute(), 2, 10, QLatin1Char('0'))
              .arg(t.second(), 2, 10, QLatin1Char('0'))
              .arg(offsetMin < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(absMin / 60, 2, 10, QLatin1Char('0'))
              .arg(absMin % 60, 2, 10, QLatin1Char('0'))
              .toLatin1();
}

QByteArray MailMessage::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QByteArray text = utf8;
    text.replace("\r\n", "\n");
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QByteArray &line = lines.at(li);
        int lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 0xf];
            }
            // A soft break ("=") must fit within the 76 characters too.
            if (lineLength + piece.size() > (last ? 76 : 75)) {
                out += "=\r\n";
                lineLength = 0;
            }
            out += piece;
            lineLength += int(piece.size());
        }
        if (li < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QString MailMessage::makeMessageId(const QString &fromAddress)
{
    QString domain = addressSpec(fromAddress).section(u'@', 1);
    if (domain.isEmpty())
        domain = QStringLiteral("bandwatch.invalid");
    return QStringLiteral("<%1.bandwatch@%2>").arg(QUuid::createUuid().toString(QUuid::Id128), domain);
}

QByteArray MailMessage::toBytes() const
{
    QByteArray m;
    m += "Date: " + formatDate(date) + "\r\n";
    m += "From: " + formatAddress(from) + "\r\n";
    QByteArray toLine;
    for (const QString &r : to)
        toLine += (toLine.isEmpty() ? QByteArray() : QByteArrayLiteral(",\r\n ")) + formatAddress(r);
    m += "To: " + toLine + "\r\n";
    m += "Subject: " + encodeHeaderText(subject, 9) + "\r\n";
    m += "Message-ID: " + headerSafe(messageId.toLatin1()) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n";
    // RFC 3834: tells auto-responders not to answer.
    m += "Auto-Submitted: auto-generated\r\n";
    for (const auto &[name, value] : extraHeaders)
        m += headerSafe(name) + ": " + headerSafe(value) + "\r\n";
    m += "\r\n";
    QByteArray content = quotedPrintable(body.toUtf8());
    if (!content.endsWith("\r\n"))
        content += "\r\n";
    m += content;
    return m;
}

} // namespace Bandwatch
