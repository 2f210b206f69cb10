#include "exporter/exporter.h"

#include "exporter/exporterserver.h"
#include "exporter/exporterstate.h"
#include "exporter/metricsendpoint.h"
#include "exporter/selfsignedcertificate.h"
#include "exporter/seriestotals.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcExporter, "bandwatch.exporter")

namespace Bandwatch {

Exporter::Exporter(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_state(std::make_unique<ExporterState>(store))
{ }

Exporter::~Exporter()
{
    stop();
}

bool Exporter::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 Exporter::port() const
{
    return m_server ? m_server->port() : 0;
}

QString Exporter::baseUrl() const
{
    const QHostAddress a = m_state->config.address;
    QString host = a.toString();
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    const bool tls = m_state->config.tls.mode != ExporterTlsConfig::Mode::Off;
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port());
}

std::optional<QSslConfiguration> Exporter::tlsConfiguration(const ExporterConfig &config, QString *error)
{
    QString cert = config.tls.certFile;
    QString key = config.tls.keyFile;
    bool generated = false;
    if (config.tls.mode == ExporterTlsConfig::Mode::SelfSigned) {
        QString dir = config.tls.selfSignedDir.isEmpty() ? m_defaultTlsDir : config.tls.selfSignedDir;
        if (dir.isEmpty())
            dir = QDir::current().filePath(QStringLiteral("exporter-tls"));
        if (!SelfSignedCertificate::ensure(dir, error, &generated))
            return std::nullopt;
        cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
        key = QDir(dir).filePath(QStringLiteral("key.pem"));
    }
    auto conf = SelfSignedCertificate::load(cert, key, error);
    if (!conf)
        return std::nullopt;
    m_fingerprint = SelfSignedCertificate::fingerprint(conf->localCertificate());
    if (config.tls.mode == ExporterTlsConfig::Mode::SelfSigned)
        qCInfo(lcExporter).noquote() << QStringLiteral(
                                            "%1 self-signed TLS certificate %2; SHA-256 fingerprint %3")
                                            .arg(generated ? QStringLiteral("generated")
                                                           : QStringLiteral("using"),
                                                 cert, m_fingerprint);
    return conf;
}

bool Exporter::startServer(const ExporterConfig &config, std::unique_ptr<ExporterServer> *server,
                           QString *error)
{
    const QString refusal = config.bindRefusal();
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    std::optional<QSslConfiguration> tls;
    if (config.tls.mode != ExporterTlsConfig::Mode::Off) {
        tls = tlsConfiguration(config, error);
        if (!tls)
            return false;
    } else {
        m_fingerprint.clear();
    }
    auto s = std::make_unique<ExporterServer>(*m_state);
    s->setKeys(config.keys);
    s->setAuthFailureLimit(config.authFailuresPerMinute);
    if (!s->start(config.address, config.port, config.limits, tls, error))
        return false;
    *server = std::move(s);
    return true;
}

void Exporter::applySettings(const ExporterConfig &config)
{
    m_state->config = config;
    m_state->traffic.setStaleAfter(config.staleAfterMs);
    m_state->push.setMaxMetrics(config.maxPushMetrics);
    m_state->touch();
}

bool Exporter::start(const ExporterConfig &config, QString *error)
{
    stop();
    QString e;
    if (m_store && m_store->isOpen()) {
        // Counters continue from what is stored: everything queued so far is
        // written first, and samples arriving from now on are counted here.
        if (!m_store->flush(&e))
            qCWarning(lcExporter).noquote() << QStringLiteral("history not flushed: %1").arg(e);
        m_state->traffic.clear();
        const QList<SeriesTotal> totals =
            SeriesTotals::load(*m_store, QDateTime::currentMSecsSinceEpoch(), &e);
        if (!e.isEmpty())
            qCWarning(lcExporter).noquote()
                << QStringLiteral("counters start at 0: cannot read totals: %1").arg(e);
        m_state->traffic.resume(totals);
        if (config.pushEnabled && !m_state->push.load(&e)) {
            *error = tr("cannot read the pushed metrics: %1").arg(e);
            return false;
        }
    }
    applySettings(config);
    m_state->startedMs = QDateTime::currentMSecsSinceEpoch();
    if (!startServer(config, &m_server, error))
        return false;
    // What is served: with port 0 the port the system chose.
    m_state->config.port = m_server->port();
    qCInfo(lcExporter).noquote() << QStringLiteral("exporter listening on %1 (%2 API key(s)%3)")
                                        .arg(baseUrl())
                                        .arg(config.keys.size())
                                        .arg(config.keys.isEmpty() ? QStringLiteral(", no authentication: "
                                                                                    "local clients only")
                                                                   : QString());
    return true;
}

bool Exporter::reconfigure(const ExporterConfig &config, QString *error)
{
    if (!m_server)
        return start(config, error);
    const ExporterConfig old = m_state->config;
    if (config.sameListener(old)) {
        const QString refusal = config.bindRefusal();
        if (!refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        applySettings(config);
        m_state->config.port = m_server->port();
        m_server->setKeys(config.keys);
        m_server->setAuthFailureLimit(config.authFailuresPerMinute);
        m_server->setLimits(config.limits);
        qCInfo(lcExporter).noquote()
            << QStringLiteral("exporter settings reloaded (%1 API key(s))").arg(config.keys.size());
        return true;
    }
    std::unique_ptr<ExporterServer> fresh;
    const bool samePort = config.address == old.address && config.port == old.port && config.port != 0;
    if (samePort)
        m_server.reset(); // the port must be free for the new listener
    if (!startServer(config, &fresh, error)) {
        if (samePort) {
            QString again;
            if (!startServer(old, &m_server, &again))
                qCCritical(lcExporter).noquote() << QStringLiteral("exporter stopped: %1").arg(again);
        }
        return false;
    }
    m_server = std::move(fresh);
    applySettings(config);
    m_state->config.port = m_server->port();
    qCInfo(lcExporter).noquote() << QStringLiteral("exporter now listening on %1").arg(baseUrl());
    return true;
}

void Exporter::stop()
{
    if (!m_server)
        return;
    m_server.reset();
    qCInfo(lcExporter).noquote() << QStringLiteral("exporter stopped");
}

void Exporter::setSources(const QList<ExportedSource> &sources)
{
    QMap<QString, ExportedSource> next;
    for (const ExportedSource &s : sources) {
        ExportedSource merged = s;
        // Health survives a reload of a source that stays configured.
        if (const auto it = m_state->sources.constFind(s.id);
            it != m_state->sources.cend() && it->type == s.type) {
            merged.health = it->health;
            merged.message = it->message;
            merged.lastSuccess = it->lastSuccess;
            merged.lastAttempt = it->lastAttempt;
            merged.consecutiveFailures = it->consecutiveFailures;
            merged.polls = it->polls;
            merged.failures = it->failures;
        }
        next.insert(s.id, merged);
    }
    m_state->sources = next;
    m_state->traffic.setSources(sources);
    m_state->touch();
}

void Exporter::updateSource(const ExportedSource &source)
{
    const auto it = m_state->sources.find(source.id);
    if (it == m_state->sources.end())
        return; // not (or no longer) configured
    const qint64 interval = it->intervalMs;
    *it = source;
    it->intervalMs = interval;
    m_state->touch();
}

void Exporter::addSamples(const SampleList &samples)
{
    if (samples.isEmpty())
        return;
    m_state->traffic.add(samples);
    m_state->touch();
}

void Exporter::setQuotaStatusProvider(const QuotaStatusProvider *provider)
{
    m_state->quotas = provider;
    m_state->touch();
}

int Exporter::importPushMetrics(const QList<PushMetric> &metrics, QStringList *skipped)
{
    if (m_state->push.size() > 0)
        return 0;
    const int added = m_state->push.import(metrics, QDateTime::currentMSecsSinceEpoch(), skipped);
    m_state->touch();
    return added;
}

QByteArray Exporter::renderMetrics(ExpositionFormat format, qint64 nowMs) const
{
    return MetricsEndpoint(*m_state).render(format, nowMs);
}

} // namespace Bandwatch
