#include "sources/signing/cdnetworkssignature.h"

#include "sources/signing/signingprimitives.h"

namespace Bandwatch {

QByteArray CdnetworksSignature::apiKeyPassword(const QString &apiKey, const QByteArray &date, Hash hash)
{
    const QByteArray key = apiKey.toUtf8();
    return (hash == Hash::Sha1 ? SigningPrimitives::hmacSha1(key, date)
                               : SigningPrimitives::hmacSha256(key, date))
        .toBase64();
}

QByteArray CdnetworksSignature::basicAuthorization(const QString &user, const QString &apiKey,
                                                   const QByteArray &date, Hash hash)
{
    const QByteArray pair = user.toUtf8() + ':' + apiKeyPassword(apiKey, date, hash);
    return "Basic " + pair.toBase64();
}

CdnetworksSignature::Result CdnetworksSignature::signAkSk(const Request &request, const QString &accessKey,
                                                          const QString &secretKey)
{
    const QByteArray signedHeaders = "content-type;host";
    Result r;
    r.canonicalRequest = request.method.toUpper() + '\n' + request.uri + '\n' + request.query + '\n'
        + "content-type:" + request.contentType.trimmed().toLower() + '\n'
        + "host:" + request.host.trimmed().toLower() + "\n\n" + signedHeaders + '\n'
        + SigningPrimitives::sha256Hex(request.body);
    r.stringToSign = "CNC-HMAC-SHA256\n" + QByteArray::number(request.timestamp) + '\n'
        + SigningPrimitives::sha256Hex(r.canonicalRequest);
    r.signature = SigningPrimitives::hmacSha256(secretKey.toUtf8(), r.stringToSign).toHex();
    r.authorization = "CNC-HMAC-SHA256 Credential=" + accessKey.toUtf8() + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + r.signature;
    return r;
}

} // namespace Bandwatch
