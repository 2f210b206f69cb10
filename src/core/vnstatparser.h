#pragma once

#include "core/vnstatdata.h"

#include <QByteArray>
#include <QTimeZone>
#include <optional>

namespace Bandwatch {

// Reads the database dump that `vnstat --json` prints, shared by the local
// vnstat source and anything that receives such a dump from elsewhere.
//
//  - jsonversion "2" (vnstat 2.x): bytes; tables `fiveminute`, `hour`, `day`,
//    `month`, `year`, `top`, each entry with `timestamp` (the bucket start, UTC).
//  - jsonversion "1" (vnstat 1.x): KiB (converted to bytes here); no
//    timestamps, so dates are read in `localZone` (vnstat 1.x wrote local
//    time); `id` is a position (0 = newest day/month, hour of day for hours);
//    the interface name is in `id`, the alias in `nick`; times use `minutes`.
//
// Every table comes out oldest first with UTC [start, end) per entry. The
// document may also arrive inside the OpenWrt API envelope
// {"vnstat":{"status":true,"data":[<document>]}}. vnstat's `--live` and
// `--traffic` JSON (another schema, "jsonversion":"1" even in 2.x) is
// recognised and refused with a message saying so. Pure: no I/O.
class VnstatParser
{
public:
    // `localZone` is also used to find where day/month/year buckets end (the
    // next local midnight), falling back to the bucket's own UTC offset when
    // the dump comes from a machine in another zone.
    static std::optional<VnstatData> parse(const QByteArray &json, QString *error,
                                           const QTimeZone &localZone = QTimeZone::systemTimeZone());
};

} // namespace Bandwatch
