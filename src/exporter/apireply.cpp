#include "exporter/apireply.h"

#include <QJsonDocument>

namespace Bandwatch {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
} // namespace

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return { status, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

ApiReply ApiReply::json(const QJsonArray &array, int status)
{
    return { status, kJson, QJsonDocument(array).toJson(QJsonDocument::Compact), {} };
}

ApiReply ApiReply::error(int status, const QString &message)
{
    return json(QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("error"), message } },
                status);
}

ApiReply ApiReply::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    return { status, contentType, body, {} };
}

ApiReply ApiReply::noContent()
{
    return { 204, {}, {}, {} };
}

} // namespace Bandwatch
