#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Traffic of one Fastly service (type: fastly) from the historical stats API
// (GET /stats/service/<id>?from=&to=&by=minute), 1-minute buckets. Out is
// `bandwidth` (every byte Fastly delivered); in is the request header and
// body bytes clients sent. Options:
//   service_id: SU1Z0isxPaozGVKXdv0eY
//   api_token: ${FASTLY_API_TOKEN}     sent as Fastly-Key; the global:read scope suffices
//   name: www.example.com              the series name (default: the service ID), since
//                                      Fastly counts per service, not per domain
//   endpoint: https://api.fastly.com
class FastlySource : public CdnSource
{
    Q_OBJECT
public:
    FastlySource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QString m_serviceId;
    QString m_token;
    QString m_name;
};

} // namespace Bandwatch
