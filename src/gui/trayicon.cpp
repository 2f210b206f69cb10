#include "gui/trayicon.h"

#include "alerts/alertservice.h"
#include "gui/appicon.h"
#include "gui/mainwindow.h"
#include "gui/quotapanel.h"
#include "gui/quotatablemodel.h"
#include "gui/sourcetreemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSystemTrayIcon>

namespace Bandwatch {

namespace {
const QString kHintShownKey = QStringLiteral("Tray/closeHintShown");
constexpr qint64 kPauseSecs = 3600;
} // namespace

TrayIcon::TrayIcon(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(AppIcon::application(), this))
    , m_menu(new QMenu)
{
    m_toggleAction = m_menu->addAction(QString(), window, &MainWindow::toggleVisible);
    m_menu->addSeparator();
    QuotaPanel *quotas = window->quotaPanel();
    if (quotas && quotas->alerts()) {
        m_pauseAction = m_menu->addAction(QString());
        m_pauseAction->setObjectName(QStringLiteral("pauseAlertsAction"));
        m_pauseAction->setCheckable(true);
        connect(m_pauseAction, &QAction::toggled, this, &TrayIcon::setPaused);
        connect(quotas->alerts(), &AlertService::notificationPauseChanged, this, &TrayIcon::updatePause);
        QuotaTableModel *model = quotas->model();
        connect(model, &QuotaTableModel::worstLevelChanged, this, &TrayIcon::updateQuotaLevel);
        connect(model, &QAbstractItemModel::dataChanged, this, &TrayIcon::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
        m_menu->addSeparator();
    }
    m_quitAction = m_menu->addAction(QString(), window, &MainWindow::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::retranslate);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (m_window && (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick))
            m_window->toggleVisible();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, window, &MainWindow::showAndRaise);
    connect(window, &MainWindow::hiddenToTray, this, &TrayIcon::showCloseHintOnce);
    SourceTreeModel *model = window->sourceModel();
    connect(model, &QAbstractItemModel::dataChanged, this, &TrayIcon::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrayIcon::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    window->installEventFilter(this); // language changes
    retranslate();
    updateQuotaLevel();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu is not owned by the tray icon
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

QString TrayIcon::toolTipText() const
{
    QStringList lines { tr("Bandwatch") };
    if (!m_window)
        return lines.first();
    const SourceTreeModel *model = m_window->sourceModel();
    for (int row = 0; row < model->sourceCount(); ++row) {
        const QString id = model->sourceId(row);
        const auto st = model->state(id);
        if (st && st->health == SourceState::Health::Error) {
            lines << tr("%1: error").arg(id);
            continue;
        }
        const QVariant in = model->index(row, SourceTreeModel::InColumn).data();
        const QVariant out = model->index(row, SourceTreeModel::OutColumn).data();
        if (!model->index(row, SourceTreeModel::InColumn).data(SourceTreeModel::RateRole).isValid())
            lines << tr("%1: waiting for data").arg(id);
        else
            lines << tr("%1: in %2, out %3").arg(id, in.toString(), out.toString());
    }
    if (QuotaPanel *quotas = m_window->quotaPanel()) {
        if (const QString worst = quotas->model()->worstQuotaLine(); !worst.isEmpty())
            lines << tr("Worst quota: %1").arg(worst);
        if (AlertService *alerts = quotas->alerts(); alerts && alerts->notificationsPaused())
            lines << tr("Alerts paused until %1")
                         .arg(QLocale().toString(alerts->notificationsPausedUntil().toLocalTime().time(),
                                                 QLocale::ShortFormat));
    }
    return lines.join(u'\n');
}

bool TrayIcon::showCloseHintOnce()
{
    QSettings settings;
    if (settings.value(kHintShownKey, false).toBool())
        return false;
    settings.setValue(kHintShownKey, true);
    m_tray->showMessage(tr("Bandwatch is still running"),
                        tr("It keeps measuring in the background. Click the tray icon to open the window "
                           "again, or choose Quit from its menu to exit."),
                        QSystemTrayIcon::Information, 8000);
    return true;
}

void TrayIcon::refresh()
{
    m_tray->setToolTip(toolTipText());
}

void TrayIcon::retranslate()
{
    const bool visible = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggleAction->setText(visible ? tr("&Hide Bandwatch") : tr("&Show Bandwatch"));
    m_quitAction->setText(tr("&Quit"));
    updatePause();
}

void TrayIcon::updateQuotaLevel()
{
    const QuotaPanel *quotas = m_window ? m_window->quotaPanel() : nullptr;
    m_level = quotas ? quotas->model()->worstLevel() : QuotaLevel::Ok;
    m_tray->setIcon(AppIcon::application(m_level));
    refresh();
}

void TrayIcon::setPaused(bool paused)
{
    AlertService *alerts = m_window && m_window->quotaPanel() ? m_window->quotaPanel()->alerts() : nullptr;
    if (!alerts)
        return;
    if (paused)
        alerts->pauseNotifications(QDateTime::currentDateTimeUtc().addSecs(kPauseSecs));
    else
        alerts->resumeNotifications();
}

void TrayIcon::updatePause()
{
    if (m_pauseAction) {
        AlertService *alerts =
            m_window && m_window->quotaPanel() ? m_window->quotaPanel()->alerts() : nullptr;
        const QDateTime until = alerts ? alerts->notificationsPausedUntil() : QDateTime();
        const QSignalBlocker block(m_pauseAction);
        m_pauseAction->setChecked(until.isValid());
        m_pauseAction->setText(
            until.isValid() ? tr("&Pause alerts for 1 hour (paused until %1)")
                                  .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))
                            : tr("&Pause alerts for 1 hour"));
    }
    refresh();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Bandwatch
