#include "core/vnstatdata.h"

namespace Bandwatch {

QString vnstatTableKey(VnstatTable table, int jsonVersion)
{
    if (jsonVersion == 1) {
        switch (table) {
        case VnstatTable::Hour:
            return QStringLiteral("hours");
        case VnstatTable::Day:
            return QStringLiteral("days");
        case VnstatTable::Month:
            return QStringLiteral("months");
        case VnstatTable::Top:
            return QStringLiteral("tops");
        case VnstatTable::FiveMinute:
        case VnstatTable::Year:
            return {};
        }
        return {};
    }
    switch (table) {
    case VnstatTable::FiveMinute:
        return QStringLiteral("fiveminute");
    case VnstatTable::Hour:
        return QStringLiteral("hour");
    case VnstatTable::Day:
        return QStringLiteral("day");
    case VnstatTable::Month:
        return QStringLiteral("month");
    case VnstatTable::Year:
        return QStringLiteral("year");
    case VnstatTable::Top:
        return QStringLiteral("top");
    }
    return {};
}

const VnstatInterface *VnstatData::find(QStringView nameOrAlias) const
{
    if (nameOrAlias.isEmpty())
        return nullptr;
    for (const VnstatInterface &i : interfaces)
        if (i.name == nameOrAlias)
            return &i;
    for (const VnstatInterface &i : interfaces)
        if (!i.alias.isEmpty() && i.alias == nameOrAlias)
            return &i;
    return nullptr;
}

QStringList VnstatData::interfaceNames() const
{
    QStringList names;
    for (const VnstatInterface &i : interfaces)
        names << i.name;
    return names;
}

} // namespace Bandwatch
