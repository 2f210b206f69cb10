#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Bandwatch {

class AlertService;

// Remembers a "pause alerts" made from the tray or the quota panel across
// restarts of the desktop app. Without it a crash or a log-out during the
// pause would deliver, at the next start, every alert the operator asked to
// hold. The pause is the desktop user's, so it lives with the UI state
// (QSettings), not in the configuration or the database that a headless
// service on the same host also reads.
class AlertPauseMemory : public QObject
{
    Q_OBJECT

public:
    // Re-applies a pause that has not ended yet, then follows every change.
    explicit AlertPauseMemory(AlertService *alerts, QObject *parent = nullptr);

    static QDateTime savedUntil();

private:
    void save(const QDateTime &until);

    QPointer<AlertService> m_alerts;
};

} // namespace Bandwatch
