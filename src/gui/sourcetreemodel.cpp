#include "gui/sourcetreemodel.h"

#include "gui/appicon.h"
#include "gui/sourcetreetext.h"

#include <QFont>
#include <QTimeZone>
#include <algorithm>

namespace Bandwatch {

namespace {

// internalId 0 marks a source row; n > 0 a series row under source row n - 1.
constexpr quintptr kSourceId = 0;

// Series of one source polled together end within this of each other; older
// ends belong to a series that stopped reporting and are not summed.
constexpr qint64 kSameIntervalMs = 1000;

} // namespace

SourceTreeModel::SourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

SourceTreeModel::~SourceTreeModel() = default;

void SourceTreeModel::setSources(const QList<SourceConfig> &sources)
{
    QList<SourceNode> next;
    for (const SourceConfig &config : sources) {
        const int row = sourceRow(config.id);
        SourceNode node = row >= 0 ? m_sources.at(row) : SourceNode {};
        node.state.id = config.id;
        node.state.type = config.type;
        next << node;
    }
    beginResetModel();
    m_sources = std::move(next);
    endResetModel();
}

void SourceTreeModel::updateState(const SourceState &state)
{
    const int row = ensureSource(state.id);
    m_sources[row].state = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SourceTreeModel::addSamples(const SampleList &samples)
{
    QList<int> touchedSources;
    for (const Sample &s : samples) {
        const int src = ensureSource(s.key.source);
        const int ser = ensureSeries(src, s.key);
        SeriesNode &node = m_sources[src].series[ser];
        Latest &latest = s.key.direction == Direction::In ? node.in : node.out;
        if (s.endMs >= latest.endMs)
            latest = Latest { s.bps, s.endMs };
        if (!touchedSources.contains(src))
            touchedSources << src;
    }
    for (int src : std::as_const(touchedSources)) {
        const QModelIndex parentIndex = index(src, 0);
        const auto last = m_sources.at(src).series.size() - 1;
        Q_EMIT dataChanged(index(src, StatusColumn), index(src, ColumnCount - 1));
        if (last >= 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(last), ColumnCount - 1, parentIndex));
    }
}

void SourceTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int row = 0; row < m_sources.size(); ++row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (!m_sources.at(row).series.isEmpty())
            Q_EMIT dataChanged(
                index(0, 0, index(row, 0)),
                index(int(m_sources.at(row).series.size()) - 1, ColumnCount - 1, index(row, 0)));
    }
}

QString SourceTreeModel::sourceId(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row).state.id : QString();
}

std::optional<SourceState> SourceTreeModel::state(const QString &sourceId) const
{
    const int row = sourceRow(sourceId);
    if (row < 0)
        return std::nullopt;
    return m_sources.at(row).state;
}

std::optional<double> SourceTreeModel::latestRate(const ChartSelection &selection, Direction direction) const
{
    const int row = sourceRow(selection.source);
    if (row < 0)
        return std::nullopt;
    const SourceNode &node = m_sources.at(row);
    if (selection.isWholeSource())
        return sourceRate(node, direction);
    for (const SeriesNode &s : node.series) {
        if (s.name == selection.series && s.labels == selection.labels) {
            const Latest &l = direction == Direction::In ? s.in : s.out;
            return l.endMs > 0 ? std::optional<double>(l.bps) : std::nullopt;
        }
    }
    return std::nullopt;
}

int SourceTreeModel::countWithHealth(SourceState::Health h) const
{
    return int(std::count_if(m_sources.cbegin(), m_sources.cend(),
                             [h](const SourceNode &n) { return n.state.health == h; }));
}

ChartSelection SourceTreeModel::selection(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.model() != this)
        return {};
    if (idx.internalId() == kSourceId)
        return ChartSelection::wholeSource(m_sources.at(idx.row()).state.id);
    const SourceNode &src = m_sources.at(int(idx.internalId() - 1));
    const SeriesNode &ser = src.series.at(idx.row());
    ChartSelection s;
    s.source = src.state.id;
    s.series = ser.name;
    s.labels = ser.labels;
    return s;
}

QModelIndex SourceTreeModel::indexOf(const ChartSelection &selection, int column) const
{
    const int row = sourceRow(selection.source);
    if (row < 0)
        return {};
    if (selection.isWholeSource())
        return index(row, column);
    const QList<SeriesNode> &series = m_sources.at(row).series;
    for (int i = 0; i < series.size(); ++i) {
        if (series.at(i).name == selection.series && series.at(i).labels == selection.labels)
            return index(i, column, index(row, 0));
    }
    return {};
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sources.size() ? createIndex(row, column, kSourceId) : QModelIndex();
    if (parent.internalId() != kSourceId || parent.row() >= m_sources.size())
        return {};
    if (row >= m_sources.at(parent.row()).series.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSourceId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSourceId);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sources.size());
    if (parent.internalId() == kSourceId && parent.column() == 0)
        return int(m_sources.at(parent.row()).series.size());
    return 0;
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SourceTreeModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(idx.column());
    if (idx.internalId() == kSourceId)
        return sourceData(m_sources.at(idx.row()), idx.column(), role);
    const SourceNode &src = m_sources.at(int(idx.internalId() - 1));
    return seriesData(src.series.at(idx.row()), idx.column(), role);
}

QVariant SourceTreeModel::sourceData(const SourceNode &node, int column, int role) const
{
    const SourceState &st = node.state;
    if (role == Qt::FontRole && column == NameColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == HealthRole)
        return int(st.health);
    if (role == MessageRole)
        return st.message;
    if (role == Qt::ToolTipRole)
        return SourceTreeText::sourceToolTip(st);
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return st.id;
        if (role == Qt::DecorationRole)
            return AppIcon::health(st.health);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return SourceTreeText::status(st);
        if (role == Qt::ForegroundRole && st.health == SourceState::Health::Error)
            return AppIcon::healthColor(st.health);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return st.message;
        if (role == Qt::ForegroundRole)
            return AppIcon::healthColor(SourceState::Health::Error);
        break;
    case InColumn:
    case OutColumn: {
        const auto rate = sourceRate(node, column == InColumn ? Direction::In : Direction::Out);
        if (role == Qt::DisplayRole)
            return SourceTreeText::rate(rate);
        if (role == RateRole && rate)
            return *rate;
        break;
    }
    case UpdatedColumn: {
        QDateTime t = st.lastSuccess;
        if (!t.isValid() && newestEnd(node) > 0)
            t = QDateTime::fromMSecsSinceEpoch(newestEnd(node), QTimeZone::utc());
        if (role == Qt::DisplayRole)
            return SourceTreeText::time(t);
        if (role == TimeRole)
            return t;
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SourceTreeModel::seriesData(const SeriesNode &node, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return SourceTreeText::seriesToolTip(node.name, node.labels);
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return node.name;
        break;
    case InColumn:
    case OutColumn: {
        const Latest &l = column == InColumn ? node.in : node.out;
        const auto rate = l.endMs > 0 ? std::optional<double>(l.bps) : std::nullopt;
        if (role == Qt::DisplayRole)
            return SourceTreeText::rate(rate);
        if (role == RateRole && rate)
            return *rate;
        break;
    }
    case UpdatedColumn: {
        const qint64 end = std::max(node.in.endMs, node.out.endMs);
        const QDateTime t = end > 0 ? QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()) : QDateTime();
        if (role == Qt::DisplayRole)
            return SourceTreeText::time(t);
        if (role == TimeRole)
            return t;
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case UpdatedColumn:
        return tr("Updated");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

Qt::ItemFlags SourceTreeModel::flags(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (idx.internalId() != kSourceId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

int SourceTreeModel::sourceRow(const QString &id) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).state.id == id)
            return i;
    }
    return -1;
}

int SourceTreeModel::ensureSource(const QString &id)
{
    const int row = sourceRow(id);
    if (row >= 0)
        return row;
    const int next = int(m_sources.size());
    beginInsertRows({}, next, next);
    SourceNode node;
    node.state.id = id;
    m_sources << node;
    endInsertRows();
    return next;
}

int SourceTreeModel::ensureSeries(int src, const SeriesKey &key)
{
    QList<SeriesNode> &series = m_sources[src].series;
    const auto labelText = [](const Labels &labels) {
        QString t;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            t += it.key() + QChar(0x1e) + it.value() + QChar(0x1f);
        return t;
    };
    const auto less = [&labelText](const SeriesNode &n, const SeriesKey &k) {
        return n.name != k.series ? n.name < k.series : labelText(n.labels) < labelText(k.labels);
    };
    auto pos = std::lower_bound(series.begin(), series.end(), key, less);
    const int row = int(pos - series.begin());
    if (pos != series.end() && pos->name == key.series && pos->labels == key.labels)
        return row;
    beginInsertRows(index(src, 0), row, row);
    series.insert(row, SeriesNode { key.series, key.labels, {}, {} });
    endInsertRows();
    return row;
}

qint64 SourceTreeModel::newestEnd(const SourceNode &node) const
{
    qint64 newest = 0;
    for (const SeriesNode &s : node.series)
        newest = std::max({ newest, s.in.endMs, s.out.endMs });
    return newest;
}

std::optional<double> SourceTreeModel::sourceRate(const SourceNode &node, Direction direction) const
{
    qint64 newest = 0;
    for (const SeriesNode &s : node.series)
        newest = std::max(newest, (direction == Direction::In ? s.in : s.out).endMs);
    if (newest == 0)
        return std::nullopt;
    double sum = 0.0;
    for (const SeriesNode &s : node.series) {
        const Latest &l = direction == Direction::In ? s.in : s.out;
        if (l.endMs > 0 && l.endMs >= newest - kSameIntervalMs)
            sum += l.bps;
    }
    return sum;
}

QVariant SourceTreeModel::alignment(int column)
{
    // Figures line up on the right; the times, between two figure columns
    // and the message, keep their distance from both when centred.
    switch (column) {
    case InColumn:
    case OutColumn:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case UpdatedColumn:
        return int(Qt::AlignHCenter | Qt::AlignVCenter);
    default:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

} // namespace Bandwatch
