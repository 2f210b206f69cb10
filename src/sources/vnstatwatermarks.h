#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace Bandwatch {

// Where a vnstat source's import stopped, per interface, kept in a small JSON
// file, so the next run continues at the bucket that was still growing. It is
// an optimisation only: what keeps a re-import from putting hour buckets over
// ranges already stored as five-minute samples (vnstat prunes its five-minute
// table all the time) is the history store's own newest sample per interface
// (VnstatSource::resumeSeries); the file only spares re-sending buckets the
// store already holds.
//
// A mark is ignored when the file was written for another vnstat database
// (command, config or dbdir changed) or the interface was re-created.
class VnstatWatermarks
{
public:
    VnstatWatermarks() = default;
    // An empty path keeps the marks in memory only.
    VnstatWatermarks(QString path, QString database);

    QString path() const { return m_path; }
    // A missing file is not an error (first run).
    bool load(QString *error);
    // Writes only when a mark changed since the last save.
    bool save(QString *error);

    std::optional<qint64> from(const QString &iface, qint64 createdMs) const;
    void set(const QString &iface, qint64 createdMs, qint64 fromMs);
    bool contains(const QString &iface) const { return m_marks.contains(iface); }

private:
    struct Mark
    {
        qint64 fromMs = 0;
        qint64 createdMs = -1;
    };

    QString m_path;
    QString m_database;
    QHash<QString, Mark> m_marks;
    bool m_dirty = false;
};

} // namespace Bandwatch
