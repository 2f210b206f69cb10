#include "sources/prometheussource.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPrometheus, "bandwatch.source.prometheus")

namespace Bandwatch {

namespace {

constexpr qint64 kDefaultMaxBody = 64LL * 1024 * 1024;
constexpr int kServerMaxPoints = 11000;

const QStringList &knownOptions()
{
    static const QStringList known { QStringLiteral("url"),
                                     QStringLiteral("query"),
                                     QStringLiteral("value"),
                                     QStringLiteral("series_labels"),
                                     QStringLiteral("direction_label"),
                                     QStringLiteral("direction"),
                                     QStringLiteral("mode"),
                                     QStringLiteral("step"),
                                     QStringLiteral("delay"),
                                     QStringLiteral("max_backfill"),
                                     QStringLiteral("max_points"),
                                     QStringLiteral("max_body"),
                                     QStringLiteral("username"),
                                     QStringLiteral("password"),
                                     QStringLiteral("token"),
                                     QStringLiteral("header"),
                                     QStringLiteral("ca_file") };
    return known;
}

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

qint64 ceilTo(qint64 value, qint64 step)
{
    const qint64 f = floorTo(value, step);
    return f == value ? f : f + step;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

PrometheusSource::PrometheusSource(const SourceConfig &config, QObject *parent)
    : Source(config, parent)
    , m_base(config.string(QStringLiteral("url")).trimmed(), QUrl::StrictMode)
    , m_query(config.string(QStringLiteral("query")))
    , m_nam(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    const QString kind = config.string(QStringLiteral("value"), QStringLiteral("bytes_per_second"));
    m_kind = kind == u"bits_per_second" ? ValueKind::BitsPerSecond
        : kind == u"counter"            ? ValueKind::Counter
                                        : ValueKind::BytesPerSecond;
    m_instant = config.string(QStringLiteral("mode")) == u"instant";
    m_stepMs = qMax<qint64>(1000, config.durationMs(QStringLiteral("step"), config.interval.count()));
    // A rate point at the newest step is computed from the scrapes ingested so
    // far and never read again: stay behind until later scrapes are in.
    const qint64 defaultDelayMs = m_instant ? 0 : qMax<qint64>(30000, m_stepMs);
    m_delayMs = qMax<qint64>(0, config.durationMs(QStringLiteral("delay"), defaultDelayMs));
    m_maxBackfillMs = config.durationMs(QStringLiteral("max_backfill"), m_maxBackfillMs);
    bool pointsOk = false;
    const int points = config.string(QStringLiteral("max_points")).toInt(&pointsOk);
    m_maxPoints = pointsOk && points >= 2 && points <= kServerMaxPoints ? points : kServerMaxPoints;
    m_chunkPoints = m_maxPoints;

    m_template.accept = "application/json";
    m_template.timeout = config.timeout;
    m_template.username = config.string(QStringLiteral("username"));
    m_template.password = config.string(QStringLiteral("password"));
    m_template.maxBodyBytes = kDefaultMaxBody;
    if (config.options.contains(QStringLiteral("ca_file"))) {
        // Falling back to the system CAs would trust what the user meant to exclude.
        const auto cas = HttpFetch::loadCaFile(config.string(QStringLiteral("ca_file")), &m_caError);
        if (cas)
            m_template.caCertificates = *cas;
        else if (m_caError.isEmpty())
            m_caError = tr("ca_file: cannot be loaded");
    }
    if (config.options.contains(QStringLiteral("max_body")))
        m_template.maxBodyBytes =
            qint64(Units::parseBytes(config.string(QStringLiteral("max_body"))).value_or(kDefaultMaxBody));
    const QString token = config.string(QStringLiteral("token"));
    if (!token.isEmpty()) {
        const QString header = config.string(QStringLiteral("header"), QStringLiteral("Authorization"));
        const bool bearer =
            header.compare(u"Authorization", Qt::CaseInsensitive) == 0 && !token.contains(u' ');
        m_template.headers.append(
            { header.toLatin1(), (bearer ? QStringLiteral("Bearer ") + token : token).toUtf8() });
    }

    PrometheusSamples::Options options;
    options.sourceId = config.id;
    options.kind = m_kind;
    options.seriesLabels = config.stringList(QStringLiteral("series_labels"));
    options.directionLabel = config.string(QStringLiteral("direction_label"), QStringLiteral("direction"));
    parseDirection(config.string(QStringLiteral("direction"), QStringLiteral("in")),
                   &options.defaultDirection);
    options.instant = m_instant;
    options.stepMs = m_stepMs;
    options.intervalMs = config.interval.count();
    m_samples = PrometheusSamples(options);
}

PrometheusSource::~PrometheusSource()
{
    abort();
}

QList<ConfigIssue> PrometheusSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues;
    for (const QString &key : config.options.keys())
        if (!knownOptions().contains(key))
            issues << ConfigIssue { key,
                                    tr("unknown option \"%1\" for a prometheus source (known: %2)")
                                        .arg(key, knownOptions().join(QStringLiteral(", "))) };
    const QUrl url(config.string(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
    if (config.string(QStringLiteral("url")).isEmpty())
        issues << ConfigIssue {
            QStringLiteral("url"),
            tr("a prometheus source needs url: (the server, e.g. http://prometheus:9090)")
        };
    else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        issues << ConfigIssue {
            QStringLiteral("url"),
            tr("\"%1\" is not an http:// or https:// URL").arg(HttpFetch::redactedUrl(url))
        };
    if (config.options.contains(QStringLiteral("ca_file"))) {
        QString error;
        if (!HttpFetch::loadCaFile(config.string(QStringLiteral("ca_file")), &error))
            issues << ConfigIssue { QStringLiteral("ca_file"), error };
    }
    if (config.string(QStringLiteral("query")).trimmed().isEmpty())
        issues << ConfigIssue { QStringLiteral("query"),
                                tr("a prometheus source needs query: (a PromQL expression)") };
    const QString value = config.string(QStringLiteral("value"), QStringLiteral("bytes_per_second"));
    if (value != u"bytes_per_second" && value != u"bits_per_second" && value != u"counter")
        issues << ConfigIssue {
            QStringLiteral("value"),
            tr("value: \"%1\" is not one of bytes_per_second, bits_per_second, counter").arg(value)
        };
    const QString mode = config.string(QStringLiteral("mode"), QStringLiteral("range"));
    if (mode != u"range" && mode != u"instant")
        issues << ConfigIssue { QStringLiteral("mode"),
                                tr("mode: \"%1\" is not one of range, instant").arg(mode) };
    Direction d;
    if (config.options.contains(QStringLiteral("direction"))
        && !parseDirection(config.string(QStringLiteral("direction")), &d))
        issues << ConfigIssue { QStringLiteral("direction"), tr("direction: must be in or out") };
    if (config.options.contains(QStringLiteral("direction_label"))
        && config.string(QStringLiteral("direction_label")).isEmpty())
        issues << ConfigIssue { QStringLiteral("direction_label"), tr("direction_label: must name a label") };
    for (const QString &key :
         { QStringLiteral("step"), QStringLiteral("delay"), QStringLiteral("max_backfill") }) {
        if (!config.options.contains(key))
            continue;
        QString error;
        const auto dur = Units::parseDuration(config.string(key), &error);
        if (!dur)
            issues << ConfigIssue { key, QStringLiteral("%1: %2").arg(key, error) };
        else if (key == u"step" && dur->count() < 1000)
            issues << ConfigIssue { key, tr("step: must be at least 1s") };
    }
    if (config.options.contains(QStringLiteral("max_points"))) {
        bool ok = false;
        const int n = config.string(QStringLiteral("max_points")).toInt(&ok);
        if (!ok || n < 2 || n > kServerMaxPoints)
            issues << ConfigIssue {
                QStringLiteral("max_points"),
                tr("max_points: must be a whole number from 2 to %1").arg(kServerMaxPoints)
            };
    }
    if (config.options.contains(QStringLiteral("max_body"))) {
        QString error;
        const auto bytes = Units::parseBytes(config.string(QStringLiteral("max_body")), &error);
        if (!bytes || *bytes == 0)
            issues << ConfigIssue {
                QStringLiteral("max_body"),
                tr("max_body: %1").arg(error.isEmpty() ? tr("must be more than 0 bytes") : error)
            };
    }
    if (!config.string(QStringLiteral("password")).isEmpty()
        && config.string(QStringLiteral("username")).isEmpty())
        issues << ConfigIssue { QStringLiteral("password"), tr("password: needs username:") };
    if (config.options.contains(QStringLiteral("header")) && config.string(QStringLiteral("token")).isEmpty())
        issues << ConfigIssue { QStringLiteral("header"),
                                tr("header: names the header for token:, which is missing") };
    return issues;
}

void PrometheusSource::setBackfillFrom(const QDateTime &from)
{
    m_backfillFromMs = from.isValid() ? from.toMSecsSinceEpoch() : -1;
}

HttpRequest PrometheusSource::makeRequest(const QString &endpoint,
                                          const QList<QPair<QString, QString>> &params) const
{
    HttpRequest req = m_template;
    QUrl url = m_base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/") + endpoint);
    req.url = url;
    // POST keeps long PromQL out of URL length limits; every character that
    // means something in a form ('+', '&', '=') is percent-encoded.
    req.method = "POST";
    req.contentType = "application/x-www-form-urlencoded";
    for (const auto &p : params) {
        if (!req.body.isEmpty())
            req.body += '&';
        req.body += p.first.toUtf8() + '=' + QUrl::toPercentEncoding(p.second);
    }
    return req;
}

void PrometheusSource::poll()
{
    abort();
    m_chunks.clear();
    m_requestsInPoll = 0;
    m_droppedInPoll = 0;
    m_pollNowMs = m_clock() - m_delayMs;
    if (!m_caError.isEmpty()) {
        finishLater(m_caError);
        return;
    }

    if (m_instant) {
        m_inFlight = true;
        startNextRequest();
        return;
    }

    const qint64 end = floorTo(m_pollNowMs, m_stepMs);
    qint64 start;
    if (m_nextStartMs >= 0) {
        start = m_nextStartMs;
    } else if (m_backfillFromMs >= 0) {
        // History since the last stored sample: the first rate point whose
        // interval starts at or after it (counters: the baseline point there).
        const qint64 from = qMax(m_backfillFromMs, end - m_maxBackfillMs);
        start = ceilTo(from, m_stepMs) + (m_kind == ValueKind::Counter ? 0 : m_stepMs);
    } else {
        start = m_kind == ValueKind::Counter ? end - m_stepMs : end;
    }
    m_pollEndMs = end;
    if (start > end) {
        // Nothing new since the last poll (polled faster than the step).
        finishLater(QString());
        return;
    }
    const qint64 chunkSpan = qint64(m_chunkPoints - 1) * m_stepMs;
    for (qint64 s = start; s <= end; s += chunkSpan + m_stepMs)
        m_chunks.append({ s, qMin(s + chunkSpan, end) });
    m_inFlight = true;
    startNextRequest();
}

void PrometheusSource::finishLater(const QString &failure)
{
    // Never answer from inside poll(): the caller may not be ready for it.
    const quint64 pollId = m_pollId;
    QTimer::singleShot(0, this, [this, pollId, failure] {
        if (pollId != m_pollId) // aborted or superseded meanwhile
            return;
        if (failure.isEmpty())
            Q_EMIT pollSucceeded({});
        else
            Q_EMIT pollFailed(failure);
    });
}

void PrometheusSource::startNextRequest()
{
    HttpRequest req;
    if (m_instant) {
        req = makeRequest(
            QStringLiteral("query"),
            { { QStringLiteral("query"), m_query }, { QStringLiteral("time"), seconds(m_pollNowMs) } });
    } else {
        m_chunk = m_chunks.takeFirst();
        req = makeRequest(QStringLiteral("query_range"),
                          { { QStringLiteral("query"), m_query },
                            { QStringLiteral("start"), seconds(m_chunk.startMs) },
                            { QStringLiteral("end"), seconds(m_chunk.endMs) },
                            { QStringLiteral("step"), seconds(m_stepMs) } });
    }
    ++m_requestsInPoll;
    m_fetch = new HttpFetch(m_nam, req, this);
    connect(m_fetch, &HttpFetch::finished, this, &PrometheusSource::onFetched);
    m_fetch->start();
}

void PrometheusSource::abort()
{
    ++m_pollId;
    if (m_fetch) {
        m_fetch->abort();
        m_fetch->deleteLater();
    }
    m_fetch = nullptr;
    m_inFlight = false;
    m_chunks.clear();
}

void PrometheusSource::logDropped()
{
    if (m_droppedInPoll > 0)
        qCWarning(lcPrometheus).noquote()
            << QStringLiteral("source %1: dropped %2 points that were not finite numbers (NaN or Inf)")
                   .arg(id())
                   .arg(m_droppedInPoll);
    m_droppedInPoll = 0;
}

void PrometheusSource::fail(const QString &message, qint64 retryAfterMs)
{
    m_inFlight = false;
    m_chunks.clear();
    logDropped();
    Q_EMIT pollFailed(message, retryAfterMs);
}

void PrometheusSource::onFetched(const HttpResult &result)
{
    if (m_fetch)
        m_fetch->deleteLater();
    m_fetch = nullptr;
    if (!m_inFlight)
        return;
    const QString where = HttpFetch::redactedUrl(m_base);
    if (result.error == HttpResult::Error::TooLarge && !m_instant && m_chunk.endMs > m_chunk.startMs) {
        // Fewer points per request, this chunk and every later one.
        const qint64 points = (m_chunk.endMs - m_chunk.startMs) / m_stepMs + 1;
        const qint64 firstHalf = points / 2;
        m_chunkPoints = int(qMax<qint64>(1, qMin<qint64>(m_chunkPoints, firstHalf)));
        const qint64 mid = m_chunk.startMs + (firstHalf - 1) * m_stepMs;
        m_chunks.prepend({ mid + m_stepMs, m_chunk.endMs });
        m_chunks.prepend({ m_chunk.startMs, mid });
        startNextRequest();
        return;
    }
    if (!result.ok()) {
        const QString apiError = PrometheusResponse::errorMessage(result.body);
        if (!apiError.isEmpty())
            fail(tr("Prometheus at %1: %2").arg(where, apiError), result.retryAfterMs);
        else
            fail(result.errorString, result.retryAfterMs);
        return;
    }
    QString error;
    int dropped = 0;
    const auto series = PrometheusResponse::parse(result.body, &error, &dropped);
    if (!series) {
        fail(tr("Prometheus at %1: %2").arg(where, error));
        return;
    }
    m_droppedInPoll += dropped;

    qint64 instantInterval =
        m_lastInstantMs >= 0 ? m_pollNowMs - m_lastInstantMs : qint64(config().interval.count());
    // After a restart, the interval before the first instant poll may
    // already be stored: never attribute traffic before the last sample.
    if (m_lastInstantMs < 0 && m_backfillFromMs >= 0)
        instantInterval = qMin(instantInterval, m_pollNowMs - m_backfillFromMs);
    // Each chunk is complete on its own: commit it (state and position).
    const SampleList samples = m_samples.convert(*series, m_pollNowMs, instantInterval, &error);
    if (!error.isEmpty()) {
        fail(tr("Prometheus at %1: %2").arg(where, error));
        return;
    }
    if (m_instant)
        m_lastInstantMs = m_pollNowMs;
    else
        m_nextStartMs = m_chunk.endMs + m_stepMs;
    if (!m_chunks.isEmpty()) {
        Q_EMIT pollProgress(samples);
        startNextRequest();
        return;
    }
    m_inFlight = false;
    logDropped();
    Q_EMIT pollSucceeded(samples);
}

} // namespace Bandwatch
