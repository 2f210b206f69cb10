#include "sources/cdn/cloudwatchmetricdataresponse.h"

#include "sources/cdn/cdnjson.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <cmath>

namespace Bandwatch {

namespace {

// AWS sends Throttling as HTTP 400 without Retry-After; its SDKs back off
// for tens of seconds, and one poll interval is the natural step here.
constexpr qint64 kThrottleBackOffMs = 60000;

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudWatchMetricDataResponse", text);
}

struct Result
{
    QString id;
    QString statusCode;
    QStringList timestamps;
    QStringList values;
    QStringList messages;
};

// Reads <member> children of the element just entered as text.
QStringList memberTexts(QXmlStreamReader &xml)
{
    QStringList out;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"member")
            out << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
    return out;
}

QString messageTexts(QXmlStreamReader &xml)
{
    QStringList out;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"member") {
            xml.skipCurrentElement();
            continue;
        }
        QString code;
        QString value;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Code")
                code = xml.readElementText();
            else if (xml.name() == u"Value")
                value = xml.readElementText();
            else
                xml.skipCurrentElement();
        }
        out << (code.isEmpty() ? value : code + QStringLiteral(": ") + value);
    }
    return out.join(QStringLiteral("; "));
}

Result readResult(QXmlStreamReader &xml)
{
    Result r;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Id")
            r.id = xml.readElementText();
        else if (xml.name() == u"StatusCode")
            r.statusCode = xml.readElementText();
        else if (xml.name() == u"Timestamps")
            r.timestamps = memberTexts(xml);
        else if (xml.name() == u"Values")
            r.values = memberTexts(xml);
        else if (xml.name() == u"Messages")
            r.messages << messageTexts(xml);
        else
            xml.skipCurrentElement();
    }
    return r;
}

CdnReport readError(QXmlStreamReader &xml)
{
    QString code;
    QString message;
    QString requestId;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Error") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Code")
                    code = xml.readElementText();
                else if (xml.name() == u"Message")
                    message = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else if (xml.name() == u"RequestId") {
            requestId = xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
    CdnReport r =
        CdnReport::fromProvider(tr("AWS error %1: %2 (RequestId %3)").arg(code, message, requestId));
    if (code == u"Throttling" || code == u"ThrottlingException" || code == u"RequestLimitExceeded")
        r.retryAfterMs = kThrottleBackOffMs;
    return r;
}

} // namespace

CdnReport CloudWatchMetricDataResponse::parse(const QByteArray &body, const QHash<QString, Query> &queries,
                                              qint64 periodMs)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement())
        return CdnReport::failure(tr("CloudWatch: the response is not valid XML (%1 at line %2)")
                                      .arg(xml.errorString())
                                      .arg(xml.lineNumber()));
    if (xml.name() == u"ErrorResponse")
        return readError(xml);
    if (xml.name() != u"GetMetricDataResponse")
        return CdnReport::failure(
            tr("CloudWatch: <%1> is not a GetMetricData response").arg(xml.name().toString()));

    QList<Result> results;
    QString nextToken;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"GetMetricDataResult") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"MetricDataResults") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"member")
                        results << readResult(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == u"NextToken") {
                nextToken = xml.readElementText();
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        return CdnReport::failure(tr("CloudWatch: the response is not valid XML (%1 at line %2)")
                                      .arg(xml.errorString())
                                      .arg(xml.lineNumber()));

    CdnReport report;
    for (const Result &r : std::as_const(results)) {
        if (!queries.contains(r.id))
            return CdnReport::failure(
                tr("CloudWatch: a result for query \"%1\", which was not asked").arg(r.id));
        const Query q = queries.value(r.id);
        // PartialData is fine while a NextToken follows; without one the
        // rest is lost, and storing the part would under-count for good.
        const bool complete =
            r.statusCode == u"Complete" || (r.statusCode == u"PartialData" && !nextToken.isEmpty());
        if (!complete) {
            const QString why = r.messages.join(QStringLiteral("; "));
            return CdnReport::fromProvider(
                why.isEmpty()
                    ? tr("CloudWatch: query %1 (%2) answered %3").arg(r.id, q.series, r.statusCode)
                    : tr("CloudWatch: query %1 (%2) answered %3: %4").arg(r.id, q.series, r.statusCode, why));
        }
        if (r.timestamps.size() != r.values.size())
            return CdnReport::failure(tr("CloudWatch: query %1 has %2 timestamps but %3 values")
                                          .arg(r.id)
                                          .arg(r.timestamps.size())
                                          .arg(r.values.size()));
        for (qsizetype i = 0; i < r.timestamps.size(); ++i) {
            const auto start = CdnJson::isoTimeMs(r.timestamps[i].trimmed());
            bool ok = false;
            const double bytes = r.values[i].trimmed().toDouble(&ok);
            if (!start || !ok || !std::isfinite(bytes) || bytes < 0)
                return CdnReport::failure(
                    tr("CloudWatch: invalid data point (Timestamp \"%1\", Value \"%2\") for %3")
                        .arg(r.timestamps[i], r.values[i], r.id));
            // One point per query and timestamp: appending keeps thousands of
            // 1-minute points linear (add() searches every bucket).
            report.buckets.append({ q.series, q.direction, *start, periodMs, bytes });
        }
    }
    report.nextToken = nextToken;
    return report;
}

} // namespace Bandwatch
