#pragma once

// What CloudWatch and CDNetworks would check of a request, recomputed from
// what arrived at the test server. Each returns the first problem, or an
// empty string when the provider would have accepted the request.

#include "sources/cdn/cdnsource.h"
#include "sources/signing/awssigv4.h"
#include "sources/signing/cdnetworkssignature.h"
#include "tinyhttpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

namespace CdnSignatureCheck {

inline QString expectEqual(const char *what, const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    return QStringLiteral("%1: got \"%2\", expected \"%3\"")
        .arg(QLatin1String(what), QString::fromUtf8(actual), QString::fromUtf8(expected));
}

// A field of the form-encoded GetMetricData body, decoded.
inline QString formValue(const TestHttp::Request &req, const QString &name)
{
    return QUrlQuery(QString::fromLatin1(req.body)).queryItemValue(name, QUrl::FullyDecoded);
}

inline QByteArray isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
        .toLatin1();
}

inline QString cloudFront(const TestHttp::Request &req, const QString &keyId, const QString &secret,
                          const Bandwatch::CdnSource::Window &w, const QDateTime &now)
{
    using namespace Bandwatch;
    QString problem = expectEqual("method", req.method, "POST");
    if (problem.isEmpty())
        problem = expectEqual("path", req.path(), "/");
    if (problem.isEmpty())
        problem = expectEqual("x-amz-date", req.headers.value("x-amz-date"),
                              now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
    if (!problem.isEmpty())
        return problem;
    AwsSigV4::Request r;
    r.method = req.method;
    r.path = QStringLiteral("/");
    r.headers = { { "Host", req.headers.value("host") },
                  { "Content-Type", req.headers.value("content-type") } };
    r.body = req.body;
    const auto expected = AwsSigV4::sign(r, { keyId, secret, {} }, QStringLiteral("us-east-1"),
                                         QStringLiteral("monitoring"), now);
    const QList<QPair<const char *, QByteArray>> checks {
        { "authorization", expected.authorization },
        { "content-type", "application/x-www-form-urlencoded; charset=utf-8" },
    };
    for (const auto &[name, value] : checks)
        if (const QString p = expectEqual(name, req.headers.value(name), value); !p.isEmpty())
            return p;
    const QList<QPair<QString, QByteArray>> fields {
        { QStringLiteral("Action"), "GetMetricData" },
        { QStringLiteral("Version"), "2010-08-01" },
        { QStringLiteral("StartTime"), isoUtc(w.fromMs) },
        { QStringLiteral("EndTime"), isoUtc(w.toMs) },
        { QStringLiteral("MetricDataQueries.member.1.Id"), "out0" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Namespace"), "AWS/CloudFront" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.MetricName"), "BytesDownloaded" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name"),
          "DistributionId" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Name"), "Region" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value"),
          "Global" },
        { QStringLiteral("MetricDataQueries.member.1.MetricStat.Stat"), "Sum" },
        { QStringLiteral("MetricDataQueries.member.2.Id"), "in0" },
        { QStringLiteral("MetricDataQueries.member.2.MetricStat.Metric.MetricName"), "BytesUploaded" },
    };
    for (const auto &[name, value] : fields)
        if (const QString p = expectEqual(qPrintable(name), formValue(req, name).toUtf8(), value);
            !p.isEmpty())
            return p;
    return {};
}

inline QByteArray beijing(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+08:00'"))
        .toLatin1();
}

inline QString cdnetworksBody(const TestHttp::Request &req, const Bandwatch::CdnSource::Window &w,
                              const QString &protocol)
{
    QString problem = expectEqual("method", req.method, "POST");
    if (problem.isEmpty())
        problem = expectEqual("path", req.path(), "/api/report/flow/protocol");
    if (problem.isEmpty())
        problem = expectEqual("x-time-zone", req.headers.value("x-time-zone"), "GMT+08:00");
    if (!problem.isEmpty())
        return problem;
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    const QList<QPair<const char *, QByteArray>> fields {
        { "dateFrom", beijing(w.fromMs) },
        { "dateTo", beijing(w.toMs) },
        { "dataInterval", "5m" },
        { "protocolType", protocol.toLatin1() },
    };
    for (const auto &[name, value] : fields)
        if (const QString p = expectEqual(name, body.value(QLatin1String(name)).toString().toUtf8(), value);
            !p.isEmpty())
            return p;
    if (body.value(QStringLiteral("groupBy")).toArray() != QJsonArray { QStringLiteral("domain") })
        return QStringLiteral("groupBy is not [domain]");
    return {};
}

inline QString cdnetworksApiKey(const TestHttp::Request &req, const QString &user, const QString &apiKey,
                                const Bandwatch::CdnSource::Window &w, const QString &protocol,
                                const QDateTime &now)
{
    const QByteArray date =
        QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    QString problem = expectEqual("date", req.headers.value("date"), date);
    if (problem.isEmpty())
        problem = expectEqual("authorization", req.headers.value("authorization"),
                              Bandwatch::CdnetworksSignature::basicAuthorization(user, apiKey, date));
    return problem.isEmpty() ? cdnetworksBody(req, w, protocol) : problem;
}

inline QString cdnetworksAkSk(const TestHttp::Request &req, const QString &accessKey,
                              const QString &secretKey, const Bandwatch::CdnSource::Window &w,
                              const QString &protocol, const QDateTime &now)
{
    Bandwatch::CdnetworksSignature::Request r;
    r.method = req.method;
    r.uri = req.path();
    r.host = req.headers.value("host");
    r.contentType = req.headers.value("content-type");
    r.body = req.body;
    r.timestamp = now.toSecsSinceEpoch();
    QString problem =
        expectEqual("x-cnc-timestamp", req.headers.value("x-cnc-timestamp"), QByteArray::number(r.timestamp));
    if (problem.isEmpty())
        problem = expectEqual("x-cnc-accesskey", req.headers.value("x-cnc-accesskey"), accessKey.toUtf8());
    if (problem.isEmpty())
        problem = expectEqual("x-cnc-auth-method", req.headers.value("x-cnc-auth-method"), "AKSK");
    if (problem.isEmpty())
        problem =
            expectEqual("authorization", req.headers.value("authorization"),
                        Bandwatch::CdnetworksSignature::signAkSk(r, accessKey, secretKey).authorization);
    return problem.isEmpty() ? cdnetworksBody(req, w, protocol) : problem;
}

} // namespace CdnSignatureCheck
