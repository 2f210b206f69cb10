#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace Bandwatch {

// Akamai EdgeGrid (EG1-HMAC-SHA256) request signing. Pure: timestamp and
// nonce are parameters, so the published test cases reproduce.
class AkamaiEdgeGrid
{
public:
    struct Credentials
    {
        QByteArray clientToken;
        QByteArray accessToken;
        QByteArray clientSecret;
    };

    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QByteArray scheme = QByteArrayLiteral("https");
        QByteArray host;
        QByteArray pathAndQuery = QByteArrayLiteral("/"); // exactly as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    struct Result
    {
        QByteArray dataToSign; // including the unsigned auth header at its end
        QByteArray signingKey;
        QByteArray authorization;
    };

    // 131072 bytes is the max_body Akamai's own clients default to.
    static constexpr int kDefaultMaxBody = 131072;

    // "20140321T19:34:21+0000"
    static QByteArray timestamp(const QDateTime &when);
    static QByteArray signingKey(const QByteArray &clientSecret, const QByteArray &timestamp);
    // Only POST bodies are hashed, and only their first maxBody bytes.
    static QByteArray contentHash(const Request &request, int maxBody = kDefaultMaxBody);

    static Result sign(const Request &request, const Credentials &credentials, const QByteArray &timestamp,
                       const QByteArray &nonce, const QByteArrayList &headersToSign = {},
                       int maxBody = kDefaultMaxBody);
};

} // namespace Bandwatch
