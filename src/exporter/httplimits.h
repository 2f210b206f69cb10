#pragma once

#include <QtGlobal>

namespace Bandwatch {

// Bounds on what one client can make the server hold or wait for. Every
// request must arrive completely within requestTimeoutMs (slow senders),
// responses must drain within writeTimeoutMs (clients that stop reading),
// and idle keep-alive connections are closed after idleTimeoutMs.
struct HttpLimits
{
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers together
    int maxConnections = 128;
    qint64 requestTimeoutMs = 10'000;
    qint64 idleTimeoutMs = 120'000; // above common scrape intervals: no race with a reused connection
    qint64 writeTimeoutMs = 30'000;
    qint64 handshakeTimeoutMs = 10'000; // TLS
};

} // namespace Bandwatch
