#include "app/collector.h"

#include "alerts/alertservice.h"
#include "app/exporterbridge.h"
#include "sources/sourcefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCollector, "bandwatch.collector")

namespace Bandwatch {

Collector::Collector(QObject *parent)
    : QObject(parent)
    , m_scheduler(std::make_unique<Scheduler>())
    , m_store(std::make_unique<HistoryStore>())
    , m_alerts(std::make_unique<AlertService>(m_store.get()))
    , m_exporter(std::make_unique<ExporterBridge>(this))
{
    m_exporter->setAlertService(m_alerts.get());
    connect(m_scheduler.get(), &Scheduler::samplesReady, this, [this](const SampleList &samples) {
        if (m_store->isOpen())
            m_store->append(samples);
        Q_EMIT samplesReady(samples);
    });
    connect(m_scheduler.get(), &Scheduler::sourceStateChanged, this, &Collector::sourceStateChanged);
    connect(m_store.get(), &HistoryStore::writeFailed, this, [this](const QString &message) {
        qCCritical(lcCollector).noquote() << message;
        Q_EMIT storageError(message);
    });
}

Collector::~Collector()
{
    stop();
}

bool Collector::buildSources(const AppConfig &config, Scheduler *scheduler, QString *error)
{
    for (const SourceConfig &sc : config.sources) {
        std::unique_ptr<Source> source(SourceFactory::create(sc));
        if (!source) {
            if (error)
                *error = QCoreApplication::translate("Collector", "source \"%1\" has an unknown type \"%2\"")
                             .arg(sc.id, sc.type);
            return false;
        }
        scheduler->addSource(std::move(source));
    }
    return true;
}

void Collector::resumeSources()
{
    for (const SourceConfig &sc : m_config.sources) {
        Source *source = m_scheduler->source(sc.id);
        const std::optional<qint64> last = m_store->lastSampleEnd(sc.id);
        if (!source)
            continue;
        source->resumeAfter(last ? QDateTime::fromMSecsSinceEpoch(*last, Qt::UTC) : QDateTime());
        source->resumeSeries(m_store->newestSampleStarts(sc.id));
    }
}

bool Collector::start(const AppConfig &config, QString *error)
{
    m_config = config;
    const QString path = config.effectiveStoragePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    HistoryOptions options = m_store->options();
    options.retention = config.storage.retention;
    m_store->setOptions(options);
    if (!m_store->open(path, error))
        return false;
    m_scheduler->clear();
    if (!buildSources(config, m_scheduler.get(), error)) {
        m_store->close();
        return false;
    }
    resumeSources();
    qCInfo(lcCollector).noquote()
        << QStringLiteral("storing history in %1; %2 source(s)").arg(path).arg(config.sources.size());
    if (!m_exporter->apply(config, error)) {
        m_scheduler->clear();
        m_store->close();
        return false;
    }
    // Quotas and alerts, the same in headless mode and the GUI (validated by the loader).
    if (!m_alerts->configure(config.document, error) || !m_alerts->start(error)) {
        m_exporter->stop();
        m_scheduler->clear();
        m_store->close();
        return false;
    }
    m_scheduler->start();
    return true;
}

bool Collector::stop()
{
    m_exporter->stop();
    m_alerts->stop(); // open outbox entries stay for the next start
    m_scheduler->stop();
    bool flushed = true;
    if (m_store->isOpen()) {
        QString error;
        flushed = m_store->flush(&error);
        if (!flushed)
            qCCritical(lcCollector).noquote() << tr("the last samples could not be written: %1").arg(error);
        m_store->close();
    }
    return flushed;
}

bool Collector::reload(const AppConfig &config, QString *error)
{
    if (config.effectiveStoragePath() != m_config.effectiveStoragePath()) {
        stop();
        return start(config, error);
    }
    QString retentionError;
    if (!m_store->setRetentionPolicy(config.storage.retention, &retentionError))
        qCWarning(lcCollector).noquote()
            << tr("The new retention policy was not applied: %1").arg(retentionError);
    m_scheduler->clear();
    m_config = config;
    if (!buildSources(config, m_scheduler.get(), error))
        return false;
    resumeSources();
    if (!m_alerts->configure(config.document, error))
        return false;
    m_scheduler->start();
    // Last: if the exporter cannot take the new settings it keeps serving the old ones.
    return m_exporter->apply(config, error);
}

} // namespace Bandwatch
