#include "exporter/alertquotastatusprovider.h"

#include "alerts/alertservice.h"

namespace Bandwatch {

QList<QuotaStatus> AlertQuotaStatusProvider::quotaStatuses() const
{
    QList<QuotaStatus> out;
    if (!m_service)
        return out;
    const QList<Quota> &quotas = m_service->config().quotas;
    for (const QuotaSnapshot &snapshot : m_service->snapshots()) {
        QuotaStatus s;
        s.name = snapshot.quotaId;
        const auto quota = std::find_if(quotas.cbegin(), quotas.cend(),
                                        [&](const Quota &q) { return q.id == snapshot.quotaId; });
        s.kind =
            quota != quotas.cend() && quota->isRate() ? QuotaStatus::Kind::Rate : QuotaStatus::Kind::Volume;
        s.cycleStart = snapshot.cycle.start;
        s.cycleEnd = snapshot.cycle.end;
        if (quota != quotas.cend())
            s.zone = quota->cycle.timeZone();
        s.limit = snapshot.limit;
        s.used = snapshot.value;
        if (s.kind == QuotaStatus::Kind::Volume) {
            // The breakdown holds each matched series' bytes in this cycle.
            for (const SeriesUsage &u : snapshot.breakdown) {
                const quint64 bytes = quint64(std::max(0.0, u.value));
                if (u.key.direction == Direction::In)
                    s.inBytes += bytes;
                else
                    s.outBytes += bytes;
            }
            if (snapshot.projection && snapshot.projection->valid)
                s.projected = snapshot.projection->projectedTotal;
        }
        out << s;
    }
    return out;
}

} // namespace Bandwatch
