#include "core/vnstatexportertotals.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <utility>

namespace Bandwatch {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
// Largest MiB value whose byte count still fits comfortably in 63 bits.
constexpr double kMaxMiB = 8.0e12;

QString tr(const char *text)
{
    return QCoreApplication::translate("VnstatExporterTotals", text);
}

quint64 toBytes(double mib)
{
    if (!std::isfinite(mib) || mib <= 0.0)
        return 0;
    return quint64(std::llround(std::min(mib, kMaxMiB) * kMiB));
}

double roundedMiB(quint64 bytes)
{
    return std::round(double(bytes) / kMiB * 100.0) / 100.0;
}

} // namespace

quint64 VnstatExporterTotals::inBytes() const
{
    return toBytes(inMiB);
}

quint64 VnstatExporterTotals::outBytes() const
{
    return toBytes(outMiB);
}

std::optional<VnstatExporterTotals> VnstatExporterTotals::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<VnstatExporterTotals> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("expected a JSON object with \"start_date\", \"in\" and \"out\""));
    const QJsonObject o = doc.object();

    VnstatExporterTotals t;
    const QJsonValue start = o.value(QLatin1String("start_date"));
    if (!start.isString())
        return fail(tr("\"start_date\" is missing or not a string"));
    t.startDate = start.toString();
    if (!t.startDate.isEmpty() && !QDate::fromString(t.startDate, Qt::ISODate).isValid())
        return fail(tr("\"start_date\" is not a date of the form YYYY-MM-DD"));

    for (const auto &[key, out] :
         { std::pair { QLatin1String("in"), &t.inMiB }, std::pair { QLatin1String("out"), &t.outMiB } }) {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return fail(tr("\"%1\" is missing or not a number").arg(key));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0.0 || d > kMaxMiB)
            return fail(tr("\"%1\" is not a plausible traffic total in MiB").arg(key));
        *out = d;
    }
    return t;
}

QByteArray VnstatExporterTotals::toJson() const
{
    // QJsonObject keeps its keys sorted, which is also the order jsonify uses.
    const QJsonObject o {
        { QStringLiteral("in"), inMiB },
        { QStringLiteral("out"), outMiB },
        { QStringLiteral("start_date"), startDate },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

VnstatExporterTotals VnstatExporterTotals::fromBytes(const QDate &startDate, quint64 inBytes,
                                                     quint64 outBytes)
{
    VnstatExporterTotals t;
    t.startDate = startDate.toString(Qt::ISODate);
    t.inMiB = roundedMiB(inBytes);
    t.outMiB = roundedMiB(outBytes);
    return t;
}

bool VnstatExporterTotals::isHealthy(const QByteArray &json, QString *status)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QString s = doc.object().value(QLatin1String("status")).toString();
    if (status)
        *status = s;
    return s == u"ok";
}

} // namespace Bandwatch
