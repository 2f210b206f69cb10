#include "sources/cdn/akamaireportresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AkamaiReportResponse", text);
}

QString problemMessage(const QJsonObject &o)
{
    QStringList details;
    if (o.contains(QStringLiteral("detail")))
        details << o.value(QStringLiteral("detail")).toString();
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject eo = e.toObject();
        const QString type = eo.value(QStringLiteral("type")).toString();
        const QString detail = eo.value(QStringLiteral("detail")).toString();
        details << (type.isEmpty() ? detail : type + QStringLiteral(": ") + detail);
    }
    QString message = tr("Akamai error %1 %2")
                          .arg(o.value(QStringLiteral("status")).toInt())
                          .arg(o.value(QStringLiteral("title")).toString());
    if (!details.isEmpty())
        message += QStringLiteral(": ") + details.join(QStringLiteral("; "));
    const QString next = o.value(QStringLiteral("rateLimitNextRequest")).toString();
    if (!next.isEmpty())
        message += tr(" (next request allowed at %1)").arg(next);
    return message;
}

std::optional<qint64> timeMs(const QJsonValue &v, const QString &type)
{
    if (type == u"DATE_ISO8601" || (type.isEmpty() && v.isString() && v.toString().contains(u'T')))
        return CdnJson::isoTimeMs(v.toString());
    const auto n = CdnJson::number(v);
    if (!n)
        return std::nullopt;
    return type == u"TIMESTAMP_MS" ? qint64(*n) : qint64(*n) * 1000;
}

} // namespace

qint64 AkamaiReportResponse::bucketMs(const QString &dimension)
{
    if (dimension == u"time5minutes")
        return 300000;
    if (dimension == u"time1hour")
        return 3600000;
    if (dimension == u"time1day")
        return 86400000;
    return 0;
}

CdnReport AkamaiReportResponse::parse(const QByteArray &body)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("Akamai"), &error);
    if (!root)
        return CdnReport::failure(error);
    if (root->contains(QStringLiteral("status")) && root->contains(QStringLiteral("title"))
        && !root->contains(QStringLiteral("data")))
        return CdnReport::fromProvider(problemMessage(*root));
    const QJsonValue data = root->value(QStringLiteral("data"));
    if (!data.isArray())
        return CdnReport::failure(tr("Akamai: the response has no data list"));
    const QJsonObject metadata = root->value(QStringLiteral("metadata")).toObject();
    if (metadata.value(QStringLiteral("hasMoreRows")).toBool())
        return CdnReport::failure(tr("Akamai: the report was cut at its row limit (hasMoreRows); "
                                     "shorten lookback or use fewer hostnames"));

    QString timeDimension;
    QString timeType;
    for (const QJsonValue &d : metadata.value(QStringLiteral("dimensions")).toArray()) {
        const QString name = d.toObject().value(QStringLiteral("name")).toString();
        if (bucketMs(name) > 0) {
            timeDimension = name;
            timeType = d.toObject().value(QStringLiteral("type")).toString();
        }
    }
    const auto reportStart = CdnJson::isoTimeMs(metadata.value(QStringLiteral("start")).toString());
    const auto reportEnd = CdnJson::isoTimeMs(metadata.value(QStringLiteral("end")).toString());

    CdnReport report;
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject row = v.toObject();
        if (timeDimension.isEmpty())
            for (const char *name : { "time5minutes", "time1hour", "time1day" })
                if (row.contains(QLatin1String(name)))
                    timeDimension = QLatin1String(name);
        const QString host = row.value(QStringLiteral("hostname")).toString();
        const auto bytes = CdnJson::number(row.value(QStringLiteral("edgeBytesSum")));
        if (host.isEmpty() || !bytes)
            return CdnReport::failure(tr("Akamai: a row has no hostname or no valid edgeBytesSum"));
        qint64 start = 0;
        qint64 interval = 0;
        if (!timeDimension.isEmpty()) {
            const auto t = timeMs(row.value(timeDimension), timeType);
            if (!t)
                return CdnReport::failure(tr("Akamai: a row of %1 has no valid %2").arg(host, timeDimension));
            start = *t;
            interval = bucketMs(timeDimension);
        } else {
            if (!reportStart || !reportEnd || *reportEnd <= *reportStart)
                return CdnReport::failure(
                    tr("Akamai: rows without a time dimension need metadata start and end"));
            start = *reportStart;
            interval = *reportEnd - *reportStart;
        }
        report.add(host, Direction::Out, start, interval, *bytes);
    }
    return report;
}

} // namespace Bandwatch
