#include "sources/signing/tencenttc3.h"

#include "sources/signing/signingprimitives.h"

#include <QDateTime>

namespace Bandwatch {

TencentTc3::Result TencentTc3::sign(const Request &request, const QString &secretId, const QString &secretKey)
{
    // The credential scope's date is the UTC day of the timestamp; a local
    // date here fails around midnight with AuthFailure.SignatureExpire.
    const QByteArray date = QDateTime::fromSecsSinceEpoch(request.timestamp, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd"))
                                .toLatin1();
    const QByteArray service = request.service.toUtf8();
    const QByteArray signedHeaders = "content-type;host";

    Result r;
    r.canonicalRequest = "POST\n/\n\ncontent-type:" + request.contentType + "\nhost:" + request.host + "\n\n"
        + signedHeaders + '\n' + SigningPrimitives::sha256Hex(request.payload);
    const QByteArray scope = date + '/' + service + "/tc3_request";
    r.stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(request.timestamp) + '\n' + scope + '\n'
        + SigningPrimitives::sha256Hex(r.canonicalRequest);

    QByteArray key = SigningPrimitives::hmacSha256("TC3" + secretKey.toUtf8(), date);
    key = SigningPrimitives::hmacSha256(key, service);
    key = SigningPrimitives::hmacSha256(key, "tc3_request");
    r.signature = SigningPrimitives::hmacSha256(key, r.stringToSign).toHex();
    r.authorization = "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() + '/' + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + r.signature;
    return r;
}

} // namespace Bandwatch
