#pragma once

#include "sources/cdn/cdnsource.h"

namespace Bandwatch {

// Edge traffic of CDNetworks domains (type: cdnetworks) from
// QueryTrafficBySpecificProtocol (POST /api/report/flow/protocol), one request
// per protocol (http and https add up to the domain's traffic), grouped by
// domain. Options:
//   domains: [www.example.com]          required; CDNetworks allows 20 by default
//   username + api_key                  API-key authentication (HTTP Basic with
//                                       Base64(HMAC-SHA1(api_key, Date)))
//   access_key + secret_key             or AK/SK authentication (CNC-HMAC-SHA256)
//   data_interval: 5m                   1m, 5m, 1h or 1d (not `interval`, the poll interval)
//   protocols: [http, https]            which protocols to count
//   endpoint: https://api.cdnetworks.com
// Asks and reads times in GMT+8 (X-Time-Zone), CDNetworks' default, so answers
// mean the same whether or not the header is honoured. At most 7 days per query.
class CdnetworksSource : public CdnSource
{
    Q_OBJECT
public:
    CdnetworksSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);

    static QByteArray requestBody(const QStringList &domains, const QString &protocol,
                                  const QString &interval, const Window &window);

protected:
    QList<HttpRequest> buildRequests(const Window &window) override;
    CdnReport parse(int index, const HttpResult &result) const override;

private:
    QStringList m_domains;
    QString m_username;
    QString m_apiKey;
    QString m_accessKey;
    QString m_secretKey;
    QString m_interval;
    QStringList m_protocols;
    Window m_asked;
};

} // namespace Bandwatch
