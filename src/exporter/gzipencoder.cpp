#include "exporter/gzipencoder.h"

#include <QList>
#include <array>

namespace Bandwatch {

namespace {

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[n] = c;
    }
    return t;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

} // namespace

quint32 GzipEncoder::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray GzipEncoder::compress(const QByteArray &data, int level)
{
    // qCompress: 4 bytes of length (big-endian), then a zlib stream: a 2-byte
    // header, the raw deflate data and a 4-byte Adler-32, which gzip replaces
    // with its own header and a CRC-32 and length trailer.
    static const char header[10] = { '\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, 3 };
    QByteArray out(header, sizeof header);
    if (data.isEmpty()) {
        out.append("\x03\x00", 2); // qCompress() gives no stream for nothing: an empty final block
    } else {
        const QByteArray z = qCompress(data, level);
        if (z.size() < 4 + 2 + 4 || (quint8(z[5]) & 0x20) != 0) // no preset dictionary expected
            return {};
        out.reserve(z.size() + 12);
        out.append(z.constData() + 6, z.size() - 10);
    }
    appendLe32(out, crc32(data));
    appendLe32(out, quint32(data.size()));
    return out;
}

bool GzipEncoder::accepts(const QByteArray &acceptEncoding)
{
    for (const QByteArray &entry : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray coding = parts.value(0).trimmed().toLower();
        if (coding != "gzip" && coding != "x-gzip" && coding != "*")
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            if (p.startsWith("q="))
                q = p.mid(2).toDouble();
        }
        return q > 0.0;
    }
    return false;
}

} // namespace Bandwatch
