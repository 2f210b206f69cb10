#pragma once

#include <QTranslator>

namespace Bandwatch {

// Our translations, looked up the way lupdate filed them. Code outside
// QObject classes translates through small helpers with a plain context
// ("ConfigLoader"), but lupdate files those tr() calls under the class or
// namespace they appear in ("Bandwatch::ConfigLoader", "Bandwatch"), so a
// message not found under its own context is looked up there too.
class FallbackTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace Bandwatch
