#pragma once

#include <QByteArray>
#include <QString>

namespace Bandwatch {

// CDNetworks' two API authentication schemes. No official test vectors are
// published; the tests use self-computed ones (see their SOURCES.md).
class CdnetworksSignature
{
public:
    enum class Hash { Sha1, Sha256 };

    // API-key scheme: password = Base64(HMAC(apiKey, Date header value)),
    // sent as HTTP basic auth with the account name.
    static QByteArray apiKeyPassword(const QString &apiKey, const QByteArray &date, Hash hash = Hash::Sha1);
    static QByteArray basicAuthorization(const QString &user, const QString &apiKey, const QByteArray &date,
                                         Hash hash = Hash::Sha1);

    // AK/SK scheme (CNC-HMAC-SHA256), signing content-type and host with
    // lower-cased values as the official SDK does.
    struct Request
    {
        QByteArray method = QByteArrayLiteral("POST");
        QByteArray uri = QByteArrayLiteral("/");
        QByteArray query; // canonical query string; empty for POST
        QByteArray host;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body;
        qint64 timestamp = 0; // Unix seconds, sent as x-cnc-timestamp
    };

    struct Result
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature;
        QByteArray authorization;
    };

    static Result signAkSk(const Request &request, const QString &accessKey, const QString &secretKey);
};

} // namespace Bandwatch
