#include "exporter/pushapi.h"

#include "exporter/exporterstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcExporterPush, "bandwatch.exporter.push")

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PushApi", text);
}

bool isJson(const ApiRequest &r)
{
    return r.contentType.toLower().startsWith("application/json") || r.body.trimmed().startsWith('{');
}

} // namespace

QJsonObject PushApi::metricJson(const PushMetric &m)
{
    return QJsonObject {
        { QStringLiteral("name"), m.name },
        { QStringLiteral("type"), PushMetric::typeName(m.type) },
        { QStringLiteral("description"), m.description },
        { QStringLiteral("value"), m.value },
        { QStringLiteral("created"),
          QDateTime::fromMSecsSinceEpoch(m.createdMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("updated"),
          QDateTime::fromMSecsSinceEpoch(m.updatedMs, Qt::UTC).toString(Qt::ISODateWithMs) },
    };
}

ApiReply PushApi::list() const
{
    QJsonArray list;
    for (const PushMetric &m : m_state.push.all())
        list.append(metricJson(m));
    return ApiReply::json(QJsonObject { { QStringLiteral("metrics"), list } });
}

ApiReply PushApi::outcome(const PushMetricStore::Outcome &o, int okStatus, const ApiRequest &request) const
{
    using S = PushMetricStore::Status;
    switch (o.status) {
    case S::Ok:
        if (okStatus == 204)
            return ApiReply::noContent();
        [[fallthrough]];
    case S::Created:
        if (request.method == QHttpServerRequest::Method::Get && !request.accept.contains("application/json"))
            return ApiReply::text(ExpositionWriter::formatValue(o.metric.value),
                                  QByteArrayLiteral("text/plain; charset=utf-8"));
        return ApiReply::json(metricJson(o.metric), o.status == S::Created ? 201 : 200);
    case S::NotFound:
        return ApiReply::error(404, o.message);
    case S::BadRequest:
        return ApiReply::error(400, o.message);
    case S::Conflict:
        return ApiReply::error(409, o.message);
    case S::TooMany:
        return ApiReply::error(507, o.message);
    case S::StorageFailed:
        qCCritical(lcExporterPush).noquote() << QStringLiteral("pushed metric not saved: %1").arg(o.message);
        return ApiReply::error(503, tr("the change could not be saved: %1").arg(o.message));
    }
    return ApiReply::error(500, tr("unexpected state"));
}

ApiReply PushApi::create(const ApiRequest &request, const QString &name, qint64 nowMs)
{
    QString description = QString::fromUtf8(request.body).trimmed();
    QString typeText = request.queryValue(QStringLiteral("type"));
    std::optional<double> initial;
    if (isJson(request)) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return ApiReply::error(400, tr("the body is not a JSON object: %1").arg(err.errorString()));
        const QJsonObject o = doc.object();
        description = o.value(QStringLiteral("description")).toString();
        if (o.contains(QStringLiteral("type")))
            typeText = o.value(QStringLiteral("type")).toString();
        if (o.contains(QStringLiteral("value"))) {
            const QJsonValue v = o.value(QStringLiteral("value"));
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return ApiReply::error(400, tr("\"value\" must be a finite number"));
            initial = v.toDouble();
        }
    }
    const auto type = typeText.isEmpty() ? std::optional<PushMetric::Type>(PushMetric::Type::Gauge)
                                         : PushMetric::parseType(typeText);
    if (!type)
        return ApiReply::error(400, tr("type must be gauge or counter, not \"%1\"").arg(typeText));
    const auto o = m_state.push.create(name, *type, description, initial, nowMs);
    if (o.status == PushMetricStore::Status::Created)
        qCInfo(lcExporterPush).noquote()
            << QStringLiteral("%1 created %2 %3")
                   .arg(request.keyName.isEmpty() ? request.client : request.keyName,
                        PushMetric::typeName(*type), o.metric.name);
    return outcome(o, 200, request);
}

ApiReply PushApi::handle(const ApiRequest &request, const QString &name, const QString &operation,
                         qint64 nowMs)
{
    using M = QHttpServerRequest::Method;
    m_state.push.noteClient(request.client, nowMs);
    m_state.touch();
    if (!operation.isEmpty()) {
        if (request.method != M::Put)
            return ApiReply::error(405, tr("use PUT for /%1").arg(operation));
        PushMetricStore::Change change;
        std::optional<double> amount;
        if (operation == QLatin1String("inc")) {
            change = PushMetricStore::Change::Increment;
        } else if (operation == QLatin1String("dec")) {
            change = PushMetricStore::Change::Decrement;
        } else if (operation == QLatin1String("add") || operation == QLatin1String("sub")) {
            change = operation == QLatin1String("add") ? PushMetricStore::Change::Add
                                                       : PushMetricStore::Change::Subtract;
            amount = PushMetric::parseNumber(request.body);
            if (!amount)
                return ApiReply::error(400,
                                       tr("the body must be a finite number, e.g. 2.5; got \"%1\"")
                                           .arg(QString::fromUtf8(request.body.left(64))));
        } else {
            return ApiReply::error(404, tr("unknown operation \"%1\" (inc, dec, add, sub)").arg(operation));
        }
        return outcome(m_state.push.change(name, change, amount, nowMs), 204, request);
    }
    switch (request.method) {
    case M::Post:
        return create(request, name, nowMs);
    case M::Put: {
        const auto value = PushMetric::parseNumber(request.body);
        if (!value)
            return ApiReply::error(400,
                                   tr("the body must be a finite number, e.g. 2.5; got \"%1\"")
                                       .arg(QString::fromUtf8(request.body.left(64))));
        return outcome(m_state.push.set(name, *value, nowMs), 204, request);
    }
    case M::Get:
        return outcome(m_state.push.get(name), 200, request);
    case M::Delete:
        return outcome(m_state.push.remove(name), 204, request);
    default:
        return ApiReply::error(405, tr("use GET, POST, PUT or DELETE"));
    }
}

} // namespace Bandwatch
