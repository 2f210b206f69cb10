#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Edge traffic of Akamai hostnames (type: akamai) from the Reporting API v2
// (POST /reporting-api/v2/reports/delivery/traffic/current/data, metric
// edgeBytesSum by hostname and time5minutes), signed with EdgeGrid. Options:
//   endpoint: https://akab-xxxx.luna.akamaiapis.net   the API client's host (required)
//   client_token / client_secret / access_token        from the API client's .edgerc section;
//                                                      the client needs the Reporting API (READ)
//   domains: [www.example.com]                         the hostnames (required)
// Akamai keeps 92 days; the newest ~10 minutes are still settling.
class AkamaiSource : public CdnSource
{
    Q_OBJECT
public:
    AkamaiSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

    static QByteArray requestBody(const QStringList &domains);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QStringList m_domains;
    QByteArray m_clientToken;
    QByteArray m_clientSecret;
    QByteArray m_accessToken;
};

} // namespace Bandwatch
