#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Traffic of Alibaba Cloud CDN domains (type: aliyun-cdn) from
// DescribeDomainTrafficData (API version 2018-05-10, RPC signature v1 with
// HMAC-SHA1), 5-minute buckets, one request and one series per domain. Options:
//   domains: [www.example.com]
//   access_key_id: LTAI...
//   access_key_secret: ${ALIYUN_ACCESS_KEY_SECRET}   needs cdn:DescribeDomainTrafficData
//                                                     (e.g. AliyunCDNReadOnlyAccess)
//   endpoint: https://cdn.aliyuncs.com
// Alibaba publishes 5-minute data about 15 minutes late; a query may span at most 3 days.
class AliyunCdnSource : public CdnSource
{
    Q_OBJECT
public:
    AliyunCdnSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QStringList m_domains;
    QString m_accessKeyId;
    QString m_accessKeySecret;
};

} // namespace Bandwatch
