#include "sources/kongbandwidth.h"

#include "core/expositionparser.h"

#include <QCoreApplication>
#include <cmath>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KongBandwidth", text);
}

// Collects both generations' samples; the caller then uses the newer one.
class BandwidthVisitor : public ExpositionVisitor
{
public:
    bool family(const ExpositionFamily &f) override
    {
        m_inBytes = f.name == "kong_bandwidth_bytes";
        m_inLegacy = f.name == "kong_bandwidth";
        // 3.x: kong_nginx_connections_total{subsystem,state}; 2.x:
        // kong_nginx_http_current_connections{state}.
        m_inWitness =
            f.name == "kong_nginx_connections_total" || f.name == "kong_nginx_http_current_connections";
        m_sawFamily = m_sawFamily || m_inBytes || m_inLegacy;
        m_sawKong = m_sawKong || f.name.startsWith("kong_");
        return m_inBytes || m_inLegacy || m_inWitness;
    }

    void sample(const ExpositionSample &s) override
    {
        if (!m_error.isEmpty())
            return;
        if (m_inWitness) {
            addWitness(s);
            return;
        }
        // Text format: the sample is named like the family. OpenMetrics: counters end in _total.
        const QByteArrayView name = s.name();
        const bool bytes =
            m_inBytes && (name == "kong_bandwidth_bytes" || name == "kong_bandwidth_bytes_total");
        const bool legacy = m_inLegacy && (name == "kong_bandwidth" || name == "kong_bandwidth_total");
        if (!bytes && !legacy)
            return;
        // The <= 2.4 aggregate has neither service nor route.
        if (legacy && !s.hasLabel("service"))
            return;
        KongCounter c;
        c.service = s.label("service");
        c.hasRoute = s.hasLabel("route");
        c.route = s.label("route");
        c.hasConsumer = s.hasLabel("consumer");
        c.consumer = s.label("consumer");
        c.hasWorkspace = s.hasLabel("workspace");
        c.workspace = s.label("workspace");
        const QString dir = s.label(bytes ? "direction" : "type");
        if (!parseDirection(dir, &c.direction)) {
            m_error = tr("line %1: %2 has %3=\"%4\", expected ingress or egress")
                          .arg(s.line())
                          .arg(QString::fromUtf8(name),
                               bytes ? QStringLiteral("direction") : QStringLiteral("type"), dir);
            return;
        }
        const double v = s.value();
        // Counters are printed with Lua's %.14g: integral, possibly in exponent form.
        if (!std::isfinite(v) || v < 0 || v >= 18446744073709551616.0) {
            m_error = tr("line %1: bandwidth counter value %2 is not a byte count").arg(s.line()).arg(v);
            return;
        }
        c.value = v < 9007199254740992.0 ? quint64(std::llround(v)) : quint64(v);
        (bytes ? m_bytes : m_legacy).append(c);
    }

    QList<KongCounter> m_bytes;
    QList<KongCounter> m_legacy;
    QString m_error;
    bool m_sawFamily = false;
    bool m_sawKong = false;
    std::optional<quint64> m_accepted;

private:
    void addWitness(const ExpositionSample &s)
    {
        const double v = s.value();
        // A witness that is not a plain count is no witness: ignore it rather than fail the poll.
        if (s.label("state") != u"accepted" || !std::isfinite(v) || v < 0 || v >= 9007199254740992.0)
            return;
        // Summed over subsystems (http, stream): each only grows while the node runs.
        m_accepted = m_accepted.value_or(0) + quint64(std::llround(v));
    }

    bool m_inBytes = false;
    bool m_inLegacy = false;
    bool m_inWitness = false;
};

QString rawKey(const KongCounter &c)
{
    // Presence flags keep a stream series (no consumer label) apart from an
    // http series with consumer="".
    const QChar sep(0x1f);
    return c.service + sep + c.route + sep + (c.hasRoute ? u'r' : u'-') + directionName(c.direction) + sep
        + (c.hasConsumer ? QStringLiteral("c") + c.consumer : QStringLiteral("-")) + sep
        + (c.hasWorkspace ? QStringLiteral("w") + c.workspace : QStringLiteral("-"));
}

} // namespace

std::optional<KongBandwidth::Extracted>
KongBandwidth::extract(QByteArrayView body, QByteArrayView contentType, ExpositionError *error)
{
    ExpositionParser::Options options;
    options.format = ExpositionParser::detectFormat(contentType, body);
    BandwidthVisitor visitor;
    ExpositionError parseError;
    if (!ExpositionParser(options).parse(body, visitor, &parseError)) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    if (!visitor.m_error.isEmpty()) {
        if (error)
            *error = ExpositionError { 0, visitor.m_error };
        return std::nullopt;
    }
    Extracted out;
    out.hasBandwidthMetrics = visitor.m_sawFamily;
    out.hasKongMetrics = visitor.m_sawKong;
    out.acceptedConnections = visitor.m_accepted;
    // A node never serves both; if one did, the 3.x family is the complete one.
    out.counters = !visitor.m_bytes.isEmpty() ? visitor.m_bytes : visitor.m_legacy;
    return out;
}

QString KongBandwidth::seriesName(const QString &service, const QString &route)
{
    if (!service.isEmpty() && !route.isEmpty())
        return service + QLatin1Char('/') + route;
    if (!service.isEmpty())
        return service;
    if (!route.isEmpty())
        return route;
    return QStringLiteral("(none)");
}

SampleList KongBandwidth::update(const QString &sourceId, const QList<KongNodeReading> &nodes, qint64 monoMs,
                                 qint64 wallMs)
{
    const bool first = !m_hasPrevious;
    // Two polls within one millisecond still carry traffic: never let the
    // interval collapse to zero (that would drop the bytes as a bad interval).
    if (!first && monoMs <= m_previousMonoMs)
        monoMs = m_previousMonoMs + 1;
    const qint64 intervalMs = monoMs - m_previousMonoMs;
    const bool usableInterval =
        !first && intervalMs > 0 && (m_options.maxGapMs <= 0 || intervalMs <= m_options.maxGapMs);

    QList<SeriesKey> order;
    QHash<SeriesKey, quint64> bytes;
    for (const KongNodeReading &node : nodes) {
        const bool knownNode = m_nodes.contains(node.node);
        NodeState &state = m_nodes[node.node];
        const bool restarted = knownNode && state.acceptedConnections && node.acceptedConnections
            && *node.acceptedConnections < *state.acceptedConnections;
        // After a restart every old value is void, also those of series the node no longer prints.
        if (restarted)
            state.values.clear();
        state.acceptedConnections = node.acceptedConnections;
        QHash<QString, int> occurrences;
        for (const KongCounter &c : node.counters) {
            // A series printed twice is two counters: number the repeats.
            QString raw = rawKey(c);
            const int n = occurrences[raw]++;
            if (n > 0)
                raw += QLatin1Char('#') + QString::number(n);

            if (usableInterval && knownNode) {
                SeriesKey key;
                key.source = sourceId;
                key.series = seriesName(c.service, c.route);
                key.direction = c.direction;
                key.labels.insert(QStringLiteral("service"), c.service);
                if (c.hasRoute)
                    key.labels.insert(QStringLiteral("route"), c.route);
                if (m_options.keepConsumer && c.hasConsumer)
                    key.labels.insert(QStringLiteral("consumer"), c.consumer);
                if (m_options.keepWorkspace && c.hasWorkspace)
                    key.labels.insert(QStringLiteral("workspace"), c.workspace);
                auto it = bytes.find(key);
                if (it == bytes.end()) {
                    it = bytes.insert(key, 0);
                    order.append(key);
                }
                const auto prev = state.values.constFind(raw);
                // New series on a known node (or any after its restart): all of its value is new traffic.
                const CounterReading before { m_previousMonoMs, prev == state.values.cend() ? 0 : *prev };
                const CounterDelta d =
                    CounterRate::between(before, { monoMs, c.value }, CounterWidth::Unbounded);
                if (d.isUsable())
                    *it += d.bytes;
            }
            state.values.insert(raw, c.value);
        }
    }
    m_hasPrevious = true;
    m_previousMonoMs = monoMs;
    if (!usableInterval)
        return {};

    SampleList samples;
    samples.reserve(order.size());
    for (const SeriesKey &key : order) {
        Sample s;
        s.key = key;
        s.endMs = wallMs;
        s.startMs = wallMs - intervalMs;
        s.bytes = bytes.value(key);
        s.bps = double(s.bytes) * 8.0 * 1000.0 / double(intervalMs);
        samples.append(s);
    }
    return samples;
}

} // namespace Bandwatch
