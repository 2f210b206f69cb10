#include "app/collector.h"

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
{
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

bool Collector::start(const AppConfig &config, QString *error)
{
    m_config = config;
    const QString path = config.effectiveStoragePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_store->open(path, error))
        return false;
    m_scheduler->clear();
    if (!buildSources(config, m_scheduler.get(), error)) {
        m_store->close();
        return false;
    }
    qCInfo(lcCollector).noquote() << QStringLiteral("storing history in %1; %2 source(s)")
                                         .arg(path)
                                         .arg(config.sources.size());
    m_scheduler->start();
    return true;
}

void Collector::stop()
{
    m_scheduler->stop();
    if (m_store->isOpen()) {
        QString error;
        if (!m_store->flush(&error))
            qCCritical(lcCollector).noquote() << error;
        m_store->close();
    }
}

bool Collector::reload(const AppConfig &config, QString *error)
{
    if (config.effectiveStoragePath() != m_config.effectiveStoragePath()) {
        stop();
        return start(config, error);
    }
    m_scheduler->clear();
    m_config = config;
    if (!buildSources(config, m_scheduler.get(), error))
        return false;
    m_scheduler->start();
    return true;
}

} // namespace Bandwatch
