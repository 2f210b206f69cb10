#include "gui/traynotifier.h"

#include "alerts/alertformatter.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace Bandwatch {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QWidget *window, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
    , m_window(window)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastQuotaId.isEmpty())
                Q_EMIT quotaActivated(m_lastQuotaId);
        });
    }
}

TrayNotifier::~TrayNotifier()
{
    delete m_box.data();
}

void TrayNotifier::deliver(const OutboxEntry &entry, const Alert &alert)
{
    const QString title = AlertFormatter::subject(alert);
    const QString text = AlertFormatter::shortText(alert);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable()
        && QSystemTrayIcon::supportsMessages()) {
        m_lastQuotaId = alert.quotaId;
        m_tray->showMessage(title, text,
                            alert.threshold >= 100.0 && !alert.projectionWarning ? QSystemTrayIcon::Critical
                                                                                 : QSystemTrayIcon::Warning,
                            15'000);
    } else {
        showFallback(title, text, alert.quotaId);
    }
    // Shown is delivered; answered on the event loop as the Notifier contract asks.
    QMetaObject::invokeMethod(
        this, [this, id = entry.id] { Q_EMIT finished(id, true, QString()); }, Qt::QueuedConnection);
}

void TrayNotifier::showFallback(const QString &title, const QString &text, const QString &quotaId)
{
    // One box at a time: alerts arriving while it is open are added to it.
    if (m_box) {
        m_box->setText(m_box->text() + QStringLiteral("\n\n") + title + u'\n' + text);
        m_box->setProperty("quotaId", quotaId);
        m_box->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Bandwatch quota alert"), title + u'\n' + text,
                                QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setProperty("quotaId", quotaId);
    QPushButton *open = box->addButton(tr("Show quota"), QMessageBox::AcceptRole);
    connect(open, &QPushButton::clicked, this,
            [this, box] { Q_EMIT quotaActivated(box->property("quotaId").toString()); });
    m_box = box;
    box->show();
}

} // namespace Bandwatch
