#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Bytes Cloudflare delivered for a zone (type: cloudflare), per host, from the
// GraphQL Analytics API (httpRequestsAdaptiveGroups, sum.edgeResponseBytes,
// 5-minute buckets, eyeball traffic). Options:
//   zone_id: 023e105f4ecef8ad9ca31a8372d0c353
//   api_token: ${CLOUDFLARE_API_TOKEN}       needs Zone > Analytics > Read; sent as Bearer
//   domains: [www.example.com]               optional: only these hosts (one request each);
//                                            default: every host of the zone
//   endpoint: https://api.cloudflare.com/client/v4/graphql
// Cloudflare answers errors with HTTP 200 and an `errors` array; adaptive
// data is sampled and the last minutes are still filling (refetch covers that).
class CloudflareSource : public CdnSource
{
    Q_OBJECT
public:
    CloudflareSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QString m_zoneId;
    QString m_token;
    QStringList m_domains;
};

} // namespace Bandwatch
