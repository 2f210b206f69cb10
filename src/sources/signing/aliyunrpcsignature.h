#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Bandwatch {

// Alibaba Cloud RPC-style signature, version 1.0 (HMAC-SHA1), as the CDN
// API's Describe* operations take it: every parameter, the common ones
// included, in the query string, plus Signature.
class AliyunRpcSignature
{
public:
    using Parameters = QList<QPair<QString, QString>>;

    // "k1=v1&k2=v2" sorted by encoded name, names and values RFC 3986-encoded.
    static QByteArray canonicalQuery(const Parameters &parameters);
    // METHOD&%2F&<canonical query, encoded once more>
    static QByteArray stringToSign(const QByteArray &method, const Parameters &parameters);
    // Base64(HMAC-SHA1(secret + "&", stringToSign)).
    static QByteArray signature(const QByteArray &method, const Parameters &parameters,
                                const QString &accessKeySecret);
    // The query to send: the canonical query plus "&Signature=<encoded>".
    static QByteArray signedQuery(const QByteArray &method, const Parameters &parameters,
                                  const QString &accessKeySecret);
};

} // namespace Bandwatch
