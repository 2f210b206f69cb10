#include "sources/signing/aliyunrpcsignature.h"

#include "sources/signing/signingprimitives.h"

#include <algorithm>

namespace Bandwatch {

QByteArray AliyunRpcSignature::canonicalQuery(const Parameters &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &p : parameters)
        encoded.append({ SigningPrimitives::percentEncode(p.first.toUtf8()),
                         SigningPrimitives::percentEncode(p.second.toUtf8()) });
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    for (const auto &p : std::as_const(encoded))
        parts << p.first + '=' + p.second;
    return parts.join('&');
}

QByteArray AliyunRpcSignature::stringToSign(const QByteArray &method, const Parameters &parameters)
{
    return method.toUpper() + "&%2F&" + SigningPrimitives::percentEncode(canonicalQuery(parameters));
}

QByteArray AliyunRpcSignature::signature(const QByteArray &method, const Parameters &parameters,
                                         const QString &accessKeySecret)
{
    return SigningPrimitives::hmacSha1(accessKeySecret.toUtf8() + '&', stringToSign(method, parameters))
        .toBase64();
}

QByteArray AliyunRpcSignature::signedQuery(const QByteArray &method, const Parameters &parameters,
                                           const QString &accessKeySecret)
{
    return canonicalQuery(parameters)
        + "&Signature=" + SigningPrimitives::percentEncode(signature(method, parameters, accessKeySecret));
}

} // namespace Bandwatch
