#pragma once

#include <QString>
#include <optional>

namespace Bandwatch {

// The last reading of a vnstat-exporter source, kept in a small JSON file
// (mode 0600, next to the vnstat sources' import state), so that the first
// poll after a restart measures the traffic since the last poll before it
// instead of only taking a new baseline and losing that stretch.
struct VnstatExporterReading
{
    quint64 inBytes = 0;
    quint64 outBytes = 0;
    QString startDate; // of the billing cycle the totals belong to
    qint64 wallMs = 0; // when it was read

    friend bool operator==(const VnstatExporterReading &, const VnstatExporterReading &) = default;
};

class VnstatExporterBaseline
{
public:
    VnstatExporterBaseline() = default;
    // An empty path keeps nothing.
    explicit VnstatExporterBaseline(QString path, QString url);

    QString path() const { return m_path; }
    // Nothing (and no error) when there is no file, or it was written for another URL.
    std::optional<VnstatExporterReading> load(QString *error) const;
    bool save(const VnstatExporterReading &reading, QString *error) const;

private:
    QString m_path;
    QString m_urlHash; // the URL is a secret: only its hash is kept, to notice a change
};

} // namespace Bandwatch
