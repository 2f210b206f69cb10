#pragma once

#include "core/expositionlabel.h"

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Bandwatch::Exposition {

// Character classes and scanning shared by the text and OpenMetrics readers.
// Inline: they run for every byte of a scrape.

struct CharTable
{
    bool nameStart[256] = {}; // [a-zA-Z_:]
    bool nameChar[256] = {}; // [a-zA-Z0-9_:]
    bool labelStart[256] = {}; // [a-zA-Z_]
    bool labelChar[256] = {}; // [a-zA-Z0-9_]
};

constexpr CharTable makeTable()
{
    CharTable t;
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        t.labelStart[c] = alpha || c == '_';
        t.labelChar[c] = alpha || digit || c == '_';
        t.nameStart[c] = t.labelStart[c] || c == ':';
        t.nameChar[c] = t.labelChar[c] || c == ':';
    }
    return t;
}

inline constexpr CharTable kChars = makeTable();

inline bool isNameStart(char c)
{
    return kChars.nameStart[static_cast<unsigned char>(c)];
}
inline bool isNameChar(char c)
{
    return kChars.nameChar[static_cast<unsigned char>(c)];
}
inline bool isLabelStart(char c)
{
    return kChars.labelStart[static_cast<unsigned char>(c)];
}
inline bool isLabelChar(char c)
{
    return kChars.labelChar[static_cast<unsigned char>(c)];
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// First '"' or '\\' in [p, end), or end. Label values are scanned with this,
// 16 bytes at a time where SSE2 exists (every x86-64).
inline const char *findQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

inline bool isValidMetricName(QByteArrayView s)
{
    if (s.isEmpty() || !isNameStart(s[0]))
        return false;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (!isNameChar(s[i]))
            return false;
    return true;
}

inline bool equalsLower(const char *p, const char *end, const char *lower)
{
    const size_t n = std::strlen(lower);
    if (size_t(end - p) != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

using LabelBuffer = QVarLengthArray<ExpositionLabel, 16>;

// Code points of a UTF-8 string once its escapes are resolved (exemplar limit).
qsizetype unescapedCodePoints(QByteArrayView raw);
// A name or value for an error message: quoted, cut at 80 bytes.
QString quoted(QByteArrayView s);

} // namespace Bandwatch::Exposition
