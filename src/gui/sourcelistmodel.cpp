#include "gui/sourcelistmodel.h"

#include "app/configeditor.h"
#include "app/secretstore.h"
#include "gui/sourcefields.h"

#include <QUrl>
#include <algorithm>
#include <functional>

namespace Bandwatch {

namespace {

const QStringList kSourcesPath { QStringLiteral("sources") };

QString joined(const ConfigNode *value)
{
    if (!value)
        return {};
    if (!value->isList())
        return value->scalar;
    QStringList items;
    for (const ConfigNode &item : value->items)
        items << item.scalar;
    return items.join(QStringLiteral(", "));
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceListModel::load(const ConfigEditor &editor)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    if (const ConfigNode *list = editor.node(kSourcesPath); list && list->isList()) {
        for (int i = 0; i < list->items.size(); ++i)
            m_rows.append(Row { list->items.at(i), {}, i, false });
    }
    m_modified = false;
    endResetModel();
}

bool SourceListModel::apply(ConfigEditor &editor, const SecretStore &secrets, QString *error)
{
    // Existing entries first, while the file's indexes still hold; then the
    // removals from the back; then the new entries at the end of the list.
    QList<Row> rows = m_rows;
    for (Row &row : rows) {
        for (auto it = row.secrets.cbegin(); it != row.secrets.cend(); ++it) {
            const auto stored =
                secrets.store(row.entry.text(u"id") + u'-' + it.key(), it.value().toUtf8(), error);
            if (!stored)
                return false;
            SecretStore::apply(row.entry, it.key(), *stored);
            row.dirty = true;
        }
        if (row.dirty && row.fileIndex >= 0 && !editor.setItem(kSourcesPath, row.fileIndex, row.entry, error))
            return false;
    }
    QList<int> removed = m_removed;
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    for (int index : std::as_const(removed)) {
        if (!editor.removeItem(kSourcesPath, index, error))
            return false;
    }
    for (const Row &row : std::as_const(rows)) {
        if (row.fileIndex < 0 && !editor.appendItem(kSourcesPath, row.entry, error))
            return false;
    }
    return true;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConfigNode &e = m_rows.at(index.row()).entry;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return isEnabled(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == EnabledColumn)
        return isEnabled(index.row()) ? tr("Polled while Bandwatch runs")
                                      : tr("Kept in the file, not polled");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return e.text(u"id");
    case TypeColumn:
        return e.text(u"type");
    case IntervalColumn:
        return e.has(u"interval") ? e.text(u"interval") : tr("60s (default)");
    case DetailColumn:
        return detail(e);
    default:
        return {};
    }
}

QString SourceListModel::detail(const ConfigNode &e) const
{
    const QString type = e.text(u"type");
    if (type == u"vnstat-exporter") {
        // The URL's path is a secret: only the host is shown.
        if (const ConfigNode *file = e.child(u"url_file"))
            return tr("URL in %1").arg(file->scalar);
        const QUrl url(e.text(u"url"));
        return url.host().isEmpty() ? QString() : tr("%1 (path hidden)").arg(url.host());
    }
    if (type == u"interfaces") {
        if (e.has(u"include"))
            return tr("include: %1").arg(joined(e.child(u"include")));
        return tr("exclude: %1").arg(e.has(u"exclude") ? joined(e.child(u"exclude")) : QStringLiteral("lo"));
    }
    if (type == u"vnstat")
        return e.has(u"interface") ? e.text(u"interface") : tr("all interfaces");
    if (type == u"kong" && !e.has(u"url"))
        return joined(e.child(u"urls"));
    return joined(e.child(SourceFields::detailKey(type)));
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case IdColumn:
        return tr("Id");
    case TypeColumn:
        return tr("Type");
    case IntervalColumn:
        return tr("Interval");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    setEnabled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

bool SourceListModel::isEnabled(int row) const
{
    const QString v = m_rows.at(row).entry.text(u"enabled", QStringLiteral("true")).toLower();
    return v != u"false" && v != u"no" && v != u"off" && v != u"0";
}

QStringList SourceListModel::ids(int exceptRow) const
{
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != exceptRow)
            out << m_rows.at(i).entry.text(u"id");
    }
    return out;
}

void SourceListModel::setEntry(int row, const ConfigNode &entry, const QHash<QString, QString> &secrets)
{
    Row &r = m_rows[row];
    r.entry = entry;
    r.secrets = secrets;
    r.dirty = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    markModified();
}

int SourceListModel::addEntry(const ConfigNode &entry, const QHash<QString, QString> &secrets)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row { entry, secrets, -1, true });
    endInsertRows();
    markModified();
    return row;
}

void SourceListModel::removeEntry(int row)
{
    beginRemoveRows({}, row, row);
    if (m_rows.at(row).fileIndex >= 0)
        m_removed << m_rows.at(row).fileIndex;
    m_rows.removeAt(row);
    endRemoveRows();
    markModified();
}

void SourceListModel::setEnabled(int row, bool enabled)
{
    if (isEnabled(row) == enabled)
        return;
    Row &r = m_rows[row];
    if (enabled)
        r.entry.remove(u"enabled");
    else
        r.entry.set(QStringLiteral("enabled"), QStringLiteral("false"));
    r.dirty = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    markModified();
}

void SourceListModel::markModified()
{
    m_modified = true;
    Q_EMIT modified();
}

} // namespace Bandwatch
