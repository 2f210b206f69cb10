#include "core/expositionparser.h"

#include "core/openmetricsreader.h"
#include "core/textexpositionreader.h"

#include <QHash>

namespace Bandwatch {

namespace {

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
    if (format == ExpositionFormat::OpenMetrics) {
        Exposition::OpenMetricsReader reader(m_options, visitor);
        return reader.run(body, error);
    }
    Exposition::TextExpositionReader reader(m_options, visitor);
    return reader.run(body, error);
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
