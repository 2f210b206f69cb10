#include "gui/apikeylistmodel.h"

namespace Bandwatch {

void ApiKeyListModel::setKeys(const QList<ConfigNode> &keys)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    for (int i = 0; i < keys.size(); ++i)
        m_rows.append({ keys.at(i), i });
    endResetModel();
}

QStringList ApiKeyListModel::names() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.node.text(u"name").trimmed();
    return out;
}

void ApiKeyListModel::addKey(const ConfigNode &key)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({ key, -1 });
    endInsertRows();
}

void ApiKeyListModel::removeKey(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    if (m_rows.at(row).origin >= 0)
        m_removed << m_rows.at(row).origin;
    m_rows.removeAt(row);
    endRemoveRows();
}

int ApiKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ConfigNode &k = m_rows.at(index.row()).node;
    switch (index.column()) {
    case NameColumn:
        return k.text(u"name");
    case ScopeColumn:
        return k.text(u"scope", QStringLiteral("read"));
    case StoredColumn:
        if (k.has(u"key_file"))
            return tr("file %1").arg(k.text(u"key_file"));
        if (k.text(u"key").contains(QLatin1String("${")))
            return tr("environment %1").arg(k.text(u"key"));
        return tr("inline in the configuration file");
    default:
        return {};
    }
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScopeColumn:
        return tr("Scope");
    case StoredColumn:
        return tr("Stored in");
    default:
        return {};
    }
}

} // namespace Bandwatch
