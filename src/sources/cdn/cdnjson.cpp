#include "sources/cdn/cdnjson.h"

#include "core/textexcerpt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace Bandwatch {

std::optional<QJsonObject> CdnJson::object(const QByteArray &body, const QString &provider, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate("CdnJson", "%1: the response is not valid JSON (%2 at byte %3): %4")
                .arg(provider, parseError.errorString())
                .arg(parseError.offset)
                .arg(TextExcerpt::printable(body, 80));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error =
            QCoreApplication::translate("CdnJson", "%1: the response is not a JSON object").arg(provider);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<double> CdnJson::number(const QJsonValue &value)
{
    double v = 0;
    if (value.isDouble()) {
        v = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        v = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(v) || v < 0)
        return std::nullopt;
    return v;
}

std::optional<qint64> CdnJson::isoTimeMs(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.endsWith(u'Z')) { // "2015-12-10T21:00Z"
        const QDateTime local = QDateTime::fromString(text.chopped(1), QStringLiteral("yyyy-MM-dd'T'HH:mm"));
        if (local.isValid())
            t = QDateTime(local.date(), local.time(), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no zone given: providers mean UTC
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

} // namespace Bandwatch
