#include "sources/prometheusresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>
#include <limits>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrometheusResponse", text);
}

// Prometheus writes sample values as strings in Go's float format.
std::optional<double> parseValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    QByteArray text = v.toString().toLatin1();
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text.startsWith('+'))
        text.remove(0, 1);
    double d = 0;
    const auto r = std::from_chars(text.constData(), text.constData() + text.size(), d);
    if (r.ec != std::errc() || r.ptr != text.constData() + text.size())
        return std::nullopt;
    return d;
}

std::optional<QPair<qint64, double>> parsePoint(const QJsonValue &v, bool *malformed)
{
    const QJsonArray pair = v.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble()) {
        *malformed = true;
        return std::nullopt;
    }
    const auto value = parseValue(pair.at(1));
    if (!value) {
        *malformed = true;
        return std::nullopt;
    }
    return QPair<qint64, double>(qint64(std::llround(pair.at(0).toDouble() * 1000.0)), *value);
}

Labels parseMetric(const QJsonObject &o)
{
    Labels l;
    for (auto it = o.begin(); it != o.end(); ++it)
        l.insert(it.key(), it.value().toString());
    return l;
}

} // namespace

QString PrometheusResponse::errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("status")).toString() != u"error")
        return {};
    const QString type = o.value(QStringLiteral("errorType")).toString();
    const QString text = o.value(QStringLiteral("error")).toString();
    return type.isEmpty() ? text : type + QStringLiteral(": ") + text;
}

std::optional<QList<PrometheusSeries>> PrometheusResponse::parse(const QByteArray &body, QString *error,
                                                                 int *dropped)
{
    auto fail = [&](const QString &message) -> std::optional<QList<PrometheusSeries>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(tr("the answer is not valid JSON (%1 at byte %2)")
                        .arg(jsonError.errorString())
                        .arg(jsonError.offset));
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == u"error")
        return fail(errorMessage(body));
    if (status != u"success")
        return fail(tr("the answer has no \"status\":\"success\""));
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue result = data.value(QStringLiteral("result"));
    QList<PrometheusSeries> out;
    int droppedPoints = 0;
    bool malformed = false;
    auto add = [&](PrometheusSeries &s, const QJsonValue &point) {
        const auto p = parsePoint(point, &malformed);
        if (!p)
            return;
        if (!std::isfinite(p->second)) {
            ++droppedPoints;
            return;
        }
        s.points.append(*p);
    };
    if (type == u"matrix" || type == u"vector") {
        if (!result.isArray())
            return fail(tr("the answer's result is not a list"));
        for (const QJsonValue &item : result.toArray()) {
            const QJsonObject o = item.toObject();
            PrometheusSeries s;
            s.metric = parseMetric(o.value(QStringLiteral("metric")).toObject());
            if (type == u"matrix") {
                const QJsonValue values = o.value(QStringLiteral("values"));
                if (!values.isArray())
                    return fail(tr("a matrix series has no \"values\" list"));
                for (const QJsonValue &p : values.toArray())
                    add(s, p);
            } else {
                add(s, o.value(QStringLiteral("value")));
            }
            out.append(s);
        }
    } else if (type == u"scalar") {
        PrometheusSeries s;
        add(s, result);
        out.append(s);
    } else if (type == u"string") {
        return fail(tr(
            "the query returns a string, not numbers: use an expression that yields a vector or a scalar"));
    } else {
        return fail(tr("unknown result type \"%1\"").arg(type));
    }
    if (malformed)
        return fail(tr("the answer has a point that is not [time, \"value\"]"));
    if (dropped)
        *dropped = droppedPoints;
    return out;
}

} // namespace Bandwatch
