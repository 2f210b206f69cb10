#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Bandwatch {

class MainWindow;

// The tray icon: show/hide and quit in its menu, the current rates of every
// source in its tooltip, and the one-time hint when closing hides the window.
// It only exists where QSystemTrayIcon::isSystemTrayAvailable().
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
    QString toolTipText() const;
    // Shown the first time only; remembered in the settings.
    bool showCloseHintOnce();

private:
    void refresh();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Bandwatch
