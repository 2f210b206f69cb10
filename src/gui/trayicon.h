#pragma once

#include "gui/quotalevel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Bandwatch {

class MainWindow;

// The tray icon: show/hide, "pause alerts for 1 hour" and quit in its menu,
// the current rates of every source and the worst quota in its tooltip, a
// badge on the icon once a quota passes 80/90/100 %, and the one-time hint
// when closing hides the window. It only exists where
// QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(MainWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *pauseAction() const { return m_pauseAction; }
    QuotaLevel::Level quotaLevel() const { return m_level; }
    QString toolTipText() const;
    // Shown the first time only; remembered in the settings.
    bool showCloseHintOnce();

private:
    void refresh();
    void retranslate();
    void updateQuotaLevel();
    void updatePause();
    void setPaused(bool paused);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QuotaLevel::Level m_level = QuotaLevel::Ok;
};

} // namespace Bandwatch
