#pragma once

#include "core/sample.h"
#include "exporter/exportedsource.h"
#include "exporter/exporterconfig.h"
#include "exporter/expositionwriter.h"
#include "exporter/pushmetric.h"

#include <QObject>
#include <memory>
#include <optional>

class QSslConfiguration;

namespace Bandwatch {

class ExporterServer;
class HistoryStore;
class QuotaStatusProvider;
struct ExporterState;

// The embedded exporter: /metrics, the JSON API and the push API on one
// listener, fed with samples and source health by the collector. Runs on the
// thread it lives on (the main thread) and never blocks it except to commit a
// pushed value, which is acknowledged only once it is on disk.
class Exporter : public QObject
{
    Q_OBJECT
public:
    // store: the open history database (totals, ranges, pushed metrics); may
    // be nullptr, then counters start at 0 and pushed metrics are not kept.
    explicit Exporter(HistoryStore *store, QObject *parent = nullptr);
    ~Exporter() override;

    // Starts serving. Refuses a non-loopback listener without API keys.
    bool start(const ExporterConfig &config, QString *error);
    // Applies a changed configuration. Keys, limits and staleness change at
    // once; the listener is rebound only if its address, port or TLS changed,
    // and if the new one cannot be bound the old one keeps serving.
    bool reconfigure(const ExporterConfig &config, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:18563"

    // Default folder of a generated self-signed pair (exporter.tls.self_signed without dir).
    void setDefaultTlsDir(const QString &dir) { m_defaultTlsDir = dir; }
    // Fingerprint of the certificate in use, empty without TLS.
    QString tlsFingerprint() const { return m_fingerprint; }

    // The configured sources; series and health of others are no longer served.
    void setSources(const QList<ExportedSource> &sources);
    void updateSource(const ExportedSource &source);
    void addSamples(const SampleList &samples);
    // Not owned; must outlive the exporter or be reset to nullptr.
    void setQuotaStatusProvider(const QuotaStatusProvider *provider);
    // MetricNexus state entries, added as gauges when the push store is empty.
    int importPushMetrics(const QList<PushMetric> &metrics, QStringList *skipped);

    QByteArray renderMetrics(ExpositionFormat format, qint64 nowMs) const;
    ExporterState &state() { return *m_state; }

private:
    bool startServer(const ExporterConfig &config, std::unique_ptr<ExporterServer> *server, QString *error);
    std::optional<QSslConfiguration> tlsConfiguration(const ExporterConfig &config, QString *error);
    void applySettings(const ExporterConfig &config);

    HistoryStore *m_store;
    std::unique_ptr<ExporterState> m_state;
    std::unique_ptr<ExporterServer> m_server;
    QString m_defaultTlsDir;
    QString m_fingerprint;
};

} // namespace Bandwatch
