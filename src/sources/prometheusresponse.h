#pragma once

#include "core/sample.h" // Labels

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace Bandwatch {

// One series of a Prometheus HTTP API answer: its labels and its points
// (timestamp in UTC milliseconds, value). Matrix results carry many points,
// vector and scalar results one.
struct PrometheusSeries
{
    Labels metric;
    QList<QPair<qint64, double>> points;
};

// Parser for the JSON of /api/v1/query and /api/v1/query_range.
class PrometheusResponse
{
public:
    // Series of a {"status":"success"} answer (matrix, vector or scalar).
    // nullopt with `error` for {"status":"error"} (as "errorType: error"),
    // string results, and anything that is not such an answer (truncated or
    // malformed JSON included). Values arrive as strings ("1155.6", "NaN",
    // "+Inf"); points whose value is not a finite number are dropped and
    // counted in `dropped`.
    static std::optional<QList<PrometheusSeries>> parse(const QByteArray &body, QString *error,
                                                        int *dropped = nullptr);

    // The server's own error text if `body` is {"status":"error",...}; empty otherwise.
    static QString errorMessage(const QByteArray &body);
};

} // namespace Bandwatch
