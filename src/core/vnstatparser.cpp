#include "core/vnstatparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <limits>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VnstatParser", text);
}

constexpr VnstatTable kTables[] = { VnstatTable::FiveMinute, VnstatTable::Hour, VnstatTable::Day,
                                    VnstatTable::Month,      VnstatTable::Year, VnstatTable::Top };

// Everything one document needs to turn entries into buckets.
struct Reader
{
    int version = 2;
    QTimeZone zone;
    QString *error = nullptr;

    bool fail(const QString &where, const QString &message) const
    {
        if (error)
            *error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        return false;
    }

    // A byte count: a whole, non-negative JSON number, scaled from KiB in version 1.
    bool count(const QJsonObject &o, QLatin1String key, quint64 *out, const QString &where) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fail(where, tr("\"%1\" is missing").arg(key));
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0)
            return fail(where, tr("\"%1\" is not a whole number of at least 0").arg(key));
        quint64 value = quint64(n);
        if (version == 1) {
            if (value > std::numeric_limits<quint64>::max() / 1024)
                return fail(where, tr("\"%1\" is too large").arg(key));
            value *= 1024;
        }
        *out = value;
        return true;
    }

    static std::optional<QDate> date(const QJsonObject &entry, bool hasMonth, bool hasDay)
    {
        const QJsonObject d = entry.value(QLatin1String("date")).toObject();
        const int y = d.value(QLatin1String("year")).toInt(-1);
        const int m = hasMonth ? d.value(QLatin1String("month")).toInt(-1) : 1;
        const int day = hasDay ? d.value(QLatin1String("day")).toInt(-1) : 1;
        const QDate result(y, m, day);
        if (!result.isValid())
            return std::nullopt;
        return result;
    }

    static std::optional<QTime> time(const QJsonObject &entry)
    {
        const QJsonObject t = entry.value(QLatin1String("time")).toObject();
        const int h = t.value(QLatin1String("hour")).toInt(-1);
        // "minute" in version 2, "minutes" in version 1.
        const QJsonValue mv = t.contains(QLatin1String("minute")) ? t.value(QLatin1String("minute"))
                                                                  : t.value(QLatin1String("minutes"));
        const QTime result(h, mv.toInt(-1));
        if (!result.isValid())
            return std::nullopt;
        return result;
    }

    qint64 localMs(QDate d, QTime t) const { return QDateTime(d, t, zone).toMSecsSinceEpoch(); }

    // The next local midnight after a bucket that starts at local midnight of
    // `first` (ms). When the dump's zone is not ours, the bucket's own offset
    // from UTC is kept instead.
    qint64 nextMidnight(QDate first, QDate next, qint64 startMs) const
    {
        if (localMs(first, QTime(0, 0)) == startMs)
            return localMs(next, QTime(0, 0));
        const qint64 offset = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - startMs;
        return QDateTime(next, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - offset;
    }

    bool bucket(VnstatTable table, const QJsonObject &e, VnstatBucket *b, const QString &where) const
    {
        const bool hasMonth = table != VnstatTable::Year;
        const bool hasDay = hasMonth && table != VnstatTable::Month;
        const std::optional<QDate> d = date(e, hasMonth, hasDay);
        const QJsonValue ts = e.value(QLatin1String("timestamp"));
        if (ts.isDouble() && ts.toInteger(-1) >= 0) {
            b->startMs = ts.toInteger() * 1000;
        } else if (!d) {
            return fail(where, tr("the entry has neither a timestamp nor a valid date"));
        } else if (table == VnstatTable::Hour && version == 1) {
            // Version 1 hours: "id" is the hour of the day of "date".
            const int hour = e.value(QLatin1String("id")).toInt(-1);
            if (hour < 0 || hour > 23)
                return fail(where, tr("hour entry has id %1, expected 0 to 23").arg(hour));
            b->startMs = localMs(*d, QTime(hour, 0));
        } else if (table == VnstatTable::FiveMinute || table == VnstatTable::Hour) {
            const std::optional<QTime> t = time(e);
            if (!t)
                return fail(where, tr("the entry has no valid time"));
            b->startMs = localMs(*d, *t);
        } else {
            b->startMs = localMs(*d, QTime(0, 0));
        }

        switch (table) {
        case VnstatTable::FiveMinute:
            b->endMs = b->startMs + 5 * 60 * 1000;
            break;
        case VnstatTable::Hour:
            b->endMs = b->startMs + 60 * 60 * 1000;
            break;
        case VnstatTable::Day:
        case VnstatTable::Top:
        case VnstatTable::Month:
        case VnstatTable::Year: {
            if (!d)
                return fail(where, tr("the entry has no valid date"));
            const QDate next = table == VnstatTable::Month ? d->addMonths(1)
                : table == VnstatTable::Year               ? d->addYears(1)
                                                           : d->addDays(1);
            b->endMs = nextMidnight(*d, next, b->startMs);
            break;
        }
        }
        if (b->endMs <= b->startMs)
            return fail(where, tr("the entry ends before it starts"));
        return count(e, QLatin1String("rx"), &b->rx, where) && count(e, QLatin1String("tx"), &b->tx, where);
    }

    std::optional<qint64> stamp(const QJsonObject &o, bool withTime) const
    {
        const QJsonValue ts = o.value(QLatin1String("timestamp"));
        if (ts.isDouble() && ts.toInteger(-1) >= 0)
            return ts.toInteger() * 1000;
        const std::optional<QDate> d = date(o, true, true);
        if (!d)
            return std::nullopt;
        const std::optional<QTime> t = withTime ? time(o) : std::optional<QTime>(QTime(0, 0));
        return localMs(*d, t.value_or(QTime(0, 0)));
    }

    bool interface(const QJsonObject &o, int index, VnstatInterface *out) const
    {
        const QLatin1String nameKey = version == 1 ? QLatin1String("id") : QLatin1String("name");
        out->name = o.value(nameKey).toString();
        if (out->name.isEmpty())
            return fail(tr("interface %1").arg(index + 1), tr("\"%1\" (its name) is missing").arg(nameKey));
        out->alias = o.value(version == 1 ? QLatin1String("nick") : QLatin1String("alias")).toString();
        const QString where = tr("interface \"%1\"").arg(out->name);
        out->createdMs = stamp(o.value(QLatin1String("created")).toObject(), false).value_or(-1);
        out->updatedMs = stamp(o.value(QLatin1String("updated")).toObject(), true).value_or(-1);

        const QJsonValue trafficValue = o.value(QLatin1String("traffic"));
        if (!trafficValue.isObject())
            return fail(where, tr("\"traffic\" is missing"));
        const QJsonObject traffic = trafficValue.toObject();
        const QJsonValue total = traffic.value(QLatin1String("total"));
        if (!total.isObject())
            return fail(where, tr("\"traffic.total\" is missing"));
        const QString totalWhere = where + QStringLiteral(", total");
        if (!count(total.toObject(), QLatin1String("rx"), &out->totalRx, totalWhere)
            || !count(total.toObject(), QLatin1String("tx"), &out->totalTx, totalWhere))
            return false;

        for (VnstatTable table : kTables) {
            const QString key = vnstatTableKey(table, version);
            if (key.isEmpty() || !traffic.contains(key))
                continue;
            const QJsonValue list = traffic.value(key);
            if (!list.isArray())
                return fail(where, tr("\"%1\" is not a list").arg(key));
            VnstatBuckets buckets;
            const QJsonArray entries = list.toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QString entryWhere = tr("%1, %2 entry %3").arg(where, key).arg(i + 1);
                if (!entries.at(i).isObject())
                    return fail(entryWhere, tr("not an object"));
                VnstatBucket b;
                if (!bucket(table, entries.at(i).toObject(), &b, entryWhere))
                    return false;
                buckets << b;
            }
            // Version 1 lists days and months newest first; version 2 oldest first.
            std::stable_sort(
                buckets.begin(), buckets.end(),
                [](const VnstatBucket &a, const VnstatBucket &b) { return a.startMs < b.startMs; });
            out->tables.insert(table, buckets);
        }
        return true;
    }
};

} // namespace

std::optional<VnstatData> VnstatParser::parse(const QByteArray &json, QString *error,
                                              const QTimeZone &localZone)
{
    auto fail = [error](const QString &message) -> std::optional<VnstatData> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("not a vnstat JSON document (the top level is not an object)"));
    QJsonObject root = doc.object();

    // OpenWrt's API wraps the document: {"vnstat":{"status":true,"data":[{...}],"error":null}}.
    if (!root.contains(QLatin1String("jsonversion")) && root.value(QLatin1String("vnstat")).isObject()) {
        const QJsonObject envelope = root.value(QLatin1String("vnstat")).toObject();
        const QJsonArray data = envelope.value(QLatin1String("data")).toArray();
        if (envelope.value(QLatin1String("status")) == QJsonValue(false) || data.isEmpty()
            || !data.first().isObject())
            return fail(tr("the vnstat API envelope holds no data (error: %1)")
                            .arg(envelope.value(QLatin1String("error")).toVariant().toString()));
        root = data.first().toObject();
    }

    const QJsonValue versionValue = root.value(QLatin1String("jsonversion"));
    if (versionValue.isUndefined())
        return fail(tr("not vnstat --json output (no \"jsonversion\")"));
    const int version = versionValue.isString() ? versionValue.toString().toInt() : versionValue.toInt();
    if (!root.contains(QLatin1String("interfaces")) && root.value(QLatin1String("interface")).isString())
        return fail(tr("this is the output of vnstat --live or --traffic (current rates), not of the "
                       "database (vnstat --json)"));
    if (version != 1 && version != 2)
        return fail(tr("unsupported jsonversion \"%1\" (Bandwatch reads 1 and 2)")
                        .arg(versionValue.toVariant().toString()));
    const QJsonValue interfaces = root.value(QLatin1String("interfaces"));
    if (!interfaces.isArray())
        return fail(tr("\"interfaces\" is missing or not a list"));

    VnstatData data;
    data.vnstatVersion = root.value(QLatin1String("vnstatversion")).toString();
    data.jsonVersion = version;
    Reader reader { version, localZone, error };
    const QJsonArray list = interfaces.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(tr("interface %1 is not an object").arg(i + 1));
        VnstatInterface iface;
        if (!reader.interface(list.at(i).toObject(), int(i), &iface))
            return std::nullopt;
        data.interfaces << iface;
    }
    return data;
}

} // namespace Bandwatch
