#pragma once

#include "core/sample.h"

#include <QString>

namespace Bandwatch {

// Which series a quota covers: every series of one source, optionally narrowed
// to a series name (an interface, a service/route, a domain; glob patterns
// allowed) and to label values (globs too). Direction is the quota's business.
struct SeriesSelector
{
    QString source; // source id, required
    QString name; // series name glob; empty = any
    Labels labels; // every listed label must be present and match

    bool matches(const SeriesKey &key) const;
    // "kong, service=api" for messages and mails.
    QString describe() const;
    friend bool operator==(const SeriesSelector &, const SeriesSelector &) = default;
};

} // namespace Bandwatch
