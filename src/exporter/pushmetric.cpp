#include "exporter/pushmetric.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace Bandwatch {

QString PushMetric::typeName(Type type)
{
    return type == Type::Counter ? QStringLiteral("counter") : QStringLiteral("gauge");
}

std::optional<PushMetric::Type> PushMetric::parseType(QStringView text)
{
    if (text.compare(u"gauge", Qt::CaseInsensitive) == 0)
        return Type::Gauge;
    if (text.compare(u"counter", Qt::CaseInsensitive) == 0)
        return Type::Counter;
    return std::nullopt;
}

std::optional<double> PushMetric::parseNumber(const QByteArray &body)
{
    const QByteArray t = body.trimmed();
    if (t.startsWith('{')) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(t, &err);
        const QJsonValue v = doc.object().value(QStringLiteral("value"));
        if (err.error != QJsonParseError::NoError || !v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    // Plain decimal or exponent notation only: no "nan", "inf", hex or
    // thousands separators, which strtod-like parsers would take.
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (t.isEmpty() || t.size() > 64 || !number.match(QString::fromLatin1(t)).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace Bandwatch
