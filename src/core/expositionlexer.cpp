#include "core/expositionlexer.h"

namespace Bandwatch::Exposition {

qsizetype unescapedCodePoints(QByteArrayView raw)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == '\\' && i + 1 < raw.size() && (raw[i + 1] == '\\' || raw[i + 1] == 'n' || raw[i + 1] == '"'))
            ++i;
        ++n;
    }
    return n;
}

QString quoted(QByteArrayView s)
{
    QString text = QString::fromUtf8(s.first(qMin<qsizetype>(s.size(), 80)));
    if (s.size() > 80)
        text += QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace Bandwatch::Exposition
