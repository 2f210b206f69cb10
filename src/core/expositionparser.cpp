#include "core/expositionparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpositionParser", text);
}

// ---------------------------------------------------------------------------
// Character classes and number parsing

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

constexpr CharTable kChars = makeTable();

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

bool isValidMetricName(QByteArrayView s)
{
    if (s.isEmpty() || !isNameStart(s[0]))
        return false;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (!isNameChar(s[i]))
            return false;
    return true;
}

bool equalsLower(const char *p, const char *end, const char *lower)
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

struct Number
{
    double value = 0.0;
    bool integerToken = false; // written as [sign]digits
};

// Decimal floating point ([sign] digits [. digits] [e [sign] digits], at least
// one mantissa digit) or, when allowed, [sign] inf / infinity / nan in any
// case. This is the common ground of Go's ParseFloat (text format) and
// Python's float() (OpenMetrics reference), minus hex floats and underscores
// which neither format allows.
bool parseNumber(QByteArrayView t, Number *out, bool allowSpecial = true)
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

// Code points of a UTF-8 string once its escapes are resolved (exemplar limit).
qsizetype unescapedCodePoints(QByteArrayView raw)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == '\\' && i + 1 < raw.size() && (raw[i + 1] == '\\' || raw[i + 1] == 'n' || raw[i + 1] == '"'))
            ++i;
        ++n;
    }
    return n;
}

QString quoted(QByteArrayView s)
{
    QString text = QString::fromUtf8(s.first(qMin<qsizetype>(s.size(), 80)));
    if (s.size() > 80)
        text += QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

using LabelBuffer = QVarLengthArray<ExpositionLabel, 16>;

// ---------------------------------------------------------------------------
// OpenMetrics type rules (as in prometheus_client.openmetrics.parser)

struct OmType
{
    const char *name;
    MetricType type;
    std::vector<QByteArrayView> suffixes; // allowed sample-name suffixes ("" = the family name itself)
};

const std::vector<OmType> &omTypes()
{
    static const std::vector<OmType> types {
        { "counter", MetricType::Counter, { "_total", "_created" } },
        { "gauge", MetricType::Gauge, { "" } },
        { "summary", MetricType::Summary, { "", "_count", "_sum", "_created" } },
        { "histogram", MetricType::Histogram, { "_count", "_sum", "_bucket", "_created" } },
        { "gaugehistogram", MetricType::GaugeHistogram, { "_gcount", "_gsum", "_bucket" } },
        { "info", MetricType::Info, { "_info" } },
        { "stateset", MetricType::StateSet, { "" } },
        { "unknown", MetricType::Unknown, { "" } },
    };
    return types;
}

const OmType *findOmType(QByteArrayView name)
{
    for (const OmType &t : omTypes())
        if (name == QByteArrayView(t.name))
            return &t;
    return nullptr;
}

// ---------------------------------------------------------------------------

class Parser
{
public:
    Parser(const ExpositionParser::Options &options, ExpositionFormat format, ExpositionVisitor &visitor)
        : m_options(options)
        , m_format(format)
        , m_visitor(visitor)
    { }

    bool run(QByteArrayView body, ExpositionError *error);

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    // Shared pieces
    bool parseLabelsOm(const char *&p, const char *end, LabelBuffer &labels, bool exemplar);
    bool parseLabelsText(const char *&p, const char *end, LabelBuffer &labels);
    bool addLabel(LabelBuffer &labels, QByteArrayView name, QByteArrayView raw, bool escaped);
    bool deliver(const ExpositionFamily &family, QByteArrayView name, const LabelBuffer &labels, double value,
                 std::optional<qint64> ts);

    // Text 0.0.4
    struct TextFamily
    {
        QByteArray name;
        MetricType type = MetricType::Unknown;
        bool typeSet = false;
        bool helpSet = false;
        bool hasSamples = false;
        QByteArrayView help;
    };
    bool textLine(QByteArrayView line);
    bool textComment(const char *p, const char *end);
    bool textSample(const char *p, const char *end);
    int textFamilyFor(QByteArrayView sampleName);
    int textFamily(QByteArrayView name, bool create);
    void textSwitchTo(int index);
    ExpositionFamily textView(int index) const;

    // OpenMetrics 1.0
    bool omLine(QByteArrayView line);
    bool omMetadata(QByteArrayView line);
    bool omSample(QByteArrayView line);
    void omStart(QByteArrayView name);
    bool omEnd();
    bool omHistogramChecks();
    QByteArray omGroupKey(QByteArrayView sampleName, const LabelBuffer &labels) const;
    ExpositionFamily omView() const;

    const ExpositionParser::Options &m_options;
    ExpositionFormat m_format;
    ExpositionVisitor &m_visitor;
    QString m_error;
    int m_line = 0;

    LabelBuffer m_labels;
    LabelBuffer m_exemplarLabels;

    // Run state shared by both formats: has family() been called for the
    // current run of samples, and did the visitor want it?
    bool m_announced = false;
    bool m_wanted = false;

    // Text state
    std::vector<TextFamily> m_textFamilies;
    QHash<QByteArray, int> m_textIndex;
    int m_textCurrent = -1;

    // OpenMetrics state
    struct OmFamily
    {
        bool active = false;
        QByteArray name;
        int line = 0;
        const OmType *type = nullptr; // nullptr: no TYPE line (unknown)
        bool typeSet = false;
        bool helpSet = false;
        bool unitSet = false;
        QByteArray help;
        QByteArray unit;
        bool hasSamples = false;
        // grouping and timestamp order
        bool hasGroup = false;
        QByteArray group;
        bool groupHasTs = false;
        double groupTs = 0;
        QSet<QByteArray> seenGroups;
        QSet<QByteArray> groupTsSamples;
        // histogram consistency, per group and timestamp
        bool hActive = false;
        QByteArray hGroup;
        bool hHasTs = false;
        double hTs = 0;
        bool hBucketSet = false;
        double hBucket = 0;
        double hValue = 0;
        bool hCountSet = false;
        double hCount = 0;
        bool hSum = false;
        bool hGsum = false;
        bool hNegativeGsum = false;
        bool hNegativeBuckets = false;
    };
    OmFamily m_om;
    QSet<QByteArray> m_omSeenNames;
    bool m_omEof = false;
};

bool Parser::run(QByteArrayView body, ExpositionError *error)
{
    const char *p = body.data();
    const char *const end = p + body.size();
    bool ok = true;
    while (ok && p < end) {
        ++m_line;
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        if (lineEnd - p > m_options.maxLineLength) {
            ok = fail(tr("line is longer than %1 bytes").arg(m_options.maxLineLength));
            break;
        }
        const QByteArrayView line(p, lineEnd - p);
        if (m_format == ExpositionFormat::OpenMetrics) {
            ok = omLine(line);
        } else {
            if (!nl) {
                ok = fail(tr("the last line has no line break: the body is truncated"));
                break;
            }
            ok = textLine(line);
        }
        p = nl ? nl + 1 : end;
    }
    if (ok) {
        if (m_format == ExpositionFormat::OpenMetrics) {
            ok = omEnd();
            if (ok && !m_omEof) {
                // Report the line where "# EOF" was due.
                if (body.isEmpty() || body.back() == '\n')
                    ++m_line;
                ok = fail(tr("missing \"# EOF\" at the end: the body is truncated"));
            }
        } else if (m_textCurrent >= 0 && !m_announced) {
            m_visitor.family(textView(m_textCurrent));
        }
    }
    if (!ok && error) {
        error->line = m_line;
        error->message = m_error;
    }
    return ok;
}

bool Parser::addLabel(LabelBuffer &labels, QByteArrayView name, QByteArrayView raw, bool escaped)
{
    // Cheap checks first: this runs for every label of every line.
    for (const ExpositionLabel &l : labels)
        if (l.name.size() == name.size() && l.name[0] == name[0]
            && std::memcmp(l.name.data(), name.data(), size_t(name.size())) == 0)
            return fail(tr("label %1 appears twice").arg(quoted(name)));
    if (labels.size() >= m_options.maxLabels)
        return fail(tr("more than %1 labels").arg(m_options.maxLabels));
    labels.append(ExpositionLabel { name, raw, escaped });
    return true;
}

bool Parser::deliver(const ExpositionFamily &family, QByteArrayView name, const LabelBuffer &labels,
                     double value, std::optional<qint64> ts)
{
    if (!m_announced) {
        m_announced = true;
        m_wanted = m_visitor.family(family);
    }
    if (m_wanted)
        m_visitor.sample(
            ExpositionSample(family, name, labels.constData(), int(labels.size()), value, ts, m_line));
    return true;
}

// ---------------------------------------------------------------------------
// Text format 0.0.4

ExpositionFamily Parser::textView(int index) const
{
    const TextFamily &f = m_textFamilies[size_t(index)];
    ExpositionFamily v;
    v.name = f.name;
    v.type = f.type;
    v.rawHelp = f.help;
    v.format = ExpositionFormat::PrometheusText;
    return v;
}

void Parser::textSwitchTo(int index)
{
    if (index == m_textCurrent)
        return;
    if (m_textCurrent >= 0 && !m_announced)
        m_visitor.family(textView(m_textCurrent)); // metadata-only run
    m_textCurrent = index;
    m_announced = false;
    m_wanted = false;
}

int Parser::textFamily(QByteArrayView name, bool create)
{
    const auto it = m_textIndex.constFind(QByteArray::fromRawData(name.data(), name.size()));
    if (it != m_textIndex.cend())
        return *it;
    if (!create)
        return -1;
    TextFamily f;
    f.name = name.toByteArray();
    m_textFamilies.push_back(f);
    const int index = int(m_textFamilies.size() - 1);
    m_textIndex.insert(m_textFamilies.back().name, index);
    return index;
}

int Parser::textFamilyFor(QByteArrayView sampleName)
{
    auto belongs = [&](int index) {
        const TextFamily &f = m_textFamilies[size_t(index)];
        const QByteArrayView fam(f.name);
        if (sampleName == fam)
            return true;
        if (!sampleName.startsWith(fam))
            return false;
        const QByteArrayView suffix = sampleName.sliced(fam.size());
        if (f.type == MetricType::Histogram)
            return suffix == "_bucket" || suffix == "_sum" || suffix == "_count";
        if (f.type == MetricType::Summary)
            return suffix == "_sum" || suffix == "_count";
        return false;
    };
    if (m_textCurrent >= 0 && belongs(m_textCurrent))
        return m_textCurrent;
    const int exact = textFamily(sampleName, false);
    if (exact >= 0)
        return exact;
    for (QByteArrayView suffix :
         { QByteArrayView("_bucket"), QByteArrayView("_sum"), QByteArrayView("_count") }) {
        if (sampleName.endsWith(suffix)) {
            const int base = textFamily(sampleName.chopped(suffix.size()), false);
            if (base >= 0 && belongs(base))
                return base;
        }
    }
    return textFamily(sampleName, true);
}

bool Parser::textLine(QByteArrayView line)
{
    const char *p = line.data();
    const char *end = p + line.size();
    if (end > p && end[-1] == '\r')
        --end;
    while (p < end && isBlank(*p))
        ++p;
    if (p == end)
        return true;
    if (*p == '#')
        return textComment(p + 1, end);
    return textSample(p, end);
}

bool Parser::textComment(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    const char *kw = p;
    while (p < end && !isBlank(*p))
        ++p;
    const QByteArrayView keyword(kw, p - kw);
    const bool isHelp = keyword == "HELP";
    if (!isHelp && keyword != "TYPE")
        return true; // an ordinary comment
    while (p < end && isBlank(*p))
        ++p;
    const char *nameStart = p;
    while (p < end && !isBlank(*p))
        ++p;
    const QByteArrayView name(nameStart, p - nameStart);
    if (!isValidMetricName(name))
        return fail(tr("invalid metric name %1 in %2 line").arg(quoted(name), QString::fromLatin1(keyword)));
    while (p < end && isBlank(*p))
        ++p;
    const QByteArrayView rest(p, end - p);

    const int index = textFamily(name, true);
    TextFamily &f = m_textFamilies[size_t(index)];
    if (isHelp) {
        if (f.helpSet && m_options.strict)
            return fail(tr("second HELP line for metric name %1").arg(quoted(name)));
        if (m_options.strict) {
            for (qsizetype i = 0; i + 1 < rest.size(); ++i)
                if (rest[i] == '\\') {
                    if (rest[i + 1] != '\\' && rest[i + 1] != 'n')
                        return fail(tr("invalid escape sequence in HELP of %1").arg(quoted(name)));
                    ++i;
                }
        }
        if (!f.helpSet)
            f.help = rest;
        f.helpSet = true;
    } else {
        qsizetype typeEnd = 0;
        while (typeEnd < rest.size() && !isBlank(rest[typeEnd]))
            ++typeEnd;
        for (qsizetype i = typeEnd; i < rest.size(); ++i)
            if (!isBlank(rest[i]))
                return fail(tr("unexpected text after the type in TYPE line of %1").arg(quoted(name)));
        const QByteArrayView typeName = rest.first(typeEnd);
        MetricType type;
        if (equalsLower(typeName.begin(), typeName.end(), "counter"))
            type = MetricType::Counter;
        else if (equalsLower(typeName.begin(), typeName.end(), "gauge"))
            type = MetricType::Gauge;
        else if (equalsLower(typeName.begin(), typeName.end(), "histogram"))
            type = MetricType::Histogram;
        else if (equalsLower(typeName.begin(), typeName.end(), "summary"))
            type = MetricType::Summary;
        else if (equalsLower(typeName.begin(), typeName.end(), "untyped"))
            type = MetricType::Unknown;
        else
            return fail(tr("unknown metric type %1 for %2").arg(quoted(typeName), quoted(name)));
        if (f.hasSamples && !f.typeSet)
            return fail(tr("TYPE line for %1 comes after its samples").arg(quoted(name)));
        if (f.typeSet && (m_options.strict || f.type != type))
            return fail(tr("second TYPE line for metric name %1").arg(quoted(name)));
        f.type = type;
        f.typeSet = true;
    }
    textSwitchTo(index);
    return true;
}

bool Parser::parseLabelsText(const char *&p, const char *end, LabelBuffer &labels)
{
    ++p; // '{'
    for (;;) {
        while (p < end && isBlank(*p))
            ++p;
        if (p == end)
            return fail(tr("label set is not closed"));
        if (*p == '}') {
            ++p;
            return true;
        }
        const char *n = p;
        if (!isLabelStart(*p))
            return fail(tr("invalid label name starting with '%1'").arg(QLatin1Char(*p)));
        while (p < end && isLabelChar(*p))
            ++p;
        const QByteArrayView name(n, p - n);
        while (p < end && isBlank(*p))
            ++p;
        if (p == end || *p != '=')
            return fail(tr("expected '=' after label name %1").arg(quoted(name)));
        ++p;
        while (p < end && isBlank(*p))
            ++p;
        if (p == end || *p != '"')
            return fail(tr("expected '\"' to open the value of label %1").arg(quoted(name)));
        ++p;
        const char *v = p;
        bool escaped = false;
        for (;;) {
            p = findQuoteOrBackslash(p, end);
            if (p >= end || *p == '"')
                break;
            escaped = true;
            if (p + 1 < end && m_options.strict && p[1] != '\\' && p[1] != '"' && p[1] != 'n')
                return fail(tr("invalid escape sequence in the value of label %1").arg(quoted(name)));
            p += 2;
        }
        if (p >= end)
            return fail(tr("the value of label %1 is not closed (raw line break or truncated line)")
                            .arg(quoted(name)));
        if (!addLabel(labels, name, QByteArrayView(v, p - v), escaped))
            return false;
        ++p; // closing quote
        while (p < end && isBlank(*p))
            ++p;
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        return fail(tr("expected ',' or '}' after the value of label %1").arg(quoted(name)));
    }
}

bool Parser::textSample(const char *p, const char *end)
{
    const char *n = p;
    if (!isNameStart(*p))
        return fail(tr("invalid metric name starting with '%1'").arg(QLatin1Char(*p)));
    // Samples mostly follow their family's TYPE line: when the line starts
    // with the current family's (already validated) name, skip over it.
    bool currentFamily = false;
    if (m_textCurrent >= 0) {
        const QByteArray &fam = m_textFamilies[size_t(m_textCurrent)].name;
        if (end - p > fam.size() && std::memcmp(p, fam.constData(), size_t(fam.size())) == 0) {
            p += fam.size();
            currentFamily = !isNameChar(*p);
        }
    }
    while (p < end && isNameChar(*p))
        ++p;
    const QByteArrayView name(n, p - n);
    while (p < end && isBlank(*p))
        ++p;
    m_labels.clear();
    if (p < end && *p == '{') {
        if (!parseLabelsText(p, end, m_labels))
            return false;
        while (p < end && isBlank(*p))
            ++p;
    } else if (p == end) {
        return fail(tr("sample %1 has no value").arg(quoted(name)));
    } else if (p == n + name.size()) {
        return fail(
            tr("invalid character '%1' in metric name %2").arg(QString(QLatin1Char(*p)), quoted(name)));
    }
    const char *v = p;
    while (p < end && !isBlank(*p))
        ++p;
    const QByteArrayView valueText(v, p - v);
    if (valueText.isEmpty())
        return fail(tr("sample %1 has no value").arg(quoted(name)));
    Number value;
    if (!parseNumber(valueText, &value))
        return fail(tr("invalid value %1 for %2").arg(quoted(valueText), quoted(name)));
    while (p < end && isBlank(*p))
        ++p;
    std::optional<qint64> ts;
    if (p < end) {
        const char *t = p;
        while (p < end && !isBlank(*p))
            ++p;
        qint64 ms = 0;
        if (!parseInt64(QByteArrayView(t, p - t), &ms))
            return fail(
                tr("invalid timestamp %1 for %2").arg(quoted(QByteArrayView(t, p - t)), quoted(name)));
        ts = ms;
        while (p < end && isBlank(*p))
            ++p;
        if (p < end)
            return fail(tr("unexpected text after the timestamp of %1").arg(quoted(name)));
    }

    const int index = currentFamily ? m_textCurrent : textFamilyFor(name);
    textSwitchTo(index);
    TextFamily &f = m_textFamilies[size_t(index)];
    f.hasSamples = true;
    if (f.type == MetricType::Histogram && name.size() == f.name.size() + 7 && name.endsWith("_bucket")) {
        Number le;
        const ExpositionLabel *l = nullptr;
        for (const ExpositionLabel &x : m_labels)
            if (x.name == "le")
                l = &x;
        if (!l || !parseNumber(l->rawValue, &le))
            return fail(tr("histogram bucket %1 needs a numeric \"le\" label").arg(quoted(name)));
    } else if (f.type == MetricType::Summary && name.size() == f.name.size()) {
        const ExpositionLabel *l = nullptr;
        for (const ExpositionLabel &x : m_labels)
            if (x.name == "quantile")
                l = &x;
        Number q;
        if (!l || !parseNumber(l->rawValue, &q))
            return fail(tr("summary sample %1 needs a numeric \"quantile\" label").arg(quoted(name)));
    }
    return deliver(textView(index), name, m_labels, value.value, ts);
}

// ---------------------------------------------------------------------------
// OpenMetrics 1.0

ExpositionFamily Parser::omView() const
{
    ExpositionFamily v;
    v.name = m_om.name;
    v.type = m_om.type ? m_om.type->type : MetricType::Unknown;
    v.rawHelp = m_om.help;
    v.unit = m_om.unit;
    v.format = ExpositionFormat::OpenMetrics;
    return v;
}

void Parser::omStart(QByteArrayView name)
{
    m_om = OmFamily();
    m_om.active = true;
    m_om.name = name.toByteArray();
    m_om.line = m_line;
    m_announced = false;
    m_wanted = false;
}

bool Parser::omHistogramChecks()
{
    OmFamily &f = m_om;
    const QString name = quoted(f.name);
    if (!f.hBucketSet || f.hBucket != std::numeric_limits<double>::infinity())
        return fail(tr("histogram %1 has no +Inf bucket").arg(name));
    if (f.hCountSet && f.hValue != f.hCount)
        return fail(tr("the count of histogram %1 does not match its +Inf bucket").arg(name));
    if (f.hSum && !f.hCountSet)
        return fail(tr("histogram %1 has _sum without _count").arg(name));
    if (f.hGsum && !f.hCountSet)
        return fail(tr("gauge histogram %1 has _gsum without _gcount").arg(name));
    if (!(f.hSum || f.hGsum) && f.hCountSet)
        return fail(tr("histogram %1 has a count without a sum").arg(name));
    if (f.hNegativeBuckets && f.hSum)
        return fail(tr("histogram %1 has negative buckets and a _sum").arg(name));
    if (!f.hNegativeBuckets && f.hNegativeGsum)
        return fail(tr("gauge histogram %1 has a negative _gsum but no negative bucket").arg(name));
    return true;
}

bool Parser::omEnd()
{
    if (!m_om.active)
        return true;
    OmFamily &f = m_om;
    f.active = false;
    if (!m_announced) {
        m_announced = true;
        m_visitor.family(omView());
    }
    const QString name = quoted(f.name);
    // A family claims its own name and every sample name its type allows.
    QList<QByteArrayView> claims { QByteArrayView("") };
    if (f.type && f.type->type != MetricType::Unknown && f.type->type != MetricType::Gauge
        && f.type->type != MetricType::StateSet)
        for (QByteArrayView s : f.type->suffixes)
            if (!s.isEmpty())
                claims << s;
    for (QByteArrayView s : claims) {
        const QByteArray full = f.name + s.toByteArray();
        if (m_omSeenNames.contains(full))
            return fail(tr("metric name %1 clashes with an earlier family (family from line %2)")
                            .arg(quoted(full))
                            .arg(f.line));
        m_omSeenNames.insert(full);
    }
    if (!f.unit.isEmpty()) {
        if (!f.name.endsWith(QByteArray('_' + f.unit)))
            return fail(tr("unit %1 is not the suffix of metric name %2").arg(quoted(f.unit), name));
        if (f.type && (f.type->type == MetricType::Info || f.type->type == MetricType::StateSet))
            return fail(tr("%1 metrics cannot have a unit (%2)").arg(QLatin1String(f.type->name), name));
    }
    if (f.type && (f.type->type == MetricType::Histogram || f.type->type == MetricType::GaugeHistogram)
        && f.hActive)
        return omHistogramChecks();
    return true;
}

bool Parser::omLine(QByteArrayView line)
{
    if (m_omEof)
        return fail(tr("text after \"# EOF\""));
    if (line.isEmpty())
        return fail(tr("blank line"));
    if (line == "# EOF") {
        m_omEof = true;
        return true;
    }
    if (line[0] == '#')
        return omMetadata(line);
    return omSample(line);
}

bool Parser::omMetadata(QByteArrayView line)
{
    // "# KEYWORD name text": exactly one space between the first three parts,
    // the text (possibly empty) is the rest of the line.
    const qsizetype s1 = line.indexOf(' ');
    const qsizetype s2 = s1 < 0 ? -1 : line.indexOf(' ', s1 + 1);
    const qsizetype s3 = s2 < 0 ? -1 : line.indexOf(' ', s2 + 1);
    if (s3 < 0 || s1 != 1)
        return fail(tr("invalid metadata line"));
    const QByteArrayView keyword = line.sliced(s1 + 1, s2 - s1 - 1);
    const QByteArrayView name = line.sliced(s2 + 1, s3 - s2 - 1);
    const QByteArrayView text = line.sliced(s3 + 1);
    if (keyword != "HELP" && keyword != "TYPE" && keyword != "UNIT")
        return fail(tr("unknown metadata keyword %1").arg(quoted(keyword)));
    if (!isValidMetricName(name))
        return fail(tr("invalid metric name %1").arg(quoted(name)));
    if (m_om.active && name == QByteArrayView(m_om.name)) {
        if (m_om.hasSamples)
            return fail(tr("metadata for %1 after its samples").arg(quoted(name)));
    } else {
        if (!omEnd())
            return false;
        omStart(name);
    }
    OmFamily &f = m_om;
    if (keyword == "HELP") {
        if (f.helpSet)
            return fail(tr("second HELP for %1").arg(quoted(name)));
        f.helpSet = true;
        f.help = text.toByteArray();
    } else if (keyword == "TYPE") {
        if (f.typeSet)
            return fail(tr("second TYPE for %1").arg(quoted(name)));
        const OmType *t = findOmType(text);
        if (!t)
            return fail(tr("invalid metric type %1 for %2").arg(quoted(text), quoted(name)));
        f.typeSet = true;
        f.type = t;
    } else {
        if (f.unitSet)
            return fail(tr("second UNIT for %1").arg(quoted(name)));
        f.unitSet = true;
        f.unit = text.toByteArray();
    }
    return true;
}

bool Parser::parseLabelsOm(const char *&p, const char *end, LabelBuffer &labels, bool exemplar)
{
    ++p; // '{'
    if (p < end && *p == '}') {
        ++p;
        return true;
    }
    for (;;) {
        const char *n = p;
        if (p == end || !isLabelStart(*p))
            return fail(exemplar ? tr("invalid exemplar label name") : tr("invalid label name"));
        while (p < end && isLabelChar(*p))
            ++p;
        const QByteArrayView name(n, p - n);
        if (p == end || *p != '=' || p + 1 == end || p[1] != '"')
            return fail(tr("expected =\" after label name %1").arg(quoted(name)));
        p += 2;
        const char *v = p;
        bool escaped = false;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                escaped = true;
                p += 2;
                continue;
            }
            ++p;
        }
        if (p >= end)
            return fail(tr("the value of label %1 is not closed").arg(quoted(name)));
        if (!addLabel(labels, name, QByteArrayView(v, p - v), escaped))
            return false;
        ++p;
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        return fail(tr("expected ',' or '}' after the value of label %1").arg(quoted(name)));
    }
}

// Sorted labels with escapes resolved, optionally without one label: the
// identity of a series or of a metric within a family.
QByteArray labelsKey(const LabelBuffer &labels, QByteArrayView drop)
{
    QVarLengthArray<int, 16> order;
    for (int i = 0; i < labels.size(); ++i)
        if (drop.isNull() || labels[i].name != drop)
            order.append(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return labels[a].name < labels[b].name; });
    QByteArray key;
    for (int i : order) {
        key += labels[i].name.toByteArray();
        key += '\0';
        key += labels[i].escaped ? ExpositionSample::unescape(labels[i].rawValue)
                                 : labels[i].rawValue.toByteArray();
        key += '\0';
    }
    return key;
}

QByteArray Parser::omGroupKey(QByteArrayView sampleName, const LabelBuffer &labels) const
{
    // The labels that identify one metric (one histogram, one summary, one
    // stateset) within the family, sorted, with escapes resolved.
    QByteArrayView drop;
    const MetricType t = m_om.type ? m_om.type->type : MetricType::Unknown;
    if (t == MetricType::Info)
        return QByteArray();
    if (t == MetricType::Summary && sampleName == QByteArrayView(m_om.name))
        drop = "quantile";
    else if (t == MetricType::StateSet)
        drop = m_om.name;
    else if ((t == MetricType::Histogram || t == MetricType::GaugeHistogram) && sampleName.endsWith("_bucket")
             && sampleName.size() == m_om.name.size() + 7)
        drop = "le";
    return labelsKey(labels, drop);
}

bool Parser::omSample(QByteArrayView line)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    const char *n = p;
    if (!isNameStart(*p))
        return fail(tr("invalid metric name"));
    while (p < end && isNameChar(*p))
        ++p;
    const QByteArrayView name(n, p - n);
    m_labels.clear();
    if (p < end && *p == '{') {
        if (!parseLabelsOm(p, end, m_labels, false))
            return false;
    }
    if (p == end || *p != ' ')
        return fail(tr("expected a space before the value of %1").arg(quoted(name)));
    ++p;
    const char *v = p;
    while (p < end && *p != ' ')
        ++p;
    Number value;
    if (!parseNumber(QByteArrayView(v, p - v), &value))
        return fail(tr("invalid value %1 for %2").arg(quoted(QByteArrayView(v, p - v)), quoted(name)));

    // [" " timestamp] [" # " exemplar-labels " " value [" " timestamp]]
    bool hasTs = false;
    double ts = 0;
    bool hasExemplar = false;
    if (p < end) {
        ++p; // the space
        if (p == end)
            return fail(tr("trailing space after the value of %1").arg(quoted(name)));
        if (*p != '#') {
            const char *t = p;
            while (p < end && *p != ' ')
                ++p;
            Number tn;
            if (!parseNumber(QByteArrayView(t, p - t), &tn, false) || !std::isfinite(tn.value))
                return fail(tr("invalid timestamp %1").arg(quoted(QByteArrayView(t, p - t))));
            hasTs = true;
            ts = tn.value;
            if (p < end) {
                ++p;
                if (p == end || *p != '#')
                    return fail(tr("unexpected text after the timestamp of %1").arg(quoted(name)));
            }
        }
        if (p < end) { // at '#': an exemplar
            if (p + 2 >= end || p[1] != ' ' || p[2] != '{')
                return fail(tr("malformed exemplar"));
            p += 2;
            m_exemplarLabels.clear();
            if (!parseLabelsOm(p, end, m_exemplarLabels, true))
                return false;
            qsizetype length = 0;
            for (const ExpositionLabel &l : m_exemplarLabels)
                length += unescapedCodePoints(l.name) + unescapedCodePoints(l.rawValue);
            if (length > 128)
                return fail(tr("exemplar labels are longer than 128 characters"));
            if (p == end || *p != ' ')
                return fail(tr("exemplar without a value"));
            ++p;
            const char *ev = p;
            while (p < end && *p != ' ')
                ++p;
            Number exValue;
            if (!parseNumber(QByteArrayView(ev, p - ev), &exValue))
                return fail(tr("invalid exemplar value"));
            if (p < end) {
                ++p;
                Number exTs;
                if (!parseNumber(QByteArrayView(p, end - p), &exTs, false) || !std::isfinite(exTs.value))
                    return fail(tr("invalid exemplar timestamp"));
            }
            hasExemplar = true;
        }
    }

    // Which family: the current one if its type allows this sample name,
    // otherwise a new family of unknown type named after the sample.
    bool belongs = false;
    if (m_om.active && name.startsWith(m_om.name)) {
        const QByteArrayView suffix = name.sliced(m_om.name.size());
        if (!m_om.typeSet)
            belongs = suffix.isEmpty();
        else
            for (QByteArrayView s : m_om.type->suffixes)
                belongs = belongs || suffix == s;
    }
    if (!belongs) {
        if (!omEnd())
            return false;
        if (!isValidMetricName(name))
            return fail(tr("invalid metric name %1").arg(quoted(name)));
        omStart(name);
        m_om.typeSet = true;
        m_om.type = findOmType("unknown");
    }
    OmFamily &f = m_om;
    const MetricType type = f.type ? f.type->type : MetricType::Unknown;
    const QByteArrayView suffix = name.sliced(f.name.size());
    auto labelValue = [&](QByteArrayView label, QByteArray *out) {
        for (const ExpositionLabel &l : m_labels)
            if (l.name == label) {
                *out = l.escaped ? ExpositionSample::unescape(l.rawValue) : l.rawValue.toByteArray();
                return true;
            }
        return false;
    };
    QByteArray text;

    if (type == MetricType::StateSet && !labelValue(f.name, &text))
        return fail(tr("stateset sample lacks the label %1").arg(quoted(f.name)));
    Number le;
    const bool isBucket = suffix == "_bucket";
    if (isBucket) {
        if (!labelValue("le", &text) || text == "NaN" || !parseNumber(text, &le))
            return fail(tr("invalid or missing \"le\" label"));
        if (le.value == std::numeric_limits<double>::infinity() && text != "+Inf")
            return fail(tr("the +Inf bucket must be written \"+Inf\""));
        if (!isWhole(value))
            return fail(tr("bucket values must be integers"));
    }
    if ((suffix == "_count" || suffix == "_gcount") && !isWhole(value))
        return fail(tr("count values must be integers"));
    if (type == MetricType::Summary && suffix.isEmpty()) {
        Number q;
        if (!labelValue("quantile", &text) || !parseNumber(text, &q) || !(q.value >= 0 && q.value <= 1))
            return fail(tr("invalid or missing \"quantile\" label"));
    }

    const QByteArray group = omGroupKey(name, m_labels);
    if (f.hasGroup && group != f.group && f.seenGroups.contains(group))
        return fail(tr("samples of one metric are not together"));
    if (f.hasGroup && group == f.group) {
        if (hasTs != f.groupHasTs)
            return fail(tr("some samples of one metric have timestamps and some do not"));
        if (f.groupHasTs && f.groupTs > ts && type != MetricType::Info)
            return fail(tr("timestamps go backwards"));
    } else {
        f.groupTsSamples.clear();
    }
    // Repeats of one series at one timestamp are dropped, as the reference parser does.
    const QByteArray seriesId = name.toByteArray() + '\x01' + labelsKey(m_labels, QByteArrayView());
    const bool sameTs = hasTs == f.groupHasTs && (!hasTs || ts == f.groupTs);
    const bool included = !sameTs || !f.groupTsSamples.contains(seriesId);
    f.groupTsSamples.insert(seriesId);
    f.group = group;
    f.hasGroup = true;
    f.groupHasTs = hasTs;
    f.groupTs = ts;
    f.seenGroups.insert(group);
    f.hasSamples = true;

    if (type == MetricType::StateSet && value.value != 0 && value.value != 1)
        return fail(tr("stateset values must be 0 or 1"));
    if (type == MetricType::Info && value.value != 1)
        return fail(tr("info values must be 1"));
    if (type == MetricType::Summary && suffix.isEmpty() && value.value < 0)
        return fail(tr("quantile values cannot be negative"));
    const bool counterLike = suffix == "_total" || suffix == "_sum" || suffix == "_count"
        || suffix == "_bucket" || suffix == "_gcount" || suffix == "_gsum";
    if (counterLike && std::isnan(value.value))
        return fail(tr("counter-like samples cannot be NaN"));
    if (counterLike && suffix != "_gsum" && value.value < 0)
        return fail(tr("counter-like samples cannot be negative"));
    if (hasExemplar
        && !(((type == MetricType::Histogram || type == MetricType::GaugeHistogram)
              && name.endsWith("_bucket"))
             || (type == MetricType::Counter && name.endsWith("_total"))))
        return fail(tr("only histogram buckets and counter totals can have exemplars"));

    if (included && (type == MetricType::Histogram || type == MetricType::GaugeHistogram)) {
        if (!f.hActive || group != f.hGroup || hasTs != f.hHasTs || (hasTs && ts != f.hTs)) {
            if (f.hActive && !omHistogramChecks())
                return false;
            f.hActive = true;
            f.hBucketSet = false;
            f.hCountSet = false;
            f.hSum = f.hGsum = f.hNegativeGsum = f.hNegativeBuckets = false;
            f.hValue = 0;
        }
        f.hGroup = group;
        f.hHasTs = hasTs;
        f.hTs = ts;
        if (isBucket) {
            if (le.value < 0)
                f.hNegativeBuckets = true;
            if (f.hBucketSet && le.value <= f.hBucket)
                return fail(tr("histogram buckets are out of order"));
            if (value.value < f.hValue)
                return fail(tr("histogram bucket values decrease"));
            f.hBucketSet = true;
            f.hBucket = le.value;
            f.hValue = value.value;
        } else if (suffix == "_count" || suffix == "_gcount") {
            f.hCountSet = true;
            f.hCount = value.value;
        } else if (suffix == "_sum") {
            f.hSum = true;
        } else if (suffix == "_gsum") {
            f.hGsum = true;
            if (value.value < 0)
                f.hNegativeGsum = true;
        }
    }

    return deliver(omView(), name, m_labels, value.value, hasTs ? secondsToMs(ts) : std::nullopt);
}

// Collects materialised families for ExpositionParser::families().
class FamilyCollector : public ExpositionVisitor
{
public:
    explicit FamilyCollector(const std::function<bool(QByteArrayView)> &wanted)
        : m_wanted(wanted)
    { }

    bool family(const ExpositionFamily &family) override
    {
        if (m_wanted && !m_wanted(family.name))
            return false;
        const QString name = QString::fromUtf8(family.name);
        const auto it = m_index.constFind(name);
        if (it != m_index.cend()) {
            m_current = *it;
            return true;
        }
        MetricFamily f;
        f.name = name;
        f.type = family.type;
        f.help = family.help();
        f.unit = QString::fromUtf8(family.unit);
        m_current = int(m_families.size());
        m_index.insert(name, m_current);
        m_families.append(f);
        return true;
    }

    void sample(const ExpositionSample &s) override
    {
        MetricPoint p;
        p.name = QString::fromUtf8(s.name());
        p.labels = s.labels();
        p.value = s.value();
        p.timestampMs = s.timestampMs();
        m_families[m_current].points.append(p);
    }

    QList<MetricFamily> m_families;

private:
    const std::function<bool(QByteArrayView)> &m_wanted;
    QHash<QString, int> m_index;
    int m_current = -1;
};

} // namespace

ExpositionFormat ExpositionParser::formatFromContentType(QByteArrayView contentType)
{
    const QByteArrayView type = contentType.trimmed();
    const qsizetype semi = type.indexOf(';');
    const QByteArrayView mime = (semi < 0 ? type : type.first(semi)).trimmed();
    if (mime.compare("application/openmetrics-text", Qt::CaseInsensitive) == 0)
        return ExpositionFormat::OpenMetrics;
    if (mime.compare("text/plain", Qt::CaseInsensitive) == 0)
        return ExpositionFormat::PrometheusText;
    return ExpositionFormat::Unknown;
}

ExpositionFormat ExpositionParser::sniffFormat(QByteArrayView body)
{
    QByteArrayView b = body;
    while (!b.isEmpty() && (b.back() == '\n' || b.back() == '\r'))
        b.chop(1);
    return b.endsWith("# EOF") && (b.size() == 5 || b[b.size() - 6] == '\n')
        ? ExpositionFormat::OpenMetrics
        : ExpositionFormat::PrometheusText;
}

ExpositionFormat ExpositionParser::detectFormat(QByteArrayView contentType, QByteArrayView body)
{
    const ExpositionFormat f = formatFromContentType(contentType);
    return f != ExpositionFormat::Unknown ? f : sniffFormat(body);
}

bool ExpositionParser::parse(QByteArrayView body, ExpositionVisitor &visitor, ExpositionError *error) const
{
    const ExpositionFormat format =
        m_options.format != ExpositionFormat::Unknown ? m_options.format : sniffFormat(body);
    Parser parser(m_options, format, visitor);
    return parser.run(body, error);
}

std::optional<QList<MetricFamily>>
ExpositionParser::families(QByteArrayView body, ExpositionError *error,
                           const std::function<bool(QByteArrayView)> &wanted) const
{
    FamilyCollector collector(wanted);
    if (!parse(body, collector, error))
        return std::nullopt;
    return std::move(collector.m_families);
}

} // namespace Bandwatch
