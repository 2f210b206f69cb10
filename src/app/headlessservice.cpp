#include "app/headlessservice.h"

#include "app/configloader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHeadless, "bandwatch.headless")

namespace Bandwatch {

HeadlessService::HeadlessService(QString configPath, QObject *parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
{
    connect(&m_signals, &UnixSignalWatcher::terminateRequested, this, &HeadlessService::onTerminate);
    connect(&m_signals, &UnixSignalWatcher::reloadRequested, this, &HeadlessService::onReload);
}

bool HeadlessService::start(const AppConfig &config, QString *error)
{
    if (!m_collector.start(config, error))
        return false;
    qCInfo(lcHeadless).noquote() << QStringLiteral(
                                        "running headless with %1; stop with SIGTERM, reload with SIGHUP")
                                        .arg(m_configPath);
    return true;
}

void HeadlessService::onTerminate(int signalNumber)
{
    qCInfo(lcHeadless).noquote() << QStringLiteral("signal %1: flushing and stopping").arg(signalNumber);
    // A non-zero exit tells systemd (and scripts) that samples were lost.
    Q_EMIT finished(m_collector.stop() ? 0 : 1);
}

void HeadlessService::onReload()
{
    const ConfigLoader::Result r = ConfigLoader::loadFile(m_configPath);
    for (const QString &w : r.warnings)
        qCWarning(lcHeadless).noquote() << w;
    if (!r.ok()) {
        for (const QString &e : r.errors)
            qCCritical(lcHeadless).noquote() << e;
        qCCritical(lcHeadless).noquote()
            << QStringLiteral("reload refused; still running the previous configuration");
        return;
    }
    QString error;
    if (!m_collector.reload(*r.config, &error))
        qCCritical(lcHeadless).noquote() << QStringLiteral("reload failed: %1").arg(error);
    else
        qCInfo(lcHeadless).noquote() << QStringLiteral("configuration reloaded from %1").arg(m_configPath);
}

} // namespace Bandwatch
