#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace Bandwatch {

enum class ExpositionFormat { PrometheusText, OpenMetrics };

// Writes the Prometheus text format 0.0.4 or OpenMetrics 1.0.0. Label sets
// are rendered once per series with renderLabels() and reused on every
// scrape; a family is written as HELP, TYPE (and UNIT) followed by all of its
// samples, so families never interleave. A family without samples is omitted.
class ExpositionWriter
{
public:
    enum class Type { Counter, Gauge };
    using LabelPairs = QList<std::pair<QByteArray, QString>>; // name (valid), value (any text)

    ExpositionWriter(ExpositionFormat format, QByteArray *out);

    // `name` is the sample name; a counter's ends in "_total" (OpenMetrics
    // names the family without it). `unit` is written for OpenMetrics only,
    // and only when the name ends in it.
    void family(const QByteArray &name, Type type, QStringView help, const QByteArray &unit = {});
    // labels: the output of renderLabels(), without braces; may be empty.
    void sample(const QByteArray &labels, const QByteArray &value)
    {
        sample(labels, value.constData(), value.size());
    }
    void sample(const QByteArray &labels, double value);
    void sample(const QByteArray &labels, quint64 value);
    // Ends the exposition ("# EOF" for OpenMetrics).
    void finish();

    ExpositionFormat format() const { return m_format; }

    static QByteArray renderLabels(const LabelPairs &labels);
    static void appendLabelValue(QByteArray &out, QStringView value);
    static QByteArray escapeHelp(QStringView help, ExpositionFormat format);
    // Shortest text that reads back as the same double; NaN, +Inf, -Inf.
    static QByteArray formatValue(double value);
    // Any text -> a valid label name ([a-zA-Z_][a-zA-Z0-9_]*, not "__...").
    static QByteArray sanitizeLabelName(const QString &name);

    static QByteArray contentType(ExpositionFormat format);
    // Picks the format from an Accept header by its q-values; text 0.0.4
    // unless OpenMetrics is preferred.
    static ExpositionFormat negotiate(const QByteArray &acceptHeader);

private:
    void sample(const QByteArray &labels, const char *value, qsizetype size);

    ExpositionFormat m_format;
    QByteArray *m_out;
    QByteArray m_sampleName;
    QByteArray m_pendingHeader;
};

} // namespace Bandwatch
