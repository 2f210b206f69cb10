#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Traffic of Tencent Cloud CDN domains (type: tencent-cdn) from DescribeCdnData
// (API 3.0, version 2018-06-06, signed with TC3-HMAC-SHA256), metric flux in
// 5-minute buckets, one series per domain. Options:
//   domains: [www.example.com]       required, at most 30
//   secret_id: AKID...               the API key's SecretId
//   secret_key: ${TENCENT_SECRET_KEY} needs cdn:DescribeCdnData (e.g. QcloudCDNReadOnlyAccess)
//   area: mainland | overseas        optional; default: both
//   endpoint: https://cdn.tencentcloudapi.com   (cdn.intl.tencentcloudapi.com for the international site)
// Times go out and come back in UTC+8, Tencent's default zone.
class TencentCdnSource : public CdnSource
{
    Q_OBJECT
public:
    TencentCdnSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

    // The JSON body of DescribeCdnData for a window.
    static QByteArray requestBody(const QStringList &domains, const QString &area, const Window &window);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QStringList m_domains;
    QString m_secretId;
    QString m_secretKey;
    QString m_area;
};

} // namespace Bandwatch
