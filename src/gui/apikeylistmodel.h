#pragma once

#include "core/confignode.h"

#include <QAbstractTableModel>

namespace Bandwatch {

// `exporter.api_keys` as the exporter page shows it: name, scope and where
// the key is kept. Never the key itself: rows hold the raw entries, which
// name a file or an environment variable.
class ApiKeyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ScopeColumn, StoredColumn, ColumnCount };

    struct Row
    {
        ConfigNode node;
        int origin = -1; // index in the file's list, -1 for a key created on the page
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setKeys(const QList<ConfigNode> &keys);
    const QList<Row> &rows() const { return m_rows; }
    QList<int> removedOrigins() const { return m_removed; }
    QStringList names() const;

    void addKey(const ConfigNode &key);
    void removeKey(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QList<int> m_removed;
};

} // namespace Bandwatch
