#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace Bandwatch {

// A complete response. Errors are JSON objects {"status": N, "error": "..."}.
struct ApiReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiReply json(const QJsonObject &object, int status = 200);
    static ApiReply json(const QJsonArray &array, int status = 200);
    static ApiReply error(int status, const QString &message);
    static ApiReply text(const QByteArray &body, const QByteArray &contentType, int status = 200);
    static ApiReply noContent();
};

} // namespace Bandwatch
