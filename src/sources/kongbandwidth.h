#pragma once

#include "core/counterrate.h"
#include "core/expositionerror.h"
#include "core/sample.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Bandwatch {

// One raw bandwidth counter of one Kong node, as its Prometheus plugin prints it.
struct KongCounter
{
    QString service;
    QString route; // empty when the plugin has no route label (<= 2.4)
    bool hasRoute = false;
    QString consumer; // 3.x; absent on stream-subsystem series
    bool hasConsumer = false;
    QString workspace; // 3.7+
    bool hasWorkspace = false;
    Direction direction = Direction::In;
    quint64 value = 0;
};

// What one node's /metrics said.
struct KongNodeReading
{
    QString node; // any stable id of the node (its URL)
    QList<KongCounter> counters;
    // nginx's accepted-connections counter from the same body: it only falls
    // when the node restarted, even if the bandwidth counters have since
    // climbed past their old values.
    std::optional<quint64> acceptedConnections;
};

// The pure part of the Kong source: reads bandwidth counters out of /metrics
// bodies and turns successive readings of several nodes into samples.
//
// Both plugin generations are understood:
//   Kong >= 3.0: kong_bandwidth_bytes{service,route,direction,consumer[,workspace]}
//   Kong <= 2.8: kong_bandwidth{service,route,type}; <= 2.4 without route, and
//                with an aggregate kong_bandwidth_total{type} that is ignored
//                (adding it would count every byte twice).
// ingress maps to in, egress to out.
//
// Aggregation: one series per service/route/direction (plus consumer and/or
// workspace when kept), summed over every node and every raw series that
// maps to it. Deltas are taken per node and per raw series before summing,
// so each node's counters reset independently (Kong restart or reload): a
// decrease is a reset and the new value is the traffic since. A series first
// seen on a node that was already read counts in full (Kong creates a series
// at its first byte). A series that disappears keeps its last value, so a
// scrape that misses it cannot later count its whole history again. When the
// node's accepted-connections counter falls, the node restarted: every
// counter restarted from zero, so each current value counts in full.
//
// Nodes are independent: a poll feeds only the nodes that answered. A node
// that did not keeps its last values, and what it counted meanwhile is
// attributed to the poll in which it answers again.
class KongBandwidth
{
public:
    struct Options
    {
        bool keepConsumer = false;
        bool keepWorkspace = false;
        // Polls (in which any node answered) further apart than this are a
        // gap, e.g. a suspended machine: no traffic attributed, every node
        // takes a new baseline.
        qint64 maxGapMs = 0;
    };

    struct Extracted
    {
        QList<KongCounter> counters;
        bool hasBandwidthMetrics = false; // false: the body has neither generation's family
        bool hasKongMetrics = false; // any kong_* family: a Kong with the Prometheus plugin
        std::optional<quint64> acceptedConnections; // restart witness, when the body has one
    };

    KongBandwidth() = default;
    explicit KongBandwidth(Options options)
        : m_options(options)
    { }

    // Parses one /metrics body (format from the Content-Type, else sniffed).
    // nullopt with `error` (line number included) when the body is malformed.
    static std::optional<Extracted> extract(QByteArrayView body, QByteArrayView contentType,
                                            ExpositionError *error = nullptr);

    // Series name of a counter: "service/route", or whichever of the two exists.
    static QString seriesName(const QString &service, const QString &route);

    // Feeds the readings of the nodes that answered one poll, taken at
    // monotonic time monoMs and wall time wallMs. A node's first reading only
    // sets its baseline.
    SampleList update(const QString &sourceId, const QList<KongNodeReading> &nodes, qint64 monoMs,
                      qint64 wallMs);

    void reset()
    {
        m_nodes.clear();
        m_hasPrevious = false;
    }

private:
    struct NodeState
    {
        QHash<QString, quint64> values; // raw series key -> last value
        std::optional<quint64> acceptedConnections;
    };

    Options m_options;
    QHash<QString, NodeState> m_nodes;
    bool m_hasPrevious = false;
    qint64 m_previousMonoMs = 0;
};

} // namespace Bandwatch
