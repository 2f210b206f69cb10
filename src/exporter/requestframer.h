#pragma once

#include "exporter/httplimits.h"

#include <QByteArray>

namespace Bandwatch {

// Follows the request boundaries of one HTTP/1.1 connection byte by byte,
// ahead of QHttpServer (which buffers whatever arrives, without bounds), and
// says as soon as a request breaks a limit: a header block beyond
// maxHeaderBytes, a Content-Length beyond maxBodyBytes, a chunked body (no
// length to check up front: 411), or a malformed request line or length.
class RequestFramer
{
public:
    enum class Verdict { Ok, HeaderTooLarge, BodyTooLarge, LengthRequired, BadRequest };

    explicit RequestFramer(const HttpLimits &limits)
        : m_limits(limits)
    { }

    // Feeds the bytes that arrived; Ok while nothing is wrong.
    Verdict feed(const char *data, qsizetype size);
    Verdict feed(const QByteArray &data) { return feed(data.constData(), data.size()); }

    // Part of a request has arrived but not all of it.
    bool inRequest() const { return m_state == State::Body || !m_head.isEmpty(); }
    int completedRequests() const { return m_completed; }

private:
    enum class State { Head, Body, Failed };

    Verdict headComplete();

    HttpLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    int m_completed = 0;
    Verdict m_failure = Verdict::Ok;
};

} // namespace Bandwatch
