#pragma once

#include <QByteArray>
#include <QString>

namespace Bandwatch {

// Tencent Cloud API 3.0 signature v3 (TC3-HMAC-SHA256) for a POST with a
// JSON body, signing the content-type and host headers. Pure: the timestamp
// is a parameter, so Tencent's worked example reproduces.
class TencentTc3
{
public:
    struct Request
    {
        QByteArray host; // e.g. cdn.tencentcloudapi.com
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        QByteArray payload;
        QString service; // e.g. cdn (the first label of the host)
        qint64 timestamp = 0; // Unix seconds, also sent as X-TC-Timestamp
    };

    struct Result
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature; // lower-case hex
        QByteArray authorization;
    };

    static Result sign(const Request &request, const QString &secretId, const QString &secretKey);
};

} // namespace Bandwatch
