#include "core/sample.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Bandwatch {

QString directionName(Direction d)
{
    return d == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

bool parseDirection(QStringView text, Direction *out)
{
    if (text == u"in" || text == u"ingress" || text == u"rx") {
        *out = Direction::In;
        return true;
    }
    if (text == u"out" || text == u"egress" || text == u"tx") {
        *out = Direction::Out;
        return true;
    }
    return false;
}

QString SeriesKey::canonical() const
{
    // Unit separators cannot appear in YAML ids or interface names, so the
    // form is unambiguous without escaping.
    QString s = source + QChar(0x1f) + series + QChar(0x1f) + directionName(direction);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        s += QChar(0x1f) + it.key() + QChar(0x1e) + it.value();
    return s;
}

size_t qHash(const SeriesKey &key, size_t seed) noexcept
{
    return ::qHash(key.canonical(), seed);
}

QByteArray Sample::toJsonLine() const
{
    QJsonObject labelsObj;
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        labelsObj.insert(it.key(), it.value());
    QJsonObject o {
        { QStringLiteral("source"), key.source },
        { QStringLiteral("series"), key.series },
        { QStringLiteral("labels"), labelsObj },
        { QStringLiteral("direction"), directionName(key.direction) },
        { QStringLiteral("start"), start().toString(Qt::ISODateWithMs) },
        { QStringLiteral("end"), end().toString(Qt::ISODateWithMs) },
        { QStringLiteral("bytes"), static_cast<qint64>(bytes) },
        { QStringLiteral("bps"), bps },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Bandwatch
