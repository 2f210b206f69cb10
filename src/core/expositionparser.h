#pragma once

#include "core/expositionerror.h"
#include "core/expositionformat.h"
#include "core/expositionvisitor.h"
#include "core/metricfamily.h"

#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

namespace Bandwatch {

// Parser for the Prometheus text exposition format 0.0.4 and OpenMetrics 1.0.
//
// It works on views over the body (no copy, no per-line allocation, no
// regular expressions) and reports through an ExpositionVisitor, so a caller
// materialises only the families it asks for. Every line is still checked.
//
// OpenMetrics is validated as strictly as the reference parser
// (prometheus_client.openmetrics.parser): metadata placement and repetition,
// name clashes, grouping and timestamp order, counter/histogram/summary/
// stateset/info value rules, exemplars, and the final "# EOF".
//
// The text format follows Prometheus' own parser (expfmt): comments and blank
// lines, HELP/TYPE, escapes, optional integer millisecond timestamps, and a
// line break after the last line (a body without it is reported as
// truncated). By default two things promtool rejects are accepted because
// real exporters emit them: a repeated HELP line and a repeated TYPE line
// with the same type (Kong prints both when stream listeners are on).
// `strict` turns them into errors as in promtool, as well as unknown escapes.
//
// Malformed input yields an error with its line number. Input is bounded by
// maxLineLength and maxLabels, so no body can make the parser hang or grow
// without limit.
class ExpositionParser
{
public:
    struct Options
    {
        ExpositionFormat format = ExpositionFormat::Unknown; // Unknown: sniff the body
        bool strict = false; // text format only, see above
        qsizetype maxLineLength = 1024 * 1024;
        int maxLabels = 128;
    };

    ExpositionParser() = default;
    explicit ExpositionParser(Options options)
        : m_options(options)
    { }

    const Options &options() const { return m_options; }

    // application/openmetrics-text -> OpenMetrics; text/plain -> PrometheusText;
    // anything else (or nothing) -> Unknown.
    static ExpositionFormat formatFromContentType(QByteArrayView contentType);
    // OpenMetrics when the body's last line is "# EOF", otherwise PrometheusText.
    static ExpositionFormat sniffFormat(QByteArrayView body);
    // Content-Type first, the body when the header says nothing useful.
    static ExpositionFormat detectFormat(QByteArrayView contentType, QByteArrayView body);

    // Parses `body` in the configured format (sniffed when Unknown). Returns
    // false and fills `error` on the first problem.
    bool parse(QByteArrayView body, ExpositionVisitor &visitor, ExpositionError *error = nullptr) const;

    // Convenience: the families, materialised. `wanted` (if set) selects
    // families by name; the others are checked but not copied.
    std::optional<QList<MetricFamily>> families(QByteArrayView body, ExpositionError *error = nullptr,
                                                const std::function<bool(QByteArrayView)> &wanted = {}) const;

private:
    Options m_options;
};

} // namespace Bandwatch
