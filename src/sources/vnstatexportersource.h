#pragma once

#include "core/counterrate.h"
#include "sources/httpresult.h"
#include "sources/source.h"
#include "sources/vnstatexporterbaseline.h"

#include <QElapsedTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace Bandwatch {

class HttpFetch;

// A remote host's traffic as served by the small "vnstat traffic exporter"
// services: GET <secret path> -> {"start_date":"YYYY-MM-DD","in":<MiB>,"out":<MiB>},
// the totals of the billing cycle that began on start_date, refreshed every
// five minutes (Bandwatch's own /api/v1/quotas/<name>/usage serves the same).
// Traffic per poll is the growth of those totals. A new start_date is a new
// cycle: its totals are counted from zero, whatever they are. Any other
// decrease is a reset (the exporter lost its data). The reply of an exporter
// that has not refreshed yet ({"start_date":"","in":0,"out":0}) is no data.
// Options:
//   url: http://host:50000/webhook/secret-...   (or url_file: a file holding it)
//   check_health: false        also GET /health on the same host first
//   series: total              series name of the two samples (in/out)
//   max_gap_intervals: 5       readings further apart than this many intervals are a gap
//   state_file: path           where the last reading is kept across restarts; default
//                              <data dir>/bandwatch/vnstat/<id>.exporter.json, "" = in memory only
// The path and query of the URL are a secret: no message or log line shows them.
class VnstatExporterSource : public Source
{
    Q_OBJECT
public:
    VnstatExporterSource(const SourceConfig &config, QObject *parent = nullptr);
    ~VnstatExporterSource() override;

    static QList<ConfigIssue> validate(const SourceConfig &config);

    void poll() override;
    void abort() override;

    // The URL as it may be shown: scheme, host and port, the path replaced.
    QString displayUrl() const { return m_displayUrl; }
    // `text` with every form of the secret path, query and full URL replaced.
    QString redact(QString text) const;

private:
    struct Baseline
    {
        CounterReading in;
        CounterReading out;
        QString startDate;
    };

    void fetch(const QUrl &url, void (VnstatExporterSource::*handler)(const HttpResult &));
    void onHealth(const HttpResult &result);
    void onTotals(const HttpResult &result);
    void clearFetch();
    QString describe(const HttpResult &result) const;
    QString excerpt(const QByteArray &body) const;
    Sample makeSample(Direction dir, const CounterDelta &delta, qint64 wallMs) const;
    void restoreBaseline(const QString &startDate, qint64 monoMs, qint64 wallMs);
    void saveBaseline(const VnstatExporterReading &reading);
    void succeed(const SampleList &samples);
    void fail(const QString &message, qint64 retryAfterMs = -1);

    QUrl m_url;
    QString m_displayUrl;
    QString m_configError;
    QStringList m_secretForms; // longest first
    bool m_checkHealth = false;
    QString m_series;
    int m_maxGapIntervals = 5;

    QNetworkAccessManager *m_manager = nullptr;
    HttpFetch *m_fetch = nullptr;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    std::optional<Baseline> m_baseline;
    VnstatExporterBaseline m_savedBaseline;
    bool m_restoreTried = false;
    QString m_lastStateWarning;
};

} // namespace Bandwatch
