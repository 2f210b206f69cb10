#include "sources/cdn/cdnsource.h"

#include "core/units.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QUuid>
#include <utility>

namespace Bandwatch {

namespace {

constexpr qint64 kDefaultLookbackMs = 24LL * 3600 * 1000;
constexpr qint64 kDefaultRefetchMs = 30LL * 60 * 1000;
constexpr qint64 kDefaultMaxBody = 16LL * 1024 * 1024;
// A provider that keeps answering with another token would otherwise keep a
// poll running forever.
constexpr int kMaxPages = 100;
constexpr qint64 kMaxLookbackMs =
    31LL * 24 * 3600 * 1000; // what every provider keeps at 5-minute resolution or finer

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - ((ms % step) + step) % step;
}

} // namespace

CdnSource::CdnSource(const SourceConfig &config, qint64 bucketMs, const QString &defaultEndpoint,
                     QObject *parent)
    : Source(config, parent)
    , m_bucketMs(bucketMs)
    , m_lookbackMs(config.durationMs(QStringLiteral("lookback"), kDefaultLookbackMs))
    , m_refetchMs(config.durationMs(QStringLiteral("refetch"), kDefaultRefetchMs))
    , m_maxBody(kDefaultMaxBody)
    , m_endpoint(config.string(QStringLiteral("endpoint"), defaultEndpoint).trimmed(), QUrl::StrictMode)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_nonce([] { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); })
    , m_nam(new QNetworkAccessManager(this))
    , m_fetches(new HttpFetchGroup(m_nam, this))
{
    connect(m_fetches, &HttpFetchGroup::finished, this, &CdnSource::finishPoll);
    if (config.options.contains(QStringLiteral("max_body")))
        m_maxBody =
            qint64(Units::parseBytes(config.string(QStringLiteral("max_body"))).value_or(kDefaultMaxBody));
}

CdnSource::~CdnSource()
{
    abort();
}

QList<ConfigIssue> CdnSource::validateCommon(const SourceConfig &config, const QString &typeName,
                                             const QStringList &providerKeys, const QStringList &required)
{
    QList<ConfigIssue> issues;
    QStringList known = providerKeys;
    known << QStringLiteral("endpoint") << QStringLiteral("lookback") << QStringLiteral("refetch")
          << QStringLiteral("max_body");
    for (const QString &key : config.options.keys())
        if (!known.contains(key))
            issues << ConfigIssue { key,
                                    tr("unknown option \"%1\" for a %2 source (known: %3)")
                                        .arg(key, typeName, known.join(QStringLiteral(", "))) };
    for (const QString &key : required)
        if (config.stringList(key).isEmpty())
            issues << ConfigIssue { key, tr("a %1 source needs %2:").arg(typeName, key) };

    if (config.options.contains(QStringLiteral("endpoint"))) {
        const QUrl u(config.string(QStringLiteral("endpoint")).trimmed(), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()
            || !u.userInfo().isEmpty())
            issues << ConfigIssue { QStringLiteral("endpoint"),
                                    tr("endpoint: \"%1\" is not an http:// or https:// URL without user info")
                                        .arg(HttpFetch::redactedUrl(u)) };
    }
    for (const QString &key : { QStringLiteral("lookback"), QStringLiteral("refetch") }) {
        if (!config.options.contains(key))
            continue;
        QString error;
        const auto d = Units::parseDuration(config.string(key), &error);
        if (!d)
            issues << ConfigIssue { key, tr("%1: %2").arg(key, error) };
        else if (d->count() < 0 || d->count() > kMaxLookbackMs)
            issues << ConfigIssue { key, tr("%1 must be between 0s and 31d").arg(key) };
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
    return issues;
}

HttpRequest CdnSource::request(const QUrl &url) const
{
    HttpRequest r;
    r.url = url;
    r.timeout = config().timeout;
    r.maxBodyBytes = m_maxBody;
    r.accept = "application/json";
    return r;
}

QByteArray CdnSource::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port();
    const int standard = url.scheme() == u"https" ? 443 : 80;
    if (port > 0 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

void CdnSource::resumeAfter(const QDateTime &lastStoredEnd)
{
    if (lastStoredEnd.isValid())
        m_resumeFromMs = lastStoredEnd.toMSecsSinceEpoch();
}

CdnSource::Window CdnSource::nextWindow() const
{
    Window w;
    w.toMs = floorTo(now() - m_settleMs, m_bucketMs);
    const qint64 earliest = w.toMs - qMax(m_lookbackMs, m_bucketMs);
    if (m_doneUntilMs >= 0)
        w.fromMs = qMin(m_doneUntilMs, w.toMs) - m_refetchMs;
    else if (m_resumeFromMs >= 0)
        w.fromMs = floorTo(m_resumeFromMs, m_bucketMs) - m_refetchMs;
    else
        w.fromMs = earliest;
    w.fromMs = floorTo(qBound(earliest, w.fromMs, w.toMs - m_bucketMs), m_bucketMs);
    return w;
}

void CdnSource::poll()
{
    m_window = nextWindow();
    m_collected = CdnReport {};
    m_collectedIndex.clear();
    m_pages = 0;
    const QList<HttpRequest> requests = buildRequests(m_window);
    m_requestIndex.clear();
    for (int i = 0; i < requests.size(); ++i)
        m_requestIndex << i;
    m_fetches->start(requests);
}

HttpRequest CdnSource::pageRequest(int, const Window &, const QString &)
{
    // Only reached if a parser sets nextToken for a provider without pages;
    // an empty URL then fails that poll instead of looping.
    return {};
}

void CdnSource::abort()
{
    m_fetches->abort();
}

void CdnSource::finishPoll(const QList<HttpResult> &results)
{
    QStringList failures;
    qint64 retryAfterMs = -1;
    QList<HttpRequest> nextPages;
    QList<int> nextIndex;
    for (int i = 0; i < results.size(); ++i) {
        const HttpResult &r = results[i];
        const int index = m_requestIndex.value(i, i);
        if (!r.ok()) {
            retryAfterMs = qMax(retryAfterMs, r.retryAfterMs);
            // Providers explain 4xx answers in the body; their code beats our excerpt.
            const CdnReport explained = r.error == HttpResult::Error::HttpStatus && !r.body.isEmpty()
                ? parse(index, r)
                : CdnReport {};
            if (r.retryAfterMs < 0)
                retryAfterMs = qMax(retryAfterMs, explained.retryAfterMs);
            failures << (explained.providerError ? tr("%1 (HTTP %2)").arg(explained.error).arg(r.httpStatus)
                                                 : r.errorString);
            continue;
        }
        const CdnReport report = parse(index, r);
        if (!report.ok()) {
            retryAfterMs = qMax(retryAfterMs, report.retryAfterMs);
            failures << report.error;
            continue;
        }
        // Several requests (pages, protocols) may report the same bucket: parts add up.
        for (const CdnReport::Bucket &b : report.buckets) {
            const QString key = b.series + QChar(u'\x1f') + directionName(b.direction) + QChar(u'\x1f')
                + QString::number(b.startMs);
            const auto it = m_collectedIndex.constFind(key);
            if (it != m_collectedIndex.cend()) {
                m_collected.buckets[*it].bytes += b.bytes;
            } else {
                m_collectedIndex.insert(key, m_collected.buckets.size());
                m_collected.buckets.append(b);
            }
        }
        if (!report.nextToken.isEmpty()) {
            nextPages << pageRequest(index, m_window, report.nextToken);
            nextIndex << index;
        }
    }
    if (!failures.isEmpty()) {
        fail(failures, retryAfterMs);
        return;
    }
    if (!nextPages.isEmpty()) {
        if (++m_pages >= kMaxPages) {
            fail({ tr("the provider kept answering with another page (more than %1); shorten lookback")
                       .arg(kMaxPages) },
                 -1);
            return;
        }
        m_requestIndex = nextIndex;
        m_fetches->start(nextPages);
        return;
    }
    m_doneUntilMs = m_window.toMs;
    const CdnReport all = std::exchange(m_collected, CdnReport {});
    m_collectedIndex.clear();
    Q_EMIT pollSucceeded(all.toSamples(id()));
}

void CdnSource::fail(const QStringList &failures, qint64 retryAfterMs)
{
    // Pages that did arrive are dropped: a poll is stored whole or not at all.
    m_collected = CdnReport {};
    m_collectedIndex.clear();
    QStringList unique = failures;
    unique.removeDuplicates();
    Q_EMIT pollFailed(unique.join(QStringLiteral("; ")), retryAfterMs);
}

} // namespace Bandwatch
