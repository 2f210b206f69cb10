#include "alerts/outboxtablemodel.h"

#include "alerts/alertstore.h"
#include "alerts/quota.h"

#include <QDateTime>

namespace Bandwatch {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}

} // namespace

OutboxTableModel::OutboxTableModel(const AlertStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void OutboxTableModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    refresh();
}

void OutboxTableModel::refresh()
{
    beginResetModel();
    m_entries = m_store ? m_store->entries(m_openOnly) : QList<OutboxEntry> {};
    endResetModel();
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == StatusRole)
        return int(e.status);
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return e.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        return timeText(e.createdMs);
    case Channel:
        return e.channel;
    case Quota:
        return e.quotaId;
    case Threshold:
        if (e.thresholdBasisPoints == Quota::projectionBasisPoints)
            return tr("projected to exceed");
        return QStringLiteral("%1 %").arg(e.thresholdBasisPoints / 100.0);
    case Status:
        switch (e.status) {
        case OutboxEntry::Status::Pending:
            return tr("pending");
        case OutboxEntry::Status::Failed:
            return tr("failed, retrying");
        case OutboxEntry::Status::Sent:
            return tr("sent %1").arg(timeText(e.sentMs));
        case OutboxEntry::Status::Abandoned:
            return tr("abandoned");
        }
        return {};
    case Attempts:
        return e.attempts;
    case NextAttempt:
        return e.isOpen() ? timeText(e.nextAttemptMs) : QString();
    case LastError:
        return e.lastError;
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Channel:
        return tr("Channel");
    case Quota:
        return tr("Quota");
    case Threshold:
        return tr("Threshold");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace Bandwatch
