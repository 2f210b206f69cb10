#include "sources/cdn/fastlystatsresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FastlyStatsResponse", text);
}

} // namespace

qint64 FastlyStatsResponse::bucketMs(const QString &by)
{
    if (by == u"minute")
        return 60000;
    if (by == u"hour")
        return 3600000;
    if (by == u"day")
        return 86400000;
    return 0;
}

CdnReport FastlyStatsResponse::parse(const QByteArray &body, const QString &series)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("Fastly"), &error);
    if (!root)
        return CdnReport::failure(error);
    const QString status = root->value(QStringLiteral("status")).toString();
    if (status != u"success") {
        QString msg = root->value(QStringLiteral("msg")).toString();
        const QString detail = root->value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty())
            msg += (msg.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
        return CdnReport::fromProvider(
            tr("Fastly error: %1").arg(msg.isEmpty() ? tr("status \"%1\"").arg(status) : msg));
    }
    const QString by = root->value(QStringLiteral("meta")).toObject().value(QStringLiteral("by")).toString();
    const qint64 interval = bucketMs(by);
    if (interval == 0)
        return CdnReport::failure(
            tr("Fastly: unknown meta.by \"%1\" (expected minute, hour or day)").arg(by));

    const QJsonValue data = root->value(QStringLiteral("data"));
    // A service without traffic in the range answers with an empty object.
    if (data.isObject() && data.toObject().isEmpty())
        return {};
    if (!data.isArray())
        return CdnReport::failure(
            tr("Fastly: data is not a list of buckets (is this a /stats/service/<id> response?)"));

    CdnReport report;
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject row = v.toObject();
        const auto start = CdnJson::number(row.value(QStringLiteral("start_time")));
        const auto out = CdnJson::number(row.value(QStringLiteral("bandwidth")));
        if (!start || !out)
            return CdnReport::failure(tr("Fastly: a bucket has no valid start_time or bandwidth"));
        const qint64 startMs = qint64(*start) * 1000;
        report.add(series, Direction::Out, startMs, interval, *out);
        const auto header = CdnJson::number(row.value(QStringLiteral("req_header_bytes")));
        const auto bodyBytes = CdnJson::number(row.value(QStringLiteral("req_body_bytes")));
        if (header && bodyBytes)
            report.add(series, Direction::In, startMs, interval, *header + *bodyBytes);
    }
    return report;
}

} // namespace Bandwatch
