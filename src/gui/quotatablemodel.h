#pragma once

#include "alerts/quota.h"
#include "alerts/quotasnapshot.h"
#include "gui/quotalevel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

namespace Bandwatch {

class AlertService;

// Every configured quota as the alert service last evaluated it, one row per
// quota: usage against the limit, the cycle in the quota's own time zone, the
// forecast to the cycle's end (volume) or the burst intervals left (95th
// percentile), and the daily budget left (volume). Follows
// AlertService::snapshotsChanged; the tray reads the worst row from here too.
class QuotaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        UsedColumn,
        PercentColumn,
        CycleColumn,
        ForecastColumn,
        BudgetColumn,
        ColumnCount
    };
    enum Role {
        PercentRole = Qt::UserRole + 1, // double; invalid without data
        LevelRole, // QuotaLevel::Level
        QuotaIdRole,
    };

    explicit QuotaTableModel(AlertService *alerts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the service's snapshots (connected to snapshotsChanged).
    void refresh();
    // What refresh() applies; tests and tools may feed snapshots directly.
    // `quotas` supply each quota's time zone (UTC when missing).
    void setSnapshots(const QList<QuotaSnapshot> &snapshots, const QList<Quota> &quotas);
    const QList<QuotaSnapshot> &snapshots() const { return m_snapshots; }
    int rowOf(const QString &quotaId) const;

    QuotaLevel::Level worstLevel() const;
    // "isp-monthly: 85.2 % (1.70 TB of 2.00 TB)"; empty without quotas with data.
    QString worstQuotaLine() const;
    // Volume quotas: (limit - used) / days left in the cycle, 0 once over.
    static double dailyBudget(const QuotaSnapshot &snapshot);
    void retranslate();

Q_SIGNALS:
    void worstLevelChanged(Bandwatch::QuotaLevel::Level level);

private:
    QString displayText(const QuotaSnapshot &s, int column) const;
    QString toolTip(const QuotaSnapshot &s) const;
    QString formatValue(const QuotaSnapshot &s, double value) const;
    QString formatDate(const QDateTime &instant, const QString &quotaId, bool withTime) const;

    QPointer<AlertService> m_alerts;
    QList<QuotaSnapshot> m_snapshots;
    QHash<QString, QTimeZone> m_zones;
    QuotaLevel::Level m_worst = QuotaLevel::Ok;
};

} // namespace Bandwatch
