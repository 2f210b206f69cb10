#include "sources/vnstatexportersource.h"

#include "core/vnstatexportertotals.h"
#include "sources/httpfetch.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcVnstatExporter, "bandwatch.source.vnstat-exporter")

namespace Bandwatch {

namespace {

constexpr qint64 kMaxBodyBytes = 64 * 1024;

const QStringList &knownOptions()
{
    static const QStringList keys {
        QStringLiteral("url"),    QStringLiteral("url_file"),          QStringLiteral("check_health"),
        QStringLiteral("series"), QStringLiteral("max_gap_intervals"), QStringLiteral("state_file")
    };
    return keys;
}

bool isBoolean(const QString &text)
{
    static const QStringList words { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                     QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                     QStringLiteral("1"),    QStringLiteral("0") };
    return words.contains(text.toLower());
}

QString defaultStatePath(const QString &sourceId)
{
    QString safe = sourceId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/bandwatch/vnstat/") + safe + QStringLiteral(".exporter.json");
}

} // namespace

VnstatExporterSource::VnstatExporterSource(const SourceConfig &config, QObject *parent)
    : Source(config, parent)
    , m_checkHealth(config.boolean(QStringLiteral("check_health"), false))
    , m_series(config.string(QStringLiteral("series"), QStringLiteral("total")))
    , m_maxGapIntervals(
          std::max(1, config.string(QStringLiteral("max_gap_intervals"), QStringLiteral("5")).toInt()))
    , m_manager(new QNetworkAccessManager(this))
{
    m_clock.start();
    QString error;
    const QString text = config.secret(QStringLiteral("url"), &error).trimmed();
    m_url = QUrl(text, QUrl::StrictMode);
    if (!error.isEmpty())
        m_configError = tr("cannot read url_file: %1").arg(error);
    else if (text.isEmpty())
        m_configError = tr("no url configured");
    else if (!m_url.isValid() || m_url.host().isEmpty()
             || (m_url.scheme() != u"http" && m_url.scheme() != u"https"))
        m_configError = tr("url is not an http:// or https:// URL with a host");

    QUrl shown =
        m_url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_displayUrl = shown.toDisplayString() + QStringLiteral("/<secret path>");

    // Every spelling in which the URL, its path or its query might appear in
    // a message (Qt quotes URLs encoded, decoded or "pretty").
    const QString path = m_url.path(QUrl::FullyEncoded);
    QStringList urls, parts;
    for (const QUrl &u : { m_url, m_url.adjusted(QUrl::RemoveUserInfo) }) {
        urls << u.toString(QUrl::FullyEncoded) << u.toString() << u.toDisplayString()
             << HttpFetch::redactedUrl(u);
    }
    if (path.size() > 1)
        parts << path << m_url.path(QUrl::FullyDecoded) << m_url.path(QUrl::PrettyDecoded);
    if (m_url.hasQuery())
        parts << m_url.query(QUrl::FullyEncoded) << m_url.query(QUrl::FullyDecoded);
    for (const QString &s : urls + parts)
        if (s.size() > 1 && !m_secretForms.contains(s))
            m_secretForms << s;
    std::sort(m_secretForms.begin(), m_secretForms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    const QString statePath = config.options.contains(QStringLiteral("state_file"))
        ? config.string(QStringLiteral("state_file"))
        : defaultStatePath(config.id);
    m_savedBaseline = VnstatExporterBaseline(statePath, m_url.toString(QUrl::FullyEncoded));
}

VnstatExporterSource::~VnstatExporterSource()
{
    ++m_generation;
    clearFetch();
}

QList<ConfigIssue> VnstatExporterSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues;
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (!knownOptions().contains(it.key()))
            issues << ConfigIssue { it.key(),
                                    tr("unknown option \"%1\" for a vnstat-exporter source (known: %2)")
                                        .arg(it.key(), knownOptions().join(QStringLiteral(", "))) };
        else if (it->typeId() != QMetaType::QString)
            issues << ConfigIssue { it.key(), tr("%1 must be a single value").arg(it.key()) };
    }
    const bool hasUrl = config.options.contains(QStringLiteral("url"));
    const bool hasFile = config.options.contains(QStringLiteral("url_file"));
    if (hasUrl == hasFile) {
        issues << ConfigIssue { hasUrl ? QStringLiteral("url_file") : QStringLiteral("url"),
                                hasUrl
                                    ? tr("give either url or url_file, not both")
                                    : tr("url is required: the exporter's address including its secret path, "
                                         "e.g. http://host:50000/webhook/secret-... (or url_file)") };
    } else if (hasUrl) {
        // Never quote the value: its path is the secret.
        const QUrl url(config.string(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            issues << ConfigIssue { QStringLiteral("url"),
                                    tr("url is not an http:// or https:// URL with a host") };
        else if (url.path().size() <= 1)
            issues << ConfigIssue { QStringLiteral("url"),
                                    tr("url has no path: the exporter serves its totals on "
                                       "its secret path, e.g. /webhook/secret-...") };
    }
    if (config.options.contains(QStringLiteral("check_health"))
        && !isBoolean(config.string(QStringLiteral("check_health"))))
        issues << ConfigIssue { QStringLiteral("check_health"), tr("check_health must be true or false") };
    if (config.options.contains(QStringLiteral("series"))
        && config.string(QStringLiteral("series")).trimmed().isEmpty())
        issues << ConfigIssue { QStringLiteral("series"), tr("series must not be empty") };
    if (config.options.contains(QStringLiteral("max_gap_intervals"))) {
        bool ok = false;
        const int n = config.string(QStringLiteral("max_gap_intervals")).toInt(&ok);
        if (!ok || n < 1)
            issues << ConfigIssue { QStringLiteral("max_gap_intervals"),
                                    tr("max_gap_intervals must be a whole number of at least 1") };
    }
    return issues;
}

QString VnstatExporterSource::redact(QString text) const
{
    for (const QString &secret : m_secretForms)
        text.replace(secret,
                     secret.contains(QLatin1String("://")) ? m_displayUrl : QStringLiteral("/<secret path>"));
    return text;
}

void VnstatExporterSource::poll()
{
    clearFetch();
    if (!m_configError.isEmpty()) {
        fail(m_configError);
        return;
    }
    if (m_checkHealth) {
        QUrl health = m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        health.setPath(QStringLiteral("/health"));
        fetch(health, &VnstatExporterSource::onHealth);
    } else {
        fetch(m_url, &VnstatExporterSource::onTotals);
    }
}

void VnstatExporterSource::abort()
{
    ++m_generation;
    clearFetch();
}

void VnstatExporterSource::fetch(const QUrl &url, void (VnstatExporterSource::*handler)(const HttpResult &))
{
    HttpRequest request;
    request.url = url;
    request.accept = QByteArrayLiteral("application/json");
    request.timeout = std::max(std::chrono::milliseconds(500), config().timeout * 9 / 10);
    request.maxBodyBytes = kMaxBodyBytes;
    request.secretPath = true; // the path is the exporter's secret
    m_fetch = new HttpFetch(m_manager, request, this);
    connect(m_fetch, &HttpFetch::finished, this, handler);
    m_fetch->start();
}

void VnstatExporterSource::clearFetch()
{
    if (!m_fetch)
        return;
    m_fetch->abort();
    m_fetch->disconnect(this);
    m_fetch->deleteLater();
    m_fetch = nullptr;
}

QString VnstatExporterSource::describe(const HttpResult &result) const
{
    // HttpFetch quotes a cut-off excerpt of the body for HTTP errors: an
    // error page that repeats the secret path could be cut in the middle of
    // it, where replacing it no longer works. So redact first, then cut.
    if (result.error == HttpResult::Error::HttpStatus) {
        QString message = tr("HTTP %1 from %2").arg(result.httpStatus).arg(m_displayUrl);
        const QString excerpt = HttpFetch::bodyExcerpt(redact(QString::fromUtf8(result.body)).toUtf8(), 160);
        if (!excerpt.isEmpty())
            message += QStringLiteral(": ") + excerpt;
        return message;
    }
    return redact(result.errorString);
}

QString VnstatExporterSource::excerpt(const QByteArray &body) const
{
    return HttpFetch::bodyExcerpt(redact(QString::fromUtf8(body)).toUtf8(), 120);
}

void VnstatExporterSource::onHealth(const HttpResult &result)
{
    clearFetch();
    if (!result.ok()) {
        fail(tr("health check failed: %1").arg(describe(result)), result.retryAfterMs);
        return;
    }
    QString status;
    if (!VnstatExporterTotals::isHealthy(result.body, &status)) {
        fail(tr("the exporter at %1 reports itself unhealthy (status \"%2\")")
                 .arg(m_displayUrl, excerpt(status.toUtf8().left(60))));
        return;
    }
    fetch(m_url, &VnstatExporterSource::onTotals);
}

void VnstatExporterSource::onTotals(const HttpResult &result)
{
    clearFetch();
    if (!result.ok()) {
        QString message = describe(result);
        if (result.httpStatus == 404)
            message += tr(" (is the secret path in url right?)");
        fail(message, result.retryAfterMs);
        return;
    }
    QString error;
    const std::optional<VnstatExporterTotals> totals = VnstatExporterTotals::fromJson(result.body, &error);
    if (!totals) {
        fail(tr("the answer of %1 is not a vnstat exporter's totals (%2): %3")
                 .arg(m_displayUrl, error, excerpt(result.body)));
        return;
    }
    if (totals->isNotYetUpdated()) {
        // The exporter has not read vnstat yet: no data, and nothing to
        // compare with; the baseline stays as it was.
        succeed({});
        return;
    }

    const qint64 monoMs = m_clock.elapsed();
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();
    const Baseline now { { monoMs, totals->inBytes() }, { monoMs, totals->outBytes() }, totals->startDate };
    if (!m_baseline)
        restoreBaseline(now.startDate, monoMs, wallMs);
    saveBaseline({ now.in.value, now.out.value, now.startDate, wallMs });
    if (!m_baseline) {
        m_baseline = now;
        succeed({});
        return;
    }
    // The totals are per billing cycle: after a roll-over they count from
    // zero again, even when the new cycle has already passed the old one's
    // last reading (a difference would then be too small, not a reset).
    const bool newCycle = !m_baseline->startDate.isEmpty() && m_baseline->startDate != now.startDate;
    Baseline previous = *m_baseline;
    if (newCycle) {
        previous.in.value = 0;
        previous.out.value = 0;
        qCInfo(lcVnstatExporter).noquote()
            << QStringLiteral("source %1: a new billing cycle began on %2 at %3; its totals count from zero")
                   .arg(id(), now.startDate, m_displayUrl);
    }
    const qint64 maxGapMs = qint64(m_maxGapIntervals) * config().interval.count();
    const CounterDelta in = CounterRate::between(previous.in, now.in, CounterWidth::Unbounded, maxGapMs);
    const CounterDelta out = CounterRate::between(previous.out, now.out, CounterWidth::Unbounded, maxGapMs);
    if (in.kind == CounterDelta::Kind::Reset || out.kind == CounterDelta::Kind::Reset)
        qCInfo(lcVnstatExporter).noquote()
            << QStringLiteral("source %1: the totals of %2 went down; counted as a reset")
                   .arg(id(), m_displayUrl);
    m_baseline = now;
    SampleList samples;
    if (in.isUsable())
        samples << makeSample(Direction::In, in, wallMs);
    if (out.isUsable())
        samples << makeSample(Direction::Out, out, wallMs);
    succeed(samples);
}

void VnstatExporterSource::restoreBaseline(const QString &startDate, qint64 monoMs, qint64 wallMs)
{
    if (m_restoreTried)
        return;
    m_restoreTried = true;
    QString error;
    const std::optional<VnstatExporterReading> saved = m_savedBaseline.load(&error);
    if (!error.isEmpty())
        qCWarning(lcVnstatExporter).noquote() << QStringLiteral("source %1: %2").arg(id(), error);
    // Only within the same cycle: across a roll-over the old totals say
    // nothing about the new ones. A reading from the future (the clock was
    // set back) gives a bad interval below, and no sample.
    if (!saved || saved->startDate.isEmpty() || saved->startDate != startDate)
        return;
    const qint64 atMs = monoMs - (wallMs - saved->wallMs);
    m_baseline = Baseline { { atMs, saved->inBytes }, { atMs, saved->outBytes }, saved->startDate };
}

void VnstatExporterSource::saveBaseline(const VnstatExporterReading &reading)
{
    QString error;
    if (m_savedBaseline.save(reading, &error)) {
        m_lastStateWarning.clear();
        return;
    }
    if (error != m_lastStateWarning)
        qCWarning(lcVnstatExporter).noquote()
            << QStringLiteral("source %1: %2 (after a restart the first poll only takes a new baseline)")
                   .arg(id(), error);
    m_lastStateWarning = error;
}

Sample VnstatExporterSource::makeSample(Direction dir, const CounterDelta &delta, qint64 wallMs) const
{
    Sample s;
    s.key.source = id();
    s.key.series = m_series;
    s.key.direction = dir;
    s.endMs = wallMs;
    s.startMs = wallMs - delta.intervalMs;
    s.bytes = delta.bytes;
    s.bps = delta.bitsPerSecond;
    return s;
}

void VnstatExporterSource::succeed(const SampleList &samples)
{
    // HttpFetch answers asynchronously already; the generation check keeps an
    // aborted poll silent even if an answer was on its way.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, samples] {
        if (generation == m_generation)
            Q_EMIT pollSucceeded(samples);
    });
}

void VnstatExporterSource::fail(const QString &message, qint64 retryAfterMs)
{
    const quint64 generation = m_generation;
    const QString safe = redact(message);
    QTimer::singleShot(0, this, [this, generation, safe, retryAfterMs] {
        if (generation == m_generation)
            Q_EMIT pollFailed(safe, retryAfterMs);
    });
}

} // namespace Bandwatch
