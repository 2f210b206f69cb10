#include "exporter/pushmetricname.h"

#include <QCoreApplication>
#include <QStringList>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PushMetricName", text);
}

// The rules of promlint (prometheus/client_golang), which promtool applies.
const QStringList kAbbreviations { QStringLiteral("s"),  QStringLiteral("ms"),  QStringLiteral("us"),
                                   QStringLiteral("ns"), QStringLiteral("sec"), QStringLiteral("b"),
                                   QStringLiteral("kb"), QStringLiteral("mb"),  QStringLiteral("gb"),
                                   QStringLiteral("tb"), QStringLiteral("pb"),  QStringLiteral("m"),
                                   QStringLiteral("h"),  QStringLiteral("d") };
const QStringList kTypeWords { QStringLiteral("counter"), QStringLiteral("gauge"),
                               QStringLiteral("histogram"), QStringLiteral("summary"),
                               QStringLiteral("gaugehistogram") };
const QStringList kBaseUnits { QStringLiteral("amperes"), QStringLiteral("bytes"),  QStringLiteral("celsius"),
                               QStringLiteral("grams"),   QStringLiteral("joules"), QStringLiteral("kelvin"),
                               QStringLiteral("meters"),  QStringLiteral("metres"), QStringLiteral("seconds"),
                               QStringLiteral("volts") };
const QStringList kOtherUnits { QStringLiteral("minutes"), QStringLiteral("hours"),
                                QStringLiteral("days"),    QStringLiteral("weeks"),
                                QStringLiteral("kelvins"), QStringLiteral("fahrenheit"),
                                QStringLiteral("rankine"), QStringLiteral("inches"),
                                QStringLiteral("yards"),   QStringLiteral("miles"),
                                QStringLiteral("bits"),    QStringLiteral("calories"),
                                QStringLiteral("pounds"),  QStringLiteral("ounces") };
const QStringList kPrefixes { QStringLiteral("pico"),  QStringLiteral("nano"),  QStringLiteral("micro"),
                              QStringLiteral("milli"), QStringLiteral("centi"), QStringLiteral("deci"),
                              QStringLiteral("deca"),  QStringLiteral("hecto"), QStringLiteral("kilo"),
                              QStringLiteral("kibi"),  QStringLiteral("mega"),  QStringLiteral("mibi"),
                              QStringLiteral("giga"),  QStringLiteral("gibi"),  QStringLiteral("tera"),
                              QStringLiteral("tebi"),  QStringLiteral("peta"),  QStringLiteral("pebi") };

bool containsWord(const QString &name, const QString &word)
{
    return name.contains(u'_' + word + u'_') || name.endsWith(u'_' + word);
}

// The unit a segment names when it is not a base unit ("kilobytes", "hours").
QString nonBaseUnit(const QString &segment)
{
    if (kOtherUnits.contains(segment))
        return segment;
    for (const QString &p : kPrefixes) {
        if (segment.startsWith(p)) {
            const QString rest = segment.mid(p.size());
            if (kBaseUnits.contains(rest) || kOtherUnits.contains(rest))
                return segment;
        }
    }
    return {};
}

} // namespace

QString PushMetricName::base(const QString &raw, QString *error)
{
    QString out;
    const QString t = raw.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        const bool upper = c >= u'A' && c <= u'Z';
        if (upper && i > 0) {
            const QChar prev = t.at(i - 1);
            if ((prev >= u'a' && prev <= u'z') || (prev >= u'0' && prev <= u'9'))
                out += u'_';
        }
        if (upper)
            out += c.toLower();
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else
            out += u'_';
    }
    while (out.contains(QStringLiteral("__")))
        out.replace(QStringLiteral("__"), QStringLiteral("_"));
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty()) {
        *error = tr("\"%1\" has no letters or digits to make a metric name from").arg(raw);
        return {};
    }
    if (out.front().isDigit())
        out.prepend(QStringLiteral("metric_"));
    if (out.size() > 200) {
        *error = tr("metric names are limited to 200 characters");
        return {};
    }
    if (out.startsWith(QLatin1String("bandwatch_")) || out == QLatin1String("bandwatch")) {
        *error = tr("names starting with bandwatch_ are reserved for Bandwatch's own metrics");
        return {};
    }
    return out;
}

QString PushMetricName::forType(const QString &raw, PushMetric::Type type, QString *error)
{
    QString name = base(raw, error);
    if (name.isEmpty())
        return {};
    if (type == PushMetric::Type::Counter && !name.endsWith(QLatin1String("_total")))
        name += QStringLiteral("_total");
    auto refuse = [&](const QString &why) {
        *error = tr("\"%1\" (as %2): %3").arg(raw, name, why);
        return QString();
    };
    if (type == PushMetric::Type::Gauge) {
        for (const char *suffix : { "_total", "_count", "_sum", "_bucket" }) {
            if (name.endsWith(QLatin1String(suffix)))
                return refuse(
                    tr("a gauge must not end in %1 (that suffix means a counter, histogram or summary); "
                       "create it with type=counter or choose another name")
                        .arg(QLatin1String(suffix)));
        }
    }
    if (name.endsWith(QLatin1String("_bucket")))
        return refuse(tr("the _bucket suffix is reserved for histograms"));
    for (const QString &word : kTypeWords)
        if (containsWord(name, word))
            return refuse(tr("a metric name should not contain its type (\"%1\")").arg(word));
    for (const QString &abbr : kAbbreviations)
        if (containsWord(name, abbr))
            return refuse(tr("abbreviated units (\"%1\") are not allowed; spell out the base unit, e.g. "
                             "_seconds or _bytes")
                              .arg(abbr));
    for (const QString &segment : name.split(u'_')) {
        const QString unit = nonBaseUnit(segment);
        if (!unit.isEmpty())
            return refuse(tr("use a base unit (seconds, bytes, meters, ...) instead of \"%1\"").arg(unit));
    }
    return name;
}

} // namespace Bandwatch
