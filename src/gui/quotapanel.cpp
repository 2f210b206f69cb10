#include "gui/quotapanel.h"

#include "alerts/alertservice.h"
#include "gui/quotatablemodel.h"
#include "gui/quotausagedelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Bandwatch {

QuotaPanel::QuotaPanel(AlertService *alerts, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_model(new QuotaTableModel(alerts, this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_pauseBar(new QWidget(this))
    , m_pauseLabel(new QLabel(m_pauseBar))
    , m_resume(new QPushButton(m_pauseBar))
{
    m_view->setObjectName(QStringLiteral("quotaView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(QuotaTableModel::PercentColumn, new QuotaUsageDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    // Figures keep their width; the forecast, the longest text, takes the rest.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuotaTableModel::ForecastColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setObjectName(QStringLiteral("quotaPlaceholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_pauseBar->setObjectName(QStringLiteral("quotaPauseBar"));
    m_pauseLabel->setObjectName(QStringLiteral("quotaPauseLabel"));
    auto *pauseLayout = new QHBoxLayout(m_pauseBar);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    pauseLayout->addWidget(m_pauseLabel, 1);
    pauseLayout->addWidget(m_resume);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pauseBar);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotaPanel::updatePlaceholder);
    if (alerts) {
        connect(alerts, &AlertService::notificationPauseChanged, this, &QuotaPanel::updatePause);
        connect(m_resume, &QPushButton::clicked, alerts, &AlertService::resumeNotifications);
    }
    retranslate();
    updatePlaceholder();
}

void QuotaPanel::showQuota(const QString &quotaId)
{
    const int row = m_model->rowOf(quotaId);
    if (row >= 0)
        m_view->selectRow(row);
}

void QuotaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuotaPanel::retranslate()
{
    m_empty->setText(tr("No quotas configured. Add a <code>quotas:</code> section to the configuration file "
                        "to watch a volume, bandwidth or 95th-percentile limit here."));
    m_resume->setText(tr("Resume alerts"));
    m_model->retranslate();
    updatePause();
}

void QuotaPanel::updatePlaceholder()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void QuotaPanel::updatePause()
{
    const QDateTime until = m_alerts ? m_alerts->notificationsPausedUntil() : QDateTime();
    m_pauseBar->setVisible(until.isValid());
    if (until.isValid())
        m_pauseLabel->setText(tr("Alert notifications are paused until %1; alerts are kept in the outbox.")
                                  .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
}

} // namespace Bandwatch
