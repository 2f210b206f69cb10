#include "exporter/requestframer.h"

#include <QList>

namespace Bandwatch {

RequestFramer::Verdict RequestFramer::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Failed:
            return m_failure;
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyRemaining, size - i);
            m_bodyRemaining -= take;
            i += take;
            if (m_bodyRemaining == 0) {
                m_state = State::Head;
                ++m_completed;
            }
            break;
        }
        case State::Head: {
            // Blank lines between requests are skipped, as QHttpServer does.
            if (m_head.isEmpty()) {
                while (i < size && (data[i] == '\r' || data[i] == '\n' || data[i] == ' ' || data[i] == '\t'))
                    ++i;
                if (i == size)
                    return Verdict::Ok;
            }
            // Only the newly appended part (plus 3 bytes of overlap) is searched.
            const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
            const qsizetype room = m_limits.maxHeaderBytes + 4 - m_head.size();
            const qsizetype chunk = std::min<qsizetype>(size - i, std::max<qsizetype>(room, 0) + 1);
            m_head.append(data + i, chunk);
            qsizetype end = -1;
            const qsizetype crlf = m_head.indexOf("\n\r\n", searchFrom);
            const qsizetype lf = m_head.indexOf("\n\n", searchFrom);
            if (crlf >= 0)
                end = crlf + 3;
            if (lf >= 0 && (end < 0 || lf + 2 < end))
                end = lf + 2;
            if (end < 0) {
                i += chunk;
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    m_state = State::Failed;
                    return m_failure = Verdict::HeaderTooLarge;
                }
                break;
            }
            // Bytes after the end of the header block belong to the body.
            const qsizetype consumed = end - (m_head.size() - chunk);
            m_head.truncate(end);
            i += consumed;
            if (m_head.size() > m_limits.maxHeaderBytes) {
                m_state = State::Failed;
                return m_failure = Verdict::HeaderTooLarge;
            }
            const Verdict v = headComplete();
            m_head.clear();
            if (v != Verdict::Ok) {
                m_state = State::Failed;
                return m_failure = v;
            }
            break;
        }
        }
    }
    return m_state == State::Failed ? m_failure : Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::headComplete()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
        return Verdict::BadRequest;
    qint64 length = 0;
    bool haveLength = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines[n];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || value.startsWith('+') || (haveLength && v != length))
                return Verdict::BadRequest;
            length = v;
            haveLength = true;
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            return Verdict::LengthRequired;
        }
    }
    if (length > m_limits.maxBodyBytes)
        return Verdict::BodyTooLarge;
    if (length > 0) {
        m_bodyRemaining = length;
        m_state = State::Body;
    } else {
        ++m_completed;
    }
    return Verdict::Ok;
}

} // namespace Bandwatch
