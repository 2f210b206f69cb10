#include "core/expositionnumber.h"

#include "core/expositionlexer.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace Bandwatch::Exposition {

bool parseNumber(QByteArrayView t, Number *out, bool allowSpecial)
{
    const char *p = t.data();
    const char *const end = p + t.size();
    if (p == end)
        return false;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
        if (p == end)
            return false;
    }
    if (!isDigit(*p) && *p != '.') {
        if (!allowSpecial)
            return false;
        double v;
        if (equalsLower(p, end, "inf") || equalsLower(p, end, "infinity"))
            v = std::numeric_limits<double>::infinity();
        else if (equalsLower(p, end, "nan"))
            v = std::numeric_limits<double>::quiet_NaN();
        else
            return false;
        out->value = negative ? -v : v;
        out->integerToken = false;
        return true;
    }

    // Fast path: plain integers, the common case for byte counters.
    const char *q = p;
    quint64 acc = 0;
    while (q < end && isDigit(*q) && q - p < 19) {
        acc = acc * 10 + quint64(*q - '0');
        ++q;
    }
    if (q == end) {
        const double v = double(acc);
        out->value = negative ? -v : v;
        out->integerToken = true;
        return true;
    }

    q = p;
    int mantissaDigits = 0;
    while (q < end && isDigit(*q))
        ++q, ++mantissaDigits;
    bool hasDot = false, hasExp = false, negativeExp = false;
    if (q < end && *q == '.') {
        hasDot = true;
        ++q;
        while (q < end && isDigit(*q))
            ++q, ++mantissaDigits;
    }
    if (mantissaDigits == 0)
        return false;
    if (q < end && (*q == 'e' || *q == 'E')) {
        hasExp = true;
        ++q;
        if (q < end && (*q == '+' || *q == '-')) {
            negativeExp = *q == '-';
            ++q;
        }
        int expDigits = 0;
        while (q < end && isDigit(*q))
            ++q, ++expDigits;
        if (expDigits == 0)
            return false;
    }
    if (q != end)
        return false;

    double v = 0.0;
    const auto r = std::from_chars(p, end, v, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range)
        v = negativeExp ? 0.0 : std::numeric_limits<double>::infinity();
    else if (r.ec != std::errc() || r.ptr != end)
        return false;
    out->value = negative ? -v : v;
    out->integerToken = !hasDot && !hasExp;
    return true;
}

bool parseInt64(QByteArrayView t, qint64 *out)
{
    const char *p = t.data();
    const char *end = p + t.size();
    if (p != end && *p == '+')
        ++p; // from_chars rejects '+', Go's ParseInt accepts it
    if (p == end || (*p == '-' && p + 1 == end))
        return false;
    const auto r = std::from_chars(p, end, *out);
    return r.ec == std::errc() && r.ptr == end;
}

bool isWhole(const Number &n)
{
    return n.integerToken || (std::isfinite(n.value) && std::floor(n.value) == n.value);
}

std::optional<qint64> secondsToMs(double seconds)
{
    const double ms = seconds * 1000.0;
    if (ms >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    if (ms <= -9.2e18)
        return std::numeric_limits<qint64>::min();
    return qint64(std::llround(ms));
}

} // namespace Bandwatch::Exposition
