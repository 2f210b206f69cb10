#pragma once

#include "exporter/apireply.h"
#include "exporter/apirequest.h"
#include "exporter/expositionwriter.h"

#include <array>

namespace Bandwatch {

struct ExporterState;

// GET /metrics. The exposition is rendered once and served from memory until
// something served changes, a series goes stale, or it is maxCacheAgeMs old
// (quota snapshots change without telling), so concurrent scrapers share one
// rendering (and one compression, for the scrapers that ask for gzip, as
// Prometheus does). The traffic families, nearly all of the text with many series,
// are cached on their own: a pushed value re-renders only the small rest.
class MetricsEndpoint
{
public:
    explicit MetricsEndpoint(const ExporterState &state)
        : m_state(state)
    { }

    ApiReply reply(const ApiRequest &request, qint64 nowMs);
    // Rendered now, without the caches.
    QByteArray render(ExpositionFormat format, qint64 nowMs) const;

    static constexpr qint64 maxCacheAgeMs = 5000;

private:
    struct Cache
    {
        quint64 generation = 0;
        qint64 renderedMs = -1;
        qint64 validUntilMs = -1;
        QByteArray body;
        QByteArray gzipped; // made on the first request that accepts gzip
        bool isValid(quint64 gen, qint64 nowMs) const
        {
            return renderedMs >= 0 && generation == gen && nowMs < validUntilMs && nowMs >= renderedMs;
        }
    };

    // Everything after the traffic families.
    void renderRest(ExpositionWriter &w, qint64 nowMs) const;
    void renderSources(ExpositionWriter &w) const;
    void renderQuotas(ExpositionWriter &w) const;

    const ExporterState &m_state;
    std::array<Cache, 2> m_traffic;
    std::array<Cache, 2> m_full;
};

} // namespace Bandwatch
