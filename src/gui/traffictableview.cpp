#include "gui/traffictableview.h"

#include "gui/tableexport.h"
#include "gui/traffictablemodel.h"
#include "gui/traffictableproxy.h"
#include "storage/historystore.h"
#include "ui_traffictableview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bandwatch {

TrafficTableView::TrafficTableView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrafficTableView>())
    , m_model(new TrafficTableModel(this))
    , m_proxy(new TrafficTableProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(TrafficTableModel::PeriodColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->table->horizontalHeader();
    // Numbers keep their width; the series name takes what is left, so the
    // figures stay next to their labels in a wide window.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrafficTableModel::SeriesColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    m_ui->table->addAction(m_ui->actionCopy);
    addAction(m_ui->actionCopy);
    m_ui->copyButton->setDefaultAction(m_ui->actionCopy);
    m_ui->exportButton->setDefaultAction(m_ui->actionExportCsv);
    m_ui->periodCombo->setCurrentIndex(int(HistoryTotals::Period::Day));

    connect(m_ui->actionCopy, &QAction::triggered, this, &TrafficTableView::copy);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &TrafficTableView::exportCsvInteractively);
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &TrafficTableView::reload);
}

TrafficTableView::~TrafficTableView() = default;

QTableView *TrafficTableView::tableView() const
{
    return m_ui->table;
}

QAction *TrafficTableView::copyAction() const
{
    return m_ui->actionCopy;
}

QAction *TrafficTableView::exportAction() const
{
    return m_ui->actionExportCsv;
}

void TrafficTableView::setStore(const HistoryStore *store)
{
    m_store = store;
    reload();
}

void TrafficTableView::setSelection(const ChartSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    reload();
}

void TrafficTableView::setPeriod(HistoryTotals::Period period)
{
    if (m_ui->periodCombo->currentIndex() == int(period))
        reload();
    else
        m_ui->periodCombo->setCurrentIndex(int(period)); // reloads
}

HistoryTotals::Period TrafficTableView::period() const
{
    return HistoryTotals::Period(std::max(0, m_ui->periodCombo->currentIndex()));
}

void TrafficTableView::setInterval(qint64 fromMs, qint64 toMs)
{
    m_interval = std::make_pair(fromMs, toMs);
    reload();
}

void TrafficTableView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void TrafficTableView::reload()
{
    if (!m_store || !m_store->isOpen()) {
        m_model->clear();
        return;
    }
    const HistoryTotals::Period p = period();
    qint64 fromMs = 0;
    qint64 toMs = 0;
    if (m_interval) {
        std::tie(fromMs, toMs) = *m_interval;
    } else {
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_zone);
        QDateTime from;
        switch (p) {
        case HistoryTotals::Period::Hour:
            from = QDateTime(now.date(), QTime(now.time().hour(), 0), m_zone).addSecs(-47 * 3600);
            break;
        case HistoryTotals::Period::Day:
            from = QDateTime(now.date().addDays(-30), QTime(0, 0), m_zone);
            break;
        case HistoryTotals::Period::Month:
            from = QDateTime(QDate(now.date().year(), now.date().month(), 1).addMonths(-11), QTime(0, 0),
                             m_zone);
            break;
        }
        fromMs = from.toMSecsSinceEpoch();
        toMs = now.toMSecsSinceEpoch() + 1;
    }
    m_model->load(*m_store, m_selection, fromMs, toMs, p, m_zone);
}

QList<int> TrafficTableView::rowsToCopy() const
{
    QList<int> rows;
    const QItemSelectionModel *sel = m_ui->table->selectionModel();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (sel->isRowSelected(r, QModelIndex()))
            rows << r;
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << r;
    }
    return rows;
}

void TrafficTableView::copy()
{
    QApplication::clipboard()->setMimeData(
        TableExport::toMimeData(*m_proxy, rowsToCopy(), TrafficTableModel::RawRole));
}

bool TrafficTableView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Every row, in the order shown, whatever is selected.
    file.write(TableExport::toCsv(*m_proxy, {}, TrafficTableModel::RawRole).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TrafficTableView::exportCsvInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Traffic Table"),
                                                      dir + QStringLiteral("/bandwatch-traffic.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

void TrafficTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int index = m_ui->periodCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->periodCombo->setCurrentIndex(index);
    }
    QWidget::changeEvent(event);
}

} // namespace Bandwatch
