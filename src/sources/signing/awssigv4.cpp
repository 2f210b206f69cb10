#include "sources/signing/awssigv4.h"

#include "sources/signing/signingprimitives.h"

#include <algorithm>
#include <map>

namespace Bandwatch {

namespace {

QByteArray collapseWhitespace(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

QByteArray AwsSigV4::canonicalPath(const QString &path)
{
    QStringList kept;
    for (const QString &segment : path.split(u'/')) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept << segment;
    }
    QByteArray out = "/";
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            out += '/';
        out += SigningPrimitives::percentEncode(kept[i].toUtf8());
    }
    if (!kept.isEmpty() && path.endsWith(u'/'))
        out += '/';
    return out;
}

AwsSigV4::Result AwsSigV4::sign(const Request &request, const Credentials &credentials, const QString &region,
                                const QString &service, const QDateTime &now, bool signBody)
{
    const QDateTime utc = now.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);
    const QByteArray payloadHash = SigningPrimitives::sha256Hex(request.body);

    Result result;
    result.headers.append({ QByteArrayLiteral("X-Amz-Date"), amzDate });
    if (!credentials.sessionToken.isEmpty())
        result.headers.append(
            { QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8() });
    if (signBody)
        result.headers.append({ QByteArrayLiteral("x-amz-content-sha256"), payloadHash });

    // Same-named headers are joined with "," in the order they were given.
    std::map<QByteArray, QByteArrayList> headers;
    for (const auto &h : request.headers)
        headers[h.first.toLower()] << collapseWhitespace(h.second);
    for (const auto &h : std::as_const(result.headers))
        headers[h.first.toLower()] << collapseWhitespace(h.second);
    QByteArray canonicalHeaders;
    QByteArrayList signedNames;
    for (const auto &[name, values] : headers) {
        canonicalHeaders += name + ':' + values.join(',') + '\n';
        signedNames << name;
    }
    const QByteArray signedHeaders = signedNames.join(';');

    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &q : request.query)
        query.append({ SigningPrimitives::percentEncode(q.first.toUtf8()),
                       SigningPrimitives::percentEncode(q.second.toUtf8()) });
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &q : std::as_const(query))
        queryParts << q.first + '=' + q.second;

    result.canonicalRequest = request.method.toUpper() + '\n' + canonicalPath(request.path) + '\n'
        + queryParts.join('&') + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n' + payloadHash;

    const QByteArray scope = day + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    result.stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n'
        + SigningPrimitives::sha256Hex(result.canonicalRequest);

    QByteArray key = SigningPrimitives::hmacSha256("AWS4" + credentials.secretAccessKey.toUtf8(), day);
    key = SigningPrimitives::hmacSha256(key, region.toUtf8());
    key = SigningPrimitives::hmacSha256(key, service.toUtf8());
    key = SigningPrimitives::hmacSha256(key, "aws4_request");
    result.signature = SigningPrimitives::hmacSha256(key, result.stringToSign).toHex();

    result.authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + result.signature;
    result.headers.append({ QByteArrayLiteral("Authorization"), result.authorization });
    return result;
}

} // namespace Bandwatch
