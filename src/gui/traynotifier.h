#pragma once

#include "alerts/notifier.h"

#include <QPointer>

class QMessageBox;
class QSystemTrayIcon;
class QWidget;

namespace Bandwatch {

// Quota alerts on the desktop: a tray balloon where a system tray exists
// (clicking it asks to open that quota), otherwise a non-modal message box.
// Registered with AlertService::addNotifier() before the collector starts,
// so alerts that fired while the GUI was not running are shown at start-up.
// A shown notification counts as delivered.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    // `tray` may be null or go away (no tray on this desktop); `window` parents the fallback box.
    TrayNotifier(QSystemTrayIcon *tray, QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    QString channel() const override { return QStringLiteral("tray"); }
    void deliver(const Bandwatch::OutboxEntry &entry, const Bandwatch::Alert &alert) override;

Q_SIGNALS:
    // The user clicked an alert: show this quota in the main window.
    void quotaActivated(const QString &quotaId);

private:
    void showFallback(const QString &title, const QString &text, const QString &quotaId);

    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_box;
    QString m_lastQuotaId; // of the balloon shown last (messageClicked does not say which)
};

} // namespace Bandwatch
