#pragma once

#include <QByteArray>

namespace Bandwatch {

// gzip (RFC 1952) for Content-Encoding, from the deflate stream qCompress()
// produces, so that the exporter needs no zlib of its own. Prometheus asks
// for gzip on every scrape, and /metrics with many series shrinks about 10x.
class GzipEncoder
{
public:
    // level 1 (fastest) .. 9; empty on failure.
    static QByteArray compress(const QByteArray &data, int level = 1);
    // Whether an Accept-Encoding header allows gzip (q > 0).
    static bool accepts(const QByteArray &acceptEncoding);
    static quint32 crc32(const QByteArray &data);
};

} // namespace Bandwatch
