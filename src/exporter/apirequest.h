#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

namespace Bandwatch {

// What a handler needs of an HTTP request, already authenticated.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString path; // decoded, without query
    QUrlQuery query;
    QByteArray body;
    QByteArray accept;
    QByteArray acceptEncoding;
    QByteArray contentType;
    QString client; // peer address
    QString keyName; // the API key used, empty when none was needed

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

} // namespace Bandwatch
