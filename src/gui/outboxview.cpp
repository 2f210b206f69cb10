#include "gui/outboxview.h"

#include "alerts/alertservice.h"
#include "alerts/outboxtablemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace Bandwatch {

OutboxView::OutboxView(AlertService *alerts, QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxTableModel(alerts ? alerts->alertStore() : nullptr, this))
    , m_view(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("Only pending and failed deliveries"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_openOnly);
    layout->addWidget(m_view);

    connect(m_openOnly, &QCheckBox::toggled, m_model, &OutboxTableModel::setOpenOnly);
    if (alerts)
        connect(alerts, &AlertService::outboxChanged, m_model, &OutboxTableModel::refresh);
    m_model->refresh();
    m_view->resizeColumnsToContents();
}

void OutboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_openOnly->setText(tr("Only pending and failed deliveries"));
        m_model->refresh(); // headers and status names in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace Bandwatch
