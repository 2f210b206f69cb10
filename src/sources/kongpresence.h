#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// Which Kong nodes have ever served a bandwidth family.
//
// nginx-lua-prometheus prints a family only once one of its series exists,
// so a node with bandwidth_metrics=true that has proxied nothing since it
// started (or reloaded) serves no kong_bandwidth_bytes at all. Absence alone
// is therefore no error; only absence that lasts is: on every node for
// `patience` polls (the plugin is probably not configured), or on one node
// while others serve the family (that node is probably configured apart).
class KongPresence
{
public:
    explicit KongPresence(int patience = 3)
        : m_patience(patience)
    { }

    // One answer of `node` in this poll: whether its body had the family.
    void record(const QString &node, bool hasBandwidth);

    // No node has ever shown the family, for `patience` answers of some node.
    bool neverSeenTooLong() const;

    // Nodes that answered `patience` times without ever showing the family
    // while another node has shown it.
    QStringList laggingNodes() const;

    int patience() const { return m_patience; }

private:
    struct Node
    {
        bool seen = false;
        int answersWithout = 0;
    };
    int m_patience;
    QHash<QString, Node> m_nodes;
    QStringList m_order; // config order, for stable messages
};

} // namespace Bandwatch
