#pragma once

#include "app/sourcestate.h"
#include "core/sample.h"
#include "gui/chartselection.h"
#include "sources/sourceconfig.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <optional>

namespace Bandwatch {

// The source tree: each configured source with its health, last success and
// error message, and under it the series it reported, with their latest
// rates. Sources keep the order of the configuration; series are sorted.
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, InColumn, OutColumn, UpdatedColumn, MessageColumn, ColumnCount };
    enum Role {
        HealthRole = Qt::UserRole + 1, // int(SourceState::Health), sources only
        RateRole, // double bit/s in the In/Out columns; invalid when unknown
        TimeRole, // QDateTime (UTC) in the Updated column
        MessageRole, // the last error of a source
    };

    explicit SourceTreeModel(QObject *parent = nullptr);
    ~SourceTreeModel() override;

    // Lists these sources in this order; state and series of sources that
    // stay are kept, sources that are gone are dropped.
    void setSources(const QList<SourceConfig> &sources);
    void updateState(const SourceState &state);
    void addSamples(const SampleList &samples);

    // Texts are translated on demand; this tells the views to fetch them again.
    void retranslate();

    int sourceCount() const { return int(m_sources.size()); }
    QString sourceId(int row) const;
    std::optional<SourceState> state(const QString &sourceId) const;
    // Summed newest rate of a source (or of one series), if any was seen.
    std::optional<double> latestRate(const ChartSelection &selection, Direction direction) const;
    int countWithHealth(SourceState::Health health) const;

    ChartSelection selection(const QModelIndex &index) const;
    QModelIndex indexOf(const ChartSelection &selection, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Latest
    {
        double bps = 0.0;
        qint64 endMs = 0; // 0: none yet
    };
    struct SeriesNode
    {
        QString name;
        Labels labels;
        Latest in;
        Latest out;
    };
    struct SourceNode
    {
        SourceState state;
        QList<SeriesNode> series;
    };

    int sourceRow(const QString &id) const;
    int ensureSource(const QString &id);
    int ensureSeries(int sourceRowIndex, const SeriesKey &key);
    std::optional<double> sourceRate(const SourceNode &node, Direction direction) const;
    qint64 newestEnd(const SourceNode &node) const;
    QVariant sourceData(const SourceNode &node, int column, int role) const;
    QVariant seriesData(const SeriesNode &node, int column, int role) const;
    static QVariant alignment(int column);

    QList<SourceNode> m_sources;
};

} // namespace Bandwatch
