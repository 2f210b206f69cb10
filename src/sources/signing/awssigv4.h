#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Bandwatch {

// AWS Signature Version 4 for the Authorization header (not presigned URLs).
// Pure: the clock is a parameter, so the AWS test suite's fixed timestamp
// reproduces its canonical request, string to sign and signature exactly.
class AwsSigV4
{
public:
    struct Credentials
    {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken; // STS credentials only; sent as X-Amz-Security-Token
    };

    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path = QStringLiteral("/"); // decoded; encoded here for signing
        QList<QPair<QString, QString>> query; // decoded names and values
        QList<QPair<QByteArray, QByteArray>> headers; // as sent, Host included; all are signed
        QByteArray body;
    };

    struct Result
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature; // lower-case hex
        QByteArray authorization; // the Authorization header's value
        // Headers to send in addition to the request's own: X-Amz-Date,
        // X-Amz-Security-Token, x-amz-content-sha256 (as asked) and Authorization.
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    // `signBody` adds the x-amz-content-sha256 header (signed) as S3-style
    // services want; the payload hash is part of the canonical request either way.
    static Result sign(const Request &request, const Credentials &credentials, const QString &region,
                       const QString &service, const QDateTime &now, bool signBody = false);

    // "/a//b/./c/../d" -> "/a/b/d", then each segment RFC 3986-encoded once.
    static QByteArray canonicalPath(const QString &path);
};

} // namespace Bandwatch
