#pragma once

#include "core/counterrate.h"
#include "sources/source.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

namespace Bandwatch {

// Per-interface byte counters of a Linux /proc/net/dev table.
struct InterfaceCounters
{
    QString name;
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
};

// The zero-setup default source: this machine's own interfaces, read from
// /proc/net/dev. Options:
//   include: [eth*, wlan0]   only these (glob patterns); default all
//   exclude: [lo, veth*]     never these; default [lo]
//   proc_path: /proc/net/dev (tests point it at a file)
//   max_gap_intervals: 5     readings further apart than this many intervals are a gap
//   counter_bits: 64         width of the kernel's counters; default: 64 on a 64-bit
//                            kernel, 32 on a 32-bit one (where they wrap at 4 GiB)
class InterfacesSource : public Source
{
    Q_OBJECT
public:
    InterfacesSource(const SourceConfig &config, QObject *parent = nullptr);

    static QList<ConfigIssue> validate(const SourceConfig &config);
    // Parses the text of /proc/net/dev; nullopt (with error) if it is not that format.
    static std::optional<QList<InterfaceCounters>> parseProcNetDev(const QByteArray &text, QString *error);

    void poll() override;
    bool isSelected(const QString &interfaceName) const;
    CounterWidth counterWidth() const { return m_width; }
    // The kernel's counter width: /proc/net/dev prints `unsigned long`, which is
    // the kernel's, not ours (a 32-bit build may run on a 64-bit kernel).
    static CounterWidth kernelCounterWidth(const QString &cpuArchitecture);

private:
    struct Previous
    {
        CounterReading rx;
        CounterReading tx;
    };

    SampleList computeSamples(const QList<InterfaceCounters> &counters, qint64 monoMs, qint64 wallMs);
    Sample makeSample(const QString &iface, Direction dir, const CounterDelta &delta, qint64 wallMs) const;

    QString m_procPath;
    QStringList m_includePatterns;
    QStringList m_excludePatterns;
    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
    int m_maxGapIntervals = 5;
    CounterWidth m_width = CounterWidth::Bits64;
    QElapsedTimer m_clock;
    QHash<QString, Previous> m_previous;
};

} // namespace Bandwatch
