#include "gui/fallbacktranslator.h"

namespace Bandwatch {

QString FallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                      int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || !context || qstrncmp(context, "Bandwatch", 9) == 0)
        return text;
    const QByteArray qualified = QByteArrayLiteral("Bandwatch::") + context;
    text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
    if (!text.isEmpty())
        return text;
    return QTranslator::translate("Bandwatch", sourceText, disambiguation, n);
}

} // namespace Bandwatch
