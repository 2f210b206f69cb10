#include "sources/cdn/cdnetworksflowresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CdnetworksFlowResponse", text);
}

// "2024-03-12 00:05" -> the instant; "24:00" is the next day's midnight.
std::optional<qint64> endOfBucket(const QString &text, const QTimeZone &zone)
{
    QString t = text.trimmed();
    int extraDays = 0;
    if (t.endsWith(QStringLiteral(" 24:00"))) {
        t = t.chopped(5) + QStringLiteral("00:00");
        extraDays = 1;
    }
    const QDateTime local = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date().addDays(extraDays), local.time(), zone).toMSecsSinceEpoch();
}

} // namespace

CdnReport CdnetworksFlowResponse::parse(const QByteArray &body, const QString &protocol, qint64 intervalMs,
                                        int utcOffsetSeconds)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("CDNetworks"), &error);
    if (!root)
        return CdnReport::failure(error);
    if (!root->contains(QStringLiteral("resultList"))) {
        const QJsonValue code = root->value(QStringLiteral("code"));
        const QString message = root->value(QStringLiteral("message")).toString();
        if (!code.isUndefined() || !message.isEmpty())
            return CdnReport::fromProvider(
                tr("CDNetworks error %1: %2")
                    .arg(code.isDouble() ? QString::number(code.toInteger()) : code.toString(), message));
        return CdnReport::failure(tr("CDNetworks: the response has no resultList"));
    }
    const QString key = protocol + QStringLiteral("FlowData");
    const QTimeZone zone(utcOffsetSeconds);
    CdnReport report;
    for (const QJsonValue &entry : root->value(QStringLiteral("resultList")).toArray()) {
        const QJsonObject result = entry.toObject();
        const QString domain = result.value(QStringLiteral("domain")).toString();
        if (domain.isEmpty())
            return CdnReport::failure(tr("CDNetworks: a result has no domain (was groupBy [domain] asked?)"));
        if (!result.value(key).isArray())
            return CdnReport::failure(tr("CDNetworks: the result for %1 has no %2 list").arg(domain, key));
        for (const QJsonValue &point : result.value(key).toArray()) {
            const QString time = point.toObject().value(QStringLiteral("timestamp")).toString();
            const auto end = endOfBucket(time, zone);
            const auto mb = CdnJson::number(point.toObject().value(QStringLiteral("value")));
            if (!end || !mb)
                return CdnReport::failure(
                    tr("CDNetworks: invalid data point (timestamp \"%1\") for %2").arg(time, domain));
            report.add(domain, Direction::Out, *end - intervalMs, intervalMs, *mb * kBytesPerMb);
        }
    }
    return report;
}

} // namespace Bandwatch
