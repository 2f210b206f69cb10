#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace Bandwatch {

// Tolerant reading of provider JSON: providers mix strings and numbers for
// the same field (Alibaba sends "83.4" and 83.4 in one response), so
// numbers are accepted in either form, but never guessed from anything else.
class CdnJson
{
public:
    // The body as a JSON object, or an error "<provider>: the response is not ...".
    static std::optional<QJsonObject> object(const QByteArray &body, const QString &provider, QString *error);
    // A finite, non-negative number given as a JSON number or a numeric string.
    static std::optional<double> number(const QJsonValue &value);
    // ISO 8601 UTC ("2020-05-14T09:50:00Z", also without seconds) to ms since the epoch.
    static std::optional<qint64> isoTimeMs(const QString &text);
};

} // namespace Bandwatch
