#include "core/textexpositionreader.h"

#include "core/expositionnumber.h"

#include <QCoreApplication>

namespace Bandwatch::Exposition {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpositionParser", text);
}

} // namespace

bool TextExpositionReader::line(QByteArrayView line, bool terminated)
{
    if (!terminated)
        return fail(tr("the last line has no line break: the body is truncated"));
    return textLine(line);
}

bool TextExpositionReader::finish(QByteArrayView)
{
    if (m_textCurrent >= 0 && !m_announced)
        m_visitor.family(textView(m_textCurrent)); // metadata-only run at the end
    return true;
}

ExpositionFamily TextExpositionReader::textView(int index) const
{
    const TextFamily &f = m_textFamilies[size_t(index)];
    ExpositionFamily v;
    v.name = f.name;
    v.type = f.type;
    v.rawHelp = f.help;
    v.format = ExpositionFormat::PrometheusText;
    return v;
}

void TextExpositionReader::textSwitchTo(int index)
{
    if (index == m_textCurrent)
        return;
    if (m_textCurrent >= 0 && !m_announced)
        m_visitor.family(textView(m_textCurrent)); // metadata-only run
    m_textCurrent = index;
    m_announced = false;
    m_wanted = false;
}

int TextExpositionReader::textFamily(QByteArrayView name, bool create)
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

int TextExpositionReader::textFamilyFor(QByteArrayView sampleName)
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

bool TextExpositionReader::textLine(QByteArrayView line)
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

bool TextExpositionReader::textComment(const char *p, const char *end)
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

bool TextExpositionReader::parseLabelsText(const char *&p, const char *end, LabelBuffer &labels)
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

bool TextExpositionReader::textSample(const char *p, const char *end)
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

} // namespace Bandwatch::Exposition
