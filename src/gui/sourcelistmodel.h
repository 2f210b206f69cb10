#pragma once

#include "core/confignode.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Bandwatch {

class ConfigEditor;
class SecretStore;

// The `sources:` list of the configuration file as the settings dialog edits
// it: each row is the raw entry (no ${ENV} expansion) plus secrets typed in
// this session. apply() writes back only the rows that changed, so the other
// entries, and their comments, stay exactly as they are in the file.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnabledColumn, IdColumn, TypeColumn, IntervalColumn, DetailColumn, ColumnCount };

    explicit SourceListModel(QObject *parent = nullptr);

    void load(const ConfigEditor &editor);
    // Stores typed secrets in files under `secretsFolder` (<key>_file), then
    // edits, removes and appends the changed entries in `editor`.
    // Secrets typed in the dialog go to `secrets` (the keychain or 0600 files).
    bool apply(ConfigEditor &editor, const SecretStore &secrets, QString *error);
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const ConfigNode &entry(int row) const { return m_rows.at(row).entry; }
    QHash<QString, QString> secrets(int row) const { return m_rows.at(row).secrets; }
    bool isEnabled(int row) const;
    // Ids of every source except the one at `exceptRow`.
    QStringList ids(int exceptRow = -1) const;

    void setEntry(int row, const ConfigNode &entry, const QHash<QString, QString> &secrets);
    int addEntry(const ConfigNode &entry, const QHash<QString, QString> &secrets);
    void removeEntry(int row);
    void setEnabled(int row, bool enabled);

Q_SIGNALS:
    void modified();

private:
    struct Row
    {
        ConfigNode entry;
        QHash<QString, QString> secrets;
        int fileIndex = -1; // index in the file's list; -1 for a new entry
        bool dirty = false;
    };
    QString detail(const ConfigNode &entry) const;
    void markModified();

    QList<Row> m_rows;
    QList<int> m_removed; // file indexes of removed entries
    bool m_modified = false;
};

} // namespace Bandwatch
