#include "core/textexcerpt.h"

namespace Bandwatch {

QString TextExcerpt::printable(const QByteArray &bytes, int maxChars)
{
    QString text = QString::fromUtf8(bytes.left(qsizetype(maxChars) * 4)).simplified();
    for (QChar &c : text)
        if (!c.isPrint())
            c = QLatin1Char('?');
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("...");
    return text;
}

} // namespace Bandwatch
