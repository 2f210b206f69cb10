#include "gui/chartrange.h"

#include <QDateTime>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

QString kindName(ChartRange::Kind kind)
{
    switch (kind) {
    case ChartRange::Kind::Last:
        return QStringLiteral("last");
    case ChartRange::Kind::ThisCycle:
        return QStringLiteral("thisCycle");
    case ChartRange::Kind::LastCycle:
        return QStringLiteral("lastCycle");
    case ChartRange::Kind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

} // namespace

ChartRange ChartRange::last(std::chrono::milliseconds span)
{
    ChartRange r;
    r.kind = Kind::Last;
    r.span = std::max<std::chrono::milliseconds>(span, 1min);
    return r;
}

ChartRange ChartRange::thisCycle()
{
    ChartRange r;
    r.kind = Kind::ThisCycle;
    return r;
}

ChartRange ChartRange::lastCycle()
{
    ChartRange r;
    r.kind = Kind::LastCycle;
    return r;
}

ChartRange ChartRange::custom(qint64 fromMs, qint64 toMs)
{
    ChartRange r;
    r.kind = Kind::Custom;
    r.fromMs = std::min(fromMs, toMs);
    // A zero-width range cannot be drawn; one minute is the shortest the chart shows.
    r.toMs = std::max(toMs, r.fromMs + 60'000);
    return r;
}

std::pair<qint64, qint64> ChartRange::resolve(qint64 nowMs, const BillingCycle &cycle) const
{
    switch (kind) {
    case Kind::Last:
        return { nowMs - span.count(), nowMs };
    case Kind::ThisCycle:
    case Kind::LastCycle: {
        CycleInterval c = cycle.cycleContaining(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
        if (kind == Kind::LastCycle)
            c = cycle.previous(c);
        if (!c.isValid())
            return { nowMs - span.count(), nowMs };
        return { c.start.toMSecsSinceEpoch(), c.end.toMSecsSinceEpoch() };
    }
    case Kind::Custom:
        return { fromMs, toMs };
    }
    return { nowMs - span.count(), nowMs };
}

QVariantMap ChartRange::toVariant() const
{
    QVariantMap map { { QStringLiteral("kind"), kindName(kind) } };
    if (kind == Kind::Last)
        map.insert(QStringLiteral("spanMs"), qint64(span.count()));
    if (kind == Kind::Custom) {
        map.insert(QStringLiteral("fromMs"), fromMs);
        map.insert(QStringLiteral("toMs"), toMs);
    }
    return map;
}

ChartRange ChartRange::fromVariant(const QVariant &value, const ChartRange &fallback)
{
    const QVariantMap map = value.toMap();
    const QString kind = map.value(QStringLiteral("kind")).toString();
    if (kind == kindName(Kind::Last)) {
        const qint64 span = map.value(QStringLiteral("spanMs")).toLongLong();
        return span > 0 ? last(std::chrono::milliseconds(span)) : fallback;
    }
    if (kind == kindName(Kind::ThisCycle))
        return thisCycle();
    if (kind == kindName(Kind::LastCycle))
        return lastCycle();
    if (kind == kindName(Kind::Custom)) {
        const qint64 from = map.value(QStringLiteral("fromMs")).toLongLong();
        const qint64 to = map.value(QStringLiteral("toMs")).toLongLong();
        return to > from ? custom(from, to) : fallback;
    }
    return fallback;
}

} // namespace Bandwatch
