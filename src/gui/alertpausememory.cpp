#include "gui/alertpausememory.h"

#include "alerts/alertservice.h"

#include <QSettings>

namespace Bandwatch {

namespace {

const QString kPausedUntilKey = QStringLiteral("Alerts/pausedUntil");

} // namespace

AlertPauseMemory::AlertPauseMemory(AlertService *alerts, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
{
    if (!m_alerts)
        return;
    const QDateTime until = savedUntil();
    if (until.isValid() && until > QDateTime::currentDateTimeUtc())
        m_alerts->pauseNotifications(until);
    else if (until.isValid())
        save({}); // ended while we were not running
    connect(m_alerts, &AlertService::notificationPauseChanged, this, &AlertPauseMemory::save);
}

QDateTime AlertPauseMemory::savedUntil()
{
    // Stored as UTC ISO text: readable, and the same instant whatever the zone.
    QDateTime until = QDateTime::fromString(QSettings().value(kPausedUntilKey).toString(), Qt::ISODateWithMs);
    return until.isValid() ? until.toUTC() : QDateTime();
}

void AlertPauseMemory::save(const QDateTime &until)
{
    QSettings settings;
    if (until.isValid())
        settings.setValue(kPausedUntilKey, until.toUTC().toString(Qt::ISODateWithMs));
    else
        settings.remove(kPausedUntilKey);
    settings.sync();
}

} // namespace Bandwatch
