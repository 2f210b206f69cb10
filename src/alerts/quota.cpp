#include "alerts/quota.h"

#include "core/units.h"

namespace Bandwatch {

bool Quota::covers(Direction d) const
{
    switch (direction) {
    case QuotaDirection::In:
        return d == Direction::In;
    case QuotaDirection::Out:
        return d == Direction::Out;
    case QuotaDirection::Both:
        return true;
    }
    return false;
}

QString Quota::formatValue(double value) const
{
    if (kind == QuotaKind::Volume)
        return Units::formatBytes(value <= 0 ? 0 : quint64(value + 0.5));
    return Units::formatBitRate(value);
}

QString Quota::kindName(QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::Volume:
        return QStringLiteral("volume");
    case QuotaKind::Bandwidth:
        return QStringLiteral("bandwidth");
    case QuotaKind::Percentile95:
        return QStringLiteral("p95");
    }
    return {};
}

QString Quota::directionName(QuotaDirection d)
{
    switch (d) {
    case QuotaDirection::In:
        return QStringLiteral("in");
    case QuotaDirection::Out:
        return QStringLiteral("out");
    case QuotaDirection::Both:
        return QStringLiteral("both");
    }
    return {};
}

bool Quota::parseKind(QStringView text, QuotaKind *out)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"volume") {
        *out = QuotaKind::Volume;
    } else if (t == u"bandwidth") {
        *out = QuotaKind::Bandwidth;
    } else if (t == u"p95" || t == u"95th" || t == u"percentile95") {
        *out = QuotaKind::Percentile95;
    } else {
        return false;
    }
    return true;
}

bool Quota::parseDirection(QStringView text, QuotaDirection *out)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"both" || t == u"total") {
        *out = QuotaDirection::Both;
        return true;
    }
    Direction d;
    if (!Bandwatch::parseDirection(t, &d))
        return false;
    *out = d == Direction::In ? QuotaDirection::In : QuotaDirection::Out;
    return true;
}

} // namespace Bandwatch
