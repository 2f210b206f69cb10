#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace Bandwatch {

// The reply of the small "vnstat traffic exporter" services,
//   GET <secret path>  ->  {"in":35.2,"out":0.05,"start_date":"2026-11-01"}
// `in`/`out` are the totals of the current billing cycle in MiB (2^20 bytes),
// rounded to two decimals (the upstream exporter sums `vnstat --begin
// start_date`); `start_date` is the first day of that cycle, so the totals
// drop to about zero when it changes. Before its first
// refresh the exporter answers {"in":0,"out":0,"start_date":""}.
//
// Read by the vnstat-exporter source and written by Bandwatch's own exporter,
// which serves the same API so it can replace such a service.
struct VnstatExporterTotals
{
    QString startDate; // "YYYY-MM-DD", or empty before the first refresh
    double inMiB = 0.0;
    double outMiB = 0.0;

    // The "not yet updated" reply: no data, which is neither zero traffic nor a reset.
    bool isNotYetUpdated() const { return startDate.isEmpty() && inMiB == 0.0 && outMiB == 0.0; }
    // MiB to bytes, rounded to the nearest byte.
    quint64 inBytes() const;
    quint64 outBytes() const;

    // Accepts what such exporters print (compact or indented, any key order,
    // numbers with or without decimals). Unknown keys are ignored.
    static std::optional<VnstatExporterTotals> fromJson(const QByteArray &json, QString *error);
    // Compact, keys sorted, as the Python exporter (Flask jsonify) prints it.
    QByteArray toJson() const;

    // The values an exporter serves for these byte totals (MiB rounded to two decimals).
    static VnstatExporterTotals fromBytes(const QDate &startDate, quint64 inBytes, quint64 outBytes);
    static VnstatExporterTotals notYetUpdated() { return {}; }

    // Whether an exporter's GET /health reply says "ok": {"status":"ok","timestamp":"..."}.
    // (Bandwatch's own /health, JsonApi::health, answers in that shape.)
    static bool isHealthy(const QByteArray &json, QString *status);

    friend bool operator==(const VnstatExporterTotals &, const VnstatExporterTotals &) = default;
};

} // namespace Bandwatch
