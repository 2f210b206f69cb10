#include "sources/vnstatexporterbaseline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VnstatExporterBaseline", text);
}

constexpr int kFormat = 1;

} // namespace

VnstatExporterBaseline::VnstatExporterBaseline(QString path, QString url)
    : m_path(std::move(path))
    , m_urlHash(
          QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex()))
{ }

std::optional<VnstatExporterReading> VnstatExporterBaseline::load(QString *error) const
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return std::nullopt;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.read(1 << 16), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toInt() != kFormat
        || !root.value(QLatin1String("in")).isDouble() || !root.value(QLatin1String("out")).isDouble()
        || !root.value(QLatin1String("time")).isDouble()) {
        *error =
            tr("%1 is not a vnstat-exporter state file; the first poll takes a new baseline").arg(m_path);
        return std::nullopt;
    }
    if (root.value(QLatin1String("url")).toString() != m_urlHash)
        return std::nullopt; // another exporter's totals
    VnstatExporterReading r;
    r.inBytes = quint64(root.value(QLatin1String("in")).toInteger());
    r.outBytes = quint64(root.value(QLatin1String("out")).toInteger());
    r.startDate = root.value(QLatin1String("start_date")).toString();
    r.wallMs = root.value(QLatin1String("time")).toInteger();
    return r;
}

bool VnstatExporterBaseline::save(const VnstatExporterReading &reading, QString *error) const
{
    if (m_path.isEmpty())
        return true;
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("url"), m_urlHash },
                             { QStringLiteral("in"), qint64(reading.inBytes) },
                             { QStringLiteral("out"), qint64(reading.outBytes) },
                             { QStringLiteral("start_date"), reading.startDate },
                             { QStringLiteral("time"), reading.wallMs } };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Traffic totals of a host are nobody else's business.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Bandwatch
