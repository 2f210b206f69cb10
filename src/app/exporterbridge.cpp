#include "app/exporterbridge.h"

#include "alerts/alertservice.h"
#include "app/collector.h"
#include "app/yamldocument.h"
#include "exporter/alertquotastatusprovider.h"
#include "exporter/exporter.h"
#include "exporter/exporterconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExporterBridge, "bandwatch.exporter")

namespace Bandwatch {

ExporterBridge::ExporterBridge(Collector *collector)
    : m_collector(collector)
{
    connect(collector, &Collector::samplesReady, this, &ExporterBridge::onSamples);
    connect(collector, &Collector::sourceStateChanged, this, &ExporterBridge::onSourceState);
}

ExporterBridge::~ExporterBridge() = default;

ExportedSource ExporterBridge::toExported(const SourceState &state, qint64 intervalMs)
{
    ExportedSource s;
    s.id = state.id;
    s.type = state.type;
    s.intervalMs = intervalMs;
    switch (state.health) {
    case SourceState::Health::Pending:
        s.health = ExportedSource::Health::Pending;
        break;
    case SourceState::Health::Ok:
        s.health = ExportedSource::Health::Ok;
        break;
    case SourceState::Health::Error:
        s.health = ExportedSource::Health::Error;
        break;
    }
    s.message = state.message;
    s.lastSuccess = state.lastSuccess;
    s.lastAttempt = state.lastAttempt;
    s.consecutiveFailures = state.consecutiveFailures;
    s.polls = state.polls;
    s.failures = state.failures;
    return s;
}

QList<ExportedSource> ExporterBridge::configuredSources(const AppConfig &config) const
{
    QList<ExportedSource> list;
    for (const SourceConfig &sc : config.sources) {
        ExportedSource s;
        s.id = sc.id;
        s.type = sc.type;
        s.intervalMs = sc.interval.count();
        list << s;
    }
    return list;
}

bool ExporterBridge::apply(const AppConfig &config, QString *error)
{
    QList<ConfigError> errors;
    QList<ConfigError> warnings;
    const ExporterConfig ec = ExporterConfig::parse(
        config.document.child(u"exporter"), QFileInfo(config.fileName).absolutePath(), &errors, &warnings);
    if (!errors.isEmpty()) {
        if (error)
            *error =
                tr("%1:%2: %3").arg(config.fileName).arg(errors.first().line).arg(errors.first().message);
        return false;
    }
    if (!ec.enabled) {
        stop();
        return true;
    }
    m_intervals.clear();
    for (const SourceConfig &sc : config.sources)
        m_intervals.insert(sc.id, sc.interval.count());
    const QList<ExportedSource> sources = configuredSources(config);
    if (m_exporter) {
        m_exporter->setSources(sources);
        return m_exporter->reconfigure(ec, error);
    }
    auto exporter = std::make_unique<Exporter>(m_collector->store());
    const QString storePath = config.effectiveStoragePath();
    exporter->setDefaultTlsDir(QFileInfo(storePath).absolutePath() + QStringLiteral("/exporter-tls"));
    exporter->setQuotaStatusProvider(m_quotas.get());
    exporter->setSources(sources);
    if (!exporter->start(ec, error))
        return false;
    for (const SourceState &state : m_collector->scheduler()->states())
        exporter->updateSource(toExported(state, m_intervals.value(state.id)));
    if (!ec.metricnexusImport.isEmpty()) {
        QString e;
        const auto metrics = readMetricNexusState(ec.metricnexusImport, &e);
        if (!metrics) {
            qCWarning(lcExporterBridge).noquote() << tr("MetricNexus state not imported: %1").arg(e);
        } else {
            QStringList skipped;
            const int added = exporter->importPushMetrics(*metrics, &skipped);
            if (added > 0)
                qCInfo(lcExporterBridge).noquote()
                    << tr("imported %1 pushed metric(s) from %2").arg(added).arg(ec.metricnexusImport);
            for (const QString &s : std::as_const(skipped))
                qCWarning(lcExporterBridge).noquote() << tr("MetricNexus metric not imported: %1").arg(s);
        }
    }
    m_exporter = std::move(exporter);
    return true;
}

void ExporterBridge::stop()
{
    m_exporter.reset();
}

void ExporterBridge::setAlertService(const AlertService *service)
{
    if (m_quotaSource)
        disconnect(m_quotaSource, &QObject::destroyed, this, nullptr);
    m_quotaSource = service;
    if (service)
        connect(service, &QObject::destroyed, this, [this] { setAlertService(nullptr); });
    m_quotas.reset(service ? new AlertQuotaStatusProvider(service) : nullptr);
    if (m_exporter)
        m_exporter->setQuotaStatusProvider(m_quotas.get());
}

void ExporterBridge::onSamples(const SampleList &samples)
{
    if (m_exporter)
        m_exporter->addSamples(samples);
}

void ExporterBridge::onSourceState(const SourceState &state)
{
    if (m_exporter)
        m_exporter->updateSource(toExported(state, m_intervals.value(state.id)));
}

std::optional<QList<PushMetric>> ExporterBridge::readMetricNexusState(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    ConfigError yamlError;
    const auto doc = YamlDocument::parse(f.read(16 * 1024 * 1024), &yamlError);
    if (!doc) {
        *error = tr("%1:%2: %3").arg(path).arg(yamlError.line).arg(yamlError.message);
        return std::nullopt;
    }
    QList<PushMetric> out;
    const ConfigNode *metrics = doc->child(u"metrics");
    if (!metrics || metrics->isNull())
        return out;
    if (!metrics->isList()) {
        *error = tr("%1: \"metrics\" is not a list").arg(path);
        return std::nullopt;
    }
    for (const ConfigNode &item : metrics->items) {
        PushMetric m;
        m.name = item.text(u"key");
        if (m.name.isEmpty() || m.name == QLatin1String("metric_nexus_clients"))
            continue;
        m.description = item.text(u"description");
        const auto value = PushMetric::parseNumber(item.text(u"value", QStringLiteral("0")).toUtf8());
        if (!value) {
            qCWarning(lcExporterBridge).noquote()
                << tr("%1: metric %2 has no usable value; not imported").arg(path, m.name);
            continue;
        }
        m.value = *value;
        out << m;
    }
    return out;
}

} // namespace Bandwatch
