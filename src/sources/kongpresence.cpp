#include "sources/kongpresence.h"

namespace Bandwatch {

void KongPresence::record(const QString &node, bool hasBandwidth)
{
    if (!m_nodes.contains(node))
        m_order.append(node);
    Node &n = m_nodes[node];
    n.seen = n.seen || hasBandwidth;
    if (!n.seen)
        ++n.answersWithout;
}

bool KongPresence::neverSeenTooLong() const
{
    bool tooLong = false;
    for (const Node &n : m_nodes) {
        if (n.seen)
            return false;
        tooLong = tooLong || n.answersWithout >= m_patience;
    }
    return tooLong;
}

QStringList KongPresence::laggingNodes() const
{
    bool anySeen = false;
    for (const Node &n : m_nodes)
        anySeen = anySeen || n.seen;
    QStringList out;
    if (!anySeen)
        return out;
    for (const QString &name : m_order) {
        const Node n = m_nodes.value(name);
        if (!n.seen && n.answersWithout >= m_patience)
            out << name;
    }
    return out;
}

} // namespace Bandwatch
