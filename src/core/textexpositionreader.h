#pragma once

#include "core/expositionreader.h"

#include <QHash>
#include <vector>

namespace Bandwatch::Exposition {

// The Prometheus text format 0.0.4, as Prometheus' own parser (expfmt) reads it.
class TextExpositionReader final : public ExpositionReader
{
public:
    using ExpositionReader::ExpositionReader;

private:
    bool line(QByteArrayView line, bool terminated) override;
    bool finish(QByteArrayView body) override;

    struct TextFamily
    {
        QByteArray name;
        MetricType type = MetricType::Unknown;
        bool typeSet = false;
        bool helpSet = false;
        bool hasSamples = false;
        QByteArrayView help;
    };
    bool textLine(QByteArrayView line);
    bool textComment(const char *p, const char *end);
    bool textSample(const char *p, const char *end);
    bool parseLabelsText(const char *&p, const char *end, LabelBuffer &labels);
    int textFamilyFor(QByteArrayView sampleName);
    int textFamily(QByteArrayView name, bool create);
    void textSwitchTo(int index);
    ExpositionFamily textView(int index) const;

    std::vector<TextFamily> m_textFamilies;
    QHash<QByteArray, int> m_textIndex;
    int m_textCurrent = -1;
};

} // namespace Bandwatch::Exposition
