#pragma once

#include "alerts/outboxentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bandwatch {

class AlertStore;

// The outbox for a view: pending, failed, sent and abandoned deliveries,
// newest first. QtCore only, so the GUI can show it in a QTableView and
// headless tools can print it. refresh() re-reads the table (connect it to
// OutboxDispatcher::entryChanged and AlertService::outboxChanged).
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Channel, Quota, Threshold, Status, Attempts, NextAttempt, LastError, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, StatusRole };

    explicit OutboxTableModel(const AlertStore *store, QObject *parent = nullptr);

    void setOpenOnly(bool openOnly); // pending and failed only
    bool openOnly() const { return m_openOnly; }
    void refresh();
    OutboxEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AlertStore *m_store;
    QList<OutboxEntry> m_entries;
    bool m_openOnly = false;
};

} // namespace Bandwatch
