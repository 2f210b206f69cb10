#include "exporter/expositionwriter.h"

#include <charconv>
#include <cmath>

namespace Bandwatch {

ExpositionWriter::ExpositionWriter(ExpositionFormat format, QByteArray *out)
    : m_format(format)
    , m_out(out)
{ }

void ExpositionWriter::family(const QByteArray &name, Type type, QStringView help, const QByteArray &unit)
{
    m_sampleName = name;
    QByteArray familyName = name;
    if (m_format == ExpositionFormat::OpenMetrics && type == Type::Counter && familyName.endsWith("_total"))
        familyName.chop(6);
    // Written with the first sample: a family without samples is left out.
    m_pendingHeader.clear();
    m_pendingHeader.append("# HELP ")
        .append(familyName)
        .append(' ')
        .append(escapeHelp(help, m_format))
        .append('\n');
    m_pendingHeader.append("# TYPE ")
        .append(familyName)
        .append(type == Type::Counter ? " counter\n" : " gauge\n");
    QByteArray unitSuffix("_");
    unitSuffix.append(unit);
    if (m_format == ExpositionFormat::OpenMetrics && !unit.isEmpty() && familyName.endsWith(unitSuffix))
        m_pendingHeader.append("# UNIT ").append(familyName).append(' ').append(unit).append('\n');
}

void ExpositionWriter::sample(const QByteArray &labels, const char *value, qsizetype size)
{
    if (!m_pendingHeader.isEmpty()) {
        m_out->append(m_pendingHeader);
        m_pendingHeader.clear();
    }
    m_out->append(m_sampleName);
    if (!labels.isEmpty())
        m_out->append('{').append(labels).append('}');
    m_out->append(' ').append(value, size).append('\n');
}

void ExpositionWriter::sample(const QByteArray &labels, double value)
{
    // Rendering many thousand samples per scrape: no allocation per value.
    if (std::isfinite(value)) {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, value);
        sample(labels, buf, r.ptr - buf);
    } else {
        sample(labels, formatValue(value));
    }
}

void ExpositionWriter::sample(const QByteArray &labels, quint64 value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    sample(labels, buf, r.ptr - buf);
}

void ExpositionWriter::finish()
{
    if (m_format == ExpositionFormat::OpenMetrics)
        m_out->append("# EOF\n");
}

void ExpositionWriter::appendLabelValue(QByteArray &out, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '"':
            out.append("\\\"");
            break;
        case '\n':
            out.append("\\n");
            break;
        default:
            out.append(c);
        }
    }
}

QByteArray ExpositionWriter::renderLabels(const LabelPairs &labels)
{
    QByteArray out;
    for (const auto &[name, value] : labels) {
        if (!out.isEmpty())
            out.append(',');
        out.append(name).append("=\"");
        appendLabelValue(out, value);
        out.append('"');
    }
    return out;
}

QByteArray ExpositionWriter::escapeHelp(QStringView help, ExpositionFormat format)
{
    QByteArray out;
    for (char c : help.toUtf8()) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '\n')
            out.append("\\n");
        else if (c == '"' && format == ExpositionFormat::OpenMetrics)
            out.append("\\\"");
        else if (c == '\r')
            out.append(' ');
        else
            out.append(c);
    }
    return out;
}

QByteArray ExpositionWriter::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return QByteArray(buf, r.ptr - buf);
}

QByteArray ExpositionWriter::sanitizeLabelName(const QString &name)
{
    QByteArray out;
    for (QChar ch : name) {
        const char16_t c = ch.unicode();
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || (c >= u'0' && c <= u'9');
        out.append(ok ? char(c) : '_');
    }
    if (out.isEmpty() || (out[0] >= '0' && out[0] <= '9'))
        out.prepend("label_");
    // "__" names are reserved for Prometheus itself.
    while (out.startsWith("__"))
        out.remove(0, 1);
    return out;
}

QByteArray ExpositionWriter::contentType(ExpositionFormat format)
{
    return format == ExpositionFormat::OpenMetrics
        ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
        : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

ExpositionFormat ExpositionWriter::negotiate(const QByteArray &acceptHeader)
{
    double bestText = -1.0;
    double bestOpenMetrics = -1.0;
    for (const QByteArray &entry : acceptHeader.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray type = parts.value(0).trimmed().toLower();
        double q = 1.0;
        QByteArray version;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = p.left(eq).trimmed().toLower();
            const QByteArray val = p.mid(eq + 1).trimmed();
            if (key == "q") {
                bool ok = false;
                q = val.toDouble(&ok);
                if (!ok)
                    q = 0.0;
            } else if (key == "version") {
                version = val;
            }
        }
        if (type == "application/openmetrics-text") {
            if (version.isEmpty() || version == "1.0.0" || version == "0.0.1")
                bestOpenMetrics = std::max(bestOpenMetrics, q);
        } else if (type == "text/plain") {
            if (version.isEmpty() || version == "0.0.4")
                bestText = std::max(bestText, q);
        } else if (type == "*/*" || type == "text/*") {
            bestText = std::max(bestText, q);
        }
    }
    return bestOpenMetrics > 0.0 && bestOpenMetrics > bestText ? ExpositionFormat::OpenMetrics
                                                               : ExpositionFormat::PrometheusText;
}

} // namespace Bandwatch
