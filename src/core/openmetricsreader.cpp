#include "core/openmetricsreader.h"

#include "core/expositionnumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace Bandwatch::Exposition {

// OpenMetrics type rules (as in prometheus_client.openmetrics.parser).
struct OmType
{
    const char *name;
    MetricType type;
    std::vector<QByteArrayView> suffixes; // allowed sample-name suffixes ("" = the family name itself)
};

static const std::vector<OmType> &omTypes()
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

static const OmType *findOmType(QByteArrayView name)
{
    for (const OmType &t : omTypes())
        if (name == QByteArrayView(t.name))
            return &t;
    return nullptr;
}

// ---------------------------------------------------------------------------

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpositionParser", text);
}

} // namespace

bool OpenMetricsReader::line(QByteArrayView line, bool)
{
    return omLine(line);
}

bool OpenMetricsReader::finish(QByteArrayView body)
{
    bool ok = omEnd();
    if (ok && !m_omEof) {
        // Report the line where "# EOF" was due.
        if (body.isEmpty() || body.back() == '\n')
            ++m_line;
        ok = fail(tr("missing \"# EOF\" at the end: the body is truncated"));
    }
    return ok;
}

ExpositionFamily OpenMetricsReader::omView() const
{
    ExpositionFamily v;
    v.name = m_om.name;
    v.type = m_om.type ? m_om.type->type : MetricType::Unknown;
    v.rawHelp = m_om.help;
    v.unit = m_om.unit;
    v.format = ExpositionFormat::OpenMetrics;
    return v;
}

void OpenMetricsReader::omStart(QByteArrayView name)
{
    m_om = OmFamily();
    m_om.active = true;
    m_om.name = name.toByteArray();
    m_om.line = m_line;
    m_announced = false;
    m_wanted = false;
}

bool OpenMetricsReader::omHistogramChecks()
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

bool OpenMetricsReader::omEnd()
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

bool OpenMetricsReader::omLine(QByteArrayView line)
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

bool OpenMetricsReader::omMetadata(QByteArrayView line)
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

bool OpenMetricsReader::parseLabelsOm(const char *&p, const char *end, LabelBuffer &labels, bool exemplar)
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
static QByteArray labelsKey(const LabelBuffer &labels, QByteArrayView drop)
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

QByteArray OpenMetricsReader::omGroupKey(QByteArrayView sampleName, const LabelBuffer &labels) const
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

bool OpenMetricsReader::omSample(QByteArrayView line)
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

} // namespace Bandwatch::Exposition
