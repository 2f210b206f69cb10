#pragma once

#include "gui/chartselection.h"
#include "storage/historytotals.h"

#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QTableView;

namespace Ui {
class TrafficTableView;
}

namespace Bandwatch {

class HistoryStore;
class TrafficTableModel;
class TrafficTableProxy;

// The traffic table with its period choice, Copy (Ctrl+C: text/plain and
// text/html for spreadsheets) and Export CSV. The numbers live in
// TrafficTableModel; this widget only shows them.
class TrafficTableView : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficTableView(QWidget *parent = nullptr);
    ~TrafficTableView() override;

    void setStore(const HistoryStore *store);
    void setSelection(const ChartSelection &selection);
    void setPeriod(HistoryTotals::Period period);
    HistoryTotals::Period period() const;
    // A fixed interval; without one the last 48 hours / 31 days / 12 months.
    void setInterval(qint64 fromMs, qint64 toMs);
    void setTimeZone(const QTimeZone &zone);

    TrafficTableModel *model() const { return m_model; }
    TrafficTableProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const;
    QAction *copyAction() const;
    QAction *exportAction() const;

    // The rows selected (all when none are), in the order shown.
    QList<int> rowsToCopy() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void reload();
    void copy();
    void exportCsvInteractively();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::TrafficTableView> m_ui;
    TrafficTableModel *m_model = nullptr;
    TrafficTableProxy *m_proxy = nullptr;
    const HistoryStore *m_store = nullptr;
    ChartSelection m_selection;
    std::optional<std::pair<qint64, qint64>> m_interval;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Bandwatch
