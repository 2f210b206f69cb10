#include "sources/cdn/aliyuncdnresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QXmlStreamReader>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AliyunCdnResponse", text);
}

QString errorMessage(const QString &code, const QString &message, const QString &requestId)
{
    return tr("Alibaba Cloud error %1: %2 (RequestId %3)").arg(code, message, requestId);
}

struct Point
{
    QString time;
    QJsonValue value;
};

CdnReport build(const QString &domain, bool isBps, const QJsonValue &interval, const QList<Point> &points)
{
    const auto seconds = CdnJson::number(interval);
    if (!seconds || *seconds < 1)
        return CdnReport::failure(tr("Alibaba Cloud: the response has no valid DataInterval"));
    const qint64 intervalMs = qint64(*seconds) * 1000;
    CdnReport report;
    for (const Point &p : points) {
        const auto start = CdnJson::isoTimeMs(p.time);
        const auto value = CdnJson::number(p.value);
        if (!start || !value)
            return CdnReport::failure(tr("Alibaba Cloud: invalid data point (TimeStamp \"%1\")").arg(p.time));
        report.add(domain, Direction::Out, *start, intervalMs, isBps ? *value * *seconds / 8.0 : *value);
    }
    return report;
}

} // namespace

CdnReport AliyunCdnResponse::parse(const QByteArray &body, const QString &domain)
{
    const QByteArray start = body.trimmed().left(1);
    return start == "<" ? parseXml(body, domain) : parseJson(body, domain);
}

CdnReport AliyunCdnResponse::parseJson(const QByteArray &body, const QString &domain)
{
    QString error;
    const auto root = CdnJson::object(body, QStringLiteral("Alibaba Cloud"), &error);
    if (!root)
        return CdnReport::failure(error);
    if (root->contains(QStringLiteral("Code")))
        return CdnReport::fromProvider(errorMessage(root->value(QStringLiteral("Code")).toString(),
                                                    root->value(QStringLiteral("Message")).toString(),
                                                    root->value(QStringLiteral("RequestId")).toString()));
    const bool isBps = root->contains(QStringLiteral("BpsDataPerInterval"));
    const QJsonValue container =
        root->value(isBps ? QStringLiteral("BpsDataPerInterval") : QStringLiteral("TrafficDataPerInterval"));
    if (!container.isObject())
        return CdnReport::failure(
            tr("Alibaba Cloud: the response has neither TrafficDataPerInterval nor BpsDataPerInterval"));
    QList<Point> points;
    for (const QJsonValue &m : container.toObject().value(QStringLiteral("DataModule")).toArray())
        points.append({ m.toObject().value(QStringLiteral("TimeStamp")).toString(),
                        m.toObject().value(QStringLiteral("Value")) });
    return build(domain, isBps, root->value(QStringLiteral("DataInterval")), points);
}

CdnReport AliyunCdnResponse::parseXml(const QByteArray &body, const QString &domain)
{
    QXmlStreamReader xml(body);
    QString rootName;
    QString code, message, requestId;
    QJsonValue interval;
    bool isBps = false;
    bool hasContainer = false;
    QList<Point> points;
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty())
                rootName = name;
            if (name == u"BpsDataPerInterval" || name == u"TrafficDataPerInterval") {
                hasContainer = true;
                isBps = name == u"BpsDataPerInterval";
            }
            if (name == u"DataModule")
                points.append(Point {});
            path << name;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && !path.isEmpty()) {
            const QString text = xml.text().toString().trimmed();
            const QString &leaf = path.last();
            const bool inModule = path.size() >= 2 && path.at(path.size() - 2) == u"DataModule";
            if (inModule && !points.isEmpty() && leaf == u"TimeStamp")
                points.last().time = text;
            else if (inModule && !points.isEmpty() && leaf == u"Value")
                points.last().value = text;
            else if (path.size() == 2 && leaf == u"DataInterval")
                interval = text;
            else if (path.size() == 2 && leaf == u"Code")
                code = text;
            else if (path.size() == 2 && leaf == u"Message")
                message = text;
            else if (path.size() == 2 && leaf == u"RequestId")
                requestId = text;
        }
    }
    if (xml.hasError())
        return CdnReport::failure(tr("Alibaba Cloud: the response is not valid XML (%1 at line %2)")
                                      .arg(xml.errorString())
                                      .arg(xml.lineNumber()));
    if (rootName == u"Error" || !code.isEmpty())
        return CdnReport::fromProvider(errorMessage(code, message, requestId));
    if (!hasContainer)
        return CdnReport::failure(
            tr("Alibaba Cloud: the response has neither TrafficDataPerInterval nor BpsDataPerInterval"));
    return build(domain, isBps, interval, points);
}

} // namespace Bandwatch
