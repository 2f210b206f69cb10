#include "sources/kongsource.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>

namespace Bandwatch {

namespace {

QList<QUrl> configuredUrls(const SourceConfig &config)
{
    QList<QUrl> urls;
    QStringList texts = config.stringList(QStringLiteral("urls"));
    const QString single = config.string(QStringLiteral("url"));
    if (!single.isEmpty())
        texts.prepend(single);
    for (const QString &t : texts)
        urls << QUrl(t.trimmed(), QUrl::StrictMode);
    return urls;
}

bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    return true;
}

constexpr qint64 kDefaultMaxBody = 64LL * 1024 * 1024;

} // namespace

KongSource::KongSource(const SourceConfig &config, QObject *parent)
    : Source(config, parent)
    , m_urls(configuredUrls(config))
    , m_nam(new QNetworkAccessManager(this))
    , m_fetches(new HttpFetchGroup(m_nam, this))
{
    connect(m_fetches, &HttpFetchGroup::finished, this, &KongSource::finishPoll);
    m_template.accept = "text/plain;version=0.0.4;q=1,*/*;q=0.1";
    m_template.timeout = config.timeout;
    m_template.username = config.string(QStringLiteral("username"));
    m_template.password = config.string(QStringLiteral("password"));
    const QString token = config.string(QStringLiteral("token"));
    if (!token.isEmpty())
        m_template.headers.append(
            { config.string(QStringLiteral("header"), QStringLiteral("Kong-Admin-Token")).toLatin1(),
              token.toUtf8() });
    if (config.options.contains(QStringLiteral("ca_file"))) {
        // Falling back to the system CAs would trust what the user meant to exclude.
        const auto cas = HttpFetch::loadCaFile(config.string(QStringLiteral("ca_file")), &m_caError);
        if (cas)
            m_template.caCertificates = *cas;
        else if (m_caError.isEmpty())
            m_caError = tr("ca_file: cannot be loaded");
    }
    m_template.maxBodyBytes = kDefaultMaxBody;
    if (config.options.contains(QStringLiteral("max_body")))
        m_template.maxBodyBytes =
            qint64(Units::parseBytes(config.string(QStringLiteral("max_body"))).value_or(kDefaultMaxBody));

    KongBandwidth::Options options;
    const QStringList keep = config.stringList(QStringLiteral("keep_labels"));
    options.keepConsumer = keep.contains(QStringLiteral("consumer"));
    options.keepWorkspace = keep.contains(QStringLiteral("workspace"));
    const int gapIntervals = config.string(QStringLiteral("max_gap_intervals"), QStringLiteral("5")).toInt();
    options.maxGapMs = qint64(qMax(1, gapIntervals)) * config.interval.count();
    m_bandwidth = KongBandwidth(options);
    m_clock.start();
}

KongSource::~KongSource()
{
    abort();
}

QString KongSource::noBandwidthMessage()
{
    return tr("Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the Prometheus "
              "plugin (or no traffic has passed through Kong since it started)");
}

QList<ConfigIssue> KongSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues;
    static const QStringList known {
        QStringLiteral("url"),         QStringLiteral("urls"),     QStringLiteral("username"),
        QStringLiteral("password"),    QStringLiteral("token"),    QStringLiteral("header"),
        QStringLiteral("keep_labels"), QStringLiteral("max_body"), QStringLiteral("max_gap_intervals"),
        QStringLiteral("ca_file")
    };
    for (const QString &key : config.options.keys())
        if (!known.contains(key))
            issues << ConfigIssue { key,
                                    tr("unknown option \"%1\" for a kong source (known: %2)")
                                        .arg(key, known.join(QStringLiteral(", "))) };

    const bool hasUrl = !config.string(QStringLiteral("url")).isEmpty();
    const bool hasUrls = !config.stringList(QStringLiteral("urls")).isEmpty();
    if (!hasUrl && !hasUrls)
        issues << ConfigIssue {
            QStringLiteral("url"),
            tr("a kong source needs url: (one node's /metrics) or urls: (a list of nodes)")
        };
    if (hasUrl && hasUrls)
        issues << ConfigIssue { QStringLiteral("urls"), tr("give either url: or urls:, not both") };
    const QString urlKey = hasUrls ? QStringLiteral("urls") : QStringLiteral("url");
    for (const QUrl &u : configuredUrls(config))
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
            issues << ConfigIssue {
                urlKey, tr("\"%1\" is not an http:// or https:// URL").arg(HttpFetch::redactedUrl(u))
            };

    if (!config.string(QStringLiteral("password")).isEmpty()
        && config.string(QStringLiteral("username")).isEmpty())
        issues << ConfigIssue { QStringLiteral("password"), tr("password: needs username:") };
    if (config.options.contains(QStringLiteral("header"))) {
        if (!isHeaderName(config.string(QStringLiteral("header"))))
            issues << ConfigIssue { QStringLiteral("header"), tr("header: must be an HTTP header name") };
        if (config.string(QStringLiteral("token")).isEmpty())
            issues << ConfigIssue { QStringLiteral("header"),
                                    tr("header: names the header for token:, which is missing") };
    }
    for (const QString &l : config.stringList(QStringLiteral("keep_labels")))
        if (l != u"consumer" && l != u"workspace")
            issues << ConfigIssue { QStringLiteral("keep_labels"),
                                    tr("keep_labels: \"%1\" is not one of consumer, workspace").arg(l) };
    if (config.options.contains(QStringLiteral("max_body"))) {
        QString error;
        const auto bytes = Units::parseBytes(config.string(QStringLiteral("max_body")), &error);
        if (!bytes || *bytes == 0)
            issues << ConfigIssue {
                QStringLiteral("max_body"),
                tr("max_body: %1").arg(error.isEmpty() ? tr("must be more than 0 bytes") : error)
            };
    }
    if (config.options.contains(QStringLiteral("ca_file"))) {
        QString error;
        if (!HttpFetch::loadCaFile(config.string(QStringLiteral("ca_file")), &error))
            issues << ConfigIssue { QStringLiteral("ca_file"), error };
    }
    if (config.options.contains(QStringLiteral("max_gap_intervals"))) {
        bool ok = false;
        const int n = config.string(QStringLiteral("max_gap_intervals")).toInt(&ok);
        if (!ok || n < 1)
            issues << ConfigIssue { QStringLiteral("max_gap_intervals"),
                                    tr("max_gap_intervals must be a whole number of at least 1") };
    }
    return issues;
}

void KongSource::poll()
{
    if (!m_caError.isEmpty()) {
        Q_EMIT pollFailed(m_caError);
        return;
    }
    QList<HttpRequest> requests;
    for (const QUrl &url : std::as_const(m_urls)) {
        HttpRequest req = m_template;
        req.url = url;
        requests << req;
    }
    m_fetches->start(requests);
}

void KongSource::abort()
{
    m_fetches->abort();
}

void KongSource::finishPoll(const QList<HttpResult> &results)
{
    const qint64 monoMs = m_clock.elapsed();
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();

    QStringList failures;
    qint64 retryAfterMs = -1;
    QList<KongNodeReading> readings;
    for (int i = 0; i < results.size(); ++i) {
        const HttpResult &r = results[i];
        const QString url = HttpFetch::redactedUrl(m_urls[i]);
        if (!r.ok()) {
            // HttpFetch's messages already name the URL.
            failures << r.errorString;
            retryAfterMs = qMax(retryAfterMs, r.retryAfterMs);
            continue;
        }
        ExpositionError error;
        const auto extracted = KongBandwidth::extract(r.body, r.contentType, &error);
        if (!extracted) {
            failures << tr("%1: %2").arg(url, error.toString());
            continue;
        }
        if (!extracted->hasBandwidthMetrics && !extracted->hasKongMetrics) {
            failures << tr("%1: not the /metrics of Kong's Prometheus plugin (no kong_ metrics)").arg(url);
            continue;
        }
        m_presence.record(url, extracted->hasBandwidthMetrics);
        readings << KongNodeReading { m_urls[i].toString(QUrl::RemoveUserInfo), extracted->counters,
                                      extracted->acceptedConnections };
    }
    if (readings.isEmpty()) {
        Q_EMIT pollFailed(failures.join(QStringLiteral("; ")), retryAfterMs);
        return;
    }
    // Fed even while no node shows the family: the (empty) baselines make the
    // first series a node prints count in full.
    const SampleList samples = m_bandwidth.update(id(), readings, monoMs, wallMs);
    if (m_presence.neverSeenTooLong()) {
        failures.prepend(noBandwidthMessage());
        Q_EMIT pollFailed(failures.join(QStringLiteral("; ")), retryAfterMs);
        return;
    }
    for (const QString &url : m_presence.laggingNodes())
        failures << tr("%1 has served no kong_bandwidth_bytes in %2 polls while other nodes do: enable "
                       "bandwidth_metrics=true on it (or no traffic has passed through it since it started)")
                        .arg(url)
                        .arg(m_presence.patience());
    if (!failures.isEmpty())
        Q_EMIT pollDegraded(failures.join(QStringLiteral("; ")));
    Q_EMIT pollSucceeded(samples);
}

} // namespace Bandwatch
