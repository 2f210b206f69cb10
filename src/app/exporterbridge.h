#pragma once

#include "app/appconfig.h"
#include "app/sourcestate.h"
#include "core/sample.h"
#include "exporter/exportedsource.h"
#include "exporter/pushmetric.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace Bandwatch {

class AlertService;
class Collector;
class Exporter;
class QuotaStatusProvider;

// Runs the embedded exporter for a Collector (GUI and headless alike): reads
// the `exporter:` section, starts, reconfigures (SIGHUP) and stops it with
// the collector, and feeds it samples and source health. The exporter library
// knows nothing of the app layer; this is where the two meet.
class ExporterBridge : public QObject
{
    Q_OBJECT
public:
    explicit ExporterBridge(Collector *collector);
    ~ExporterBridge() override;

    // Starts, reconfigures or stops the exporter to match config (the
    // collector's store must be open). false with *error if it cannot serve
    // the new settings; a running listener then keeps its old ones.
    bool apply(const AppConfig &config, QString *error);
    void stop();
    Exporter *exporter() const { return m_exporter.get(); }

    // Quota gauges and /api/v1/quotas from the alerts module; nullptr to detach.
    void setAlertService(const AlertService *service);

    static ExportedSource toExported(const SourceState &state, qint64 intervalMs);
    // The `metrics:` list of a MetricNexus state file (key, description,
    // value), without its own metric_nexus_clients.
    static std::optional<QList<PushMetric>> readMetricNexusState(const QString &path, QString *error);

private:
    void onSamples(const SampleList &samples);
    void onSourceState(const SourceState &state);
    QList<ExportedSource> configuredSources(const AppConfig &config) const;

    Collector *m_collector;
    std::unique_ptr<Exporter> m_exporter;
    std::unique_ptr<QuotaStatusProvider> m_quotas;
    const AlertService *m_quotaSource = nullptr;
    QHash<QString, qint64> m_intervals;
};

} // namespace Bandwatch
