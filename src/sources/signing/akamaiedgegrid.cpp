#include "sources/signing/akamaiedgegrid.h"

#include "sources/signing/signingprimitives.h"

namespace Bandwatch {

QByteArray AkamaiEdgeGrid::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss'+0000'")).toLatin1();
}

QByteArray AkamaiEdgeGrid::signingKey(const QByteArray &clientSecret, const QByteArray &timestamp)
{
    return SigningPrimitives::hmacSha256(clientSecret, timestamp).toBase64();
}

QByteArray AkamaiEdgeGrid::contentHash(const Request &request, int maxBody)
{
    if (request.method.toUpper() != "POST" || request.body.isEmpty())
        return {};
    return SigningPrimitives::sha256(request.body.left(maxBody)).toBase64();
}

AkamaiEdgeGrid::Result AkamaiEdgeGrid::sign(const Request &request, const Credentials &credentials,
                                            const QByteArray &timestamp, const QByteArray &nonce,
                                            const QByteArrayList &headersToSign, int maxBody)
{
    const QByteArray authHeader = "EG1-HMAC-SHA256 client_token=" + credentials.clientToken
        + ";access_token=" + credentials.accessToken + ";timestamp=" + timestamp + ";nonce=" + nonce + ';';

    QByteArrayList canonicalHeaders;
    for (const QByteArray &name : headersToSign)
        for (const auto &h : request.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                canonicalHeaders << name.toLower() + ':' + h.second.simplified();
                break;
            }

    Result r;
    r.dataToSign = QByteArrayList { request.method.toUpper(),
                                    request.scheme.toLower(),
                                    request.host.toLower(),
                                    request.pathAndQuery,
                                    canonicalHeaders.join('\t'),
                                    contentHash(request, maxBody),
                                    authHeader }
                       .join('\t');
    r.signingKey = signingKey(credentials.clientSecret, timestamp);
    r.authorization =
        authHeader + "signature=" + SigningPrimitives::hmacSha256(r.signingKey, r.dataToSign).toBase64();
    return r;
}

} // namespace Bandwatch
