#pragma once

#include "core/confignode.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bandwatch {

// The `quotas:` list as the settings page edits it: each row is the quota's
// raw configuration entry (no ${ENV} expansion), so keys the page does not
// show survive an edit. Rows remember which file entry they came from, so
// applying rewrites only what changed.
class QuotaListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, KindColumn, LimitColumn, SeriesColumn, CycleColumn, ColumnCount };

    struct Row
    {
        ConfigNode node;
        int origin = -1; // index in the file's list, -1 for a new quota
        bool modified = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setQuotas(const QList<ConfigNode> &quotas);
    const QList<Row> &rows() const { return m_rows; }
    QList<int> removedOrigins() const { return m_removed; }
    ConfigNode quota(int row) const { return m_rows.value(row).node; }
    QStringList ids(int exceptRow = -1) const;

    void addQuota(const ConfigNode &quota);
    void setQuota(int row, const ConfigNode &quota);
    void removeQuota(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "kong, name=eth*, service=api" from a `series:` value.
    static QString describeSeries(const ConfigNode &series);
    // "monthly from day 15, Asia/Taipei" from a `cycle:` value.
    static QString describeCycle(const ConfigNode *cycle);

private:
    QList<Row> m_rows;
    QList<int> m_removed;
};

} // namespace Bandwatch
