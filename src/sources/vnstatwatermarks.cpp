#include "sources/vnstatwatermarks.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate("VnstatWatermarks", text);
}

constexpr int kFormat = 1;

} // namespace

VnstatWatermarks::VnstatWatermarks(QString path, QString database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{ }

bool VnstatWatermarks::load(QString *error)
{
    m_marks.clear();
    m_dirty = false;
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.read(1 << 20), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QLatin1String("format")).toInt() != kFormat) {
        if (error)
            *error = tr("%1 is not a vnstat import state file; starting a full import").arg(m_path);
        return false;
    }
    if (root.value(QLatin1String("database")).toString() != m_database)
        return true; // written for another vnstat database: its marks say nothing about this one
    const QJsonObject ifaces = root.value(QLatin1String("interfaces")).toObject();
    for (auto it = ifaces.begin(); it != ifaces.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QJsonValue from = o.value(QLatin1String("from"));
        if (!from.isDouble())
            continue;
        m_marks.insert(it.key(), { from.toInteger(), o.value(QLatin1String("created")).toInteger(-1) });
    }
    return true;
}

bool VnstatWatermarks::save(QString *error)
{
    if (m_path.isEmpty() || !m_dirty)
        return true;
    QJsonObject ifaces;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        ifaces.insert(it.key(),
                      QJsonObject { { QStringLiteral("from"), it->fromMs },
                                    { QStringLiteral("created"), it->createdMs } });
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("database"), m_database },
                             { QStringLiteral("interfaces"), ifaces } };

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Which interfaces a host has, and since when, is nobody else's business.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_dirty = false;
    return true;
}

std::optional<qint64> VnstatWatermarks::from(const QString &iface, qint64 createdMs) const
{
    const auto it = m_marks.constFind(iface);
    if (it == m_marks.cend())
        return std::nullopt;
    // A different creation time is a new interface under an old name: its
    // history starts afresh.
    if (it->createdMs >= 0 && createdMs >= 0 && it->createdMs != createdMs)
        return std::nullopt;
    return it->fromMs;
}

void VnstatWatermarks::set(const QString &iface, qint64 createdMs, qint64 fromMs)
{
    const auto it = m_marks.constFind(iface);
    if (it != m_marks.cend() && it->fromMs == fromMs && it->createdMs == createdMs)
        return;
    m_marks.insert(iface, { fromMs, createdMs });
    m_dirty = true;
}

} // namespace Bandwatch
