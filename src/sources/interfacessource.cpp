#include "sources/interfacessource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTimer>

namespace Bandwatch {

namespace {

QList<QRegularExpression> globs(const QStringList &patterns)
{
    QList<QRegularExpression> out;
    for (const QString &p : patterns)
        out << QRegularExpression(QRegularExpression::wildcardToRegularExpression(p));
    return out;
}

bool matchesAny(const QList<QRegularExpression> &res, const QString &name)
{
    for (const auto &re : res) {
        const auto m = re.match(name);
        if (m.hasMatch() && m.capturedLength() == name.size())
            return true;
    }
    return false;
}

} // namespace

InterfacesSource::InterfacesSource(const SourceConfig &config, QObject *parent)
    : Source(config, parent)
    , m_procPath(config.string(QStringLiteral("proc_path"), QStringLiteral("/proc/net/dev")))
    , m_includePatterns(config.stringList(QStringLiteral("include")))
    , m_excludePatterns(config.options.contains(QStringLiteral("exclude"))
                            ? config.stringList(QStringLiteral("exclude"))
                            : QStringList { QStringLiteral("lo") })
    , m_include(globs(m_includePatterns))
    , m_exclude(globs(m_excludePatterns))
    , m_maxGapIntervals(config.string(QStringLiteral("max_gap_intervals"), QStringLiteral("5")).toInt())
    , m_width(config.options.contains(QStringLiteral("counter_bits"))
                  ? (config.string(QStringLiteral("counter_bits")) == u"32" ? CounterWidth::Bits32
                                                                            : CounterWidth::Bits64)
                  : kernelCounterWidth(QSysInfo::currentCpuArchitecture()))
{
    m_clock.start();
}

QList<ConfigIssue> InterfacesSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues;
    for (const QString &key : config.options.keys()) {
        static const QStringList known { QStringLiteral("include"), QStringLiteral("exclude"),
                                         QStringLiteral("proc_path"), QStringLiteral("max_gap_intervals"),
                                         QStringLiteral("counter_bits") };
        if (!known.contains(key))
            issues << ConfigIssue { key,
                                    tr("unknown option \"%1\" for an interfaces source (known: %2)")
                                        .arg(key, known.join(QStringLiteral(", "))) };
    }
    if (config.options.contains(QStringLiteral("counter_bits"))) {
        const QString bits = config.string(QStringLiteral("counter_bits"));
        if (bits != u"32" && bits != u"64")
            issues << ConfigIssue { QStringLiteral("counter_bits"),
                                    tr("counter_bits must be 32 or 64, not \"%1\"").arg(bits) };
    }
    if (config.options.contains(QStringLiteral("max_gap_intervals"))) {
        bool ok = false;
        const int n = config.string(QStringLiteral("max_gap_intervals")).toInt(&ok);
        if (!ok || n < 1)
            issues << ConfigIssue { QStringLiteral("max_gap_intervals"),
                                    tr("max_gap_intervals must be a whole number of at least 1") };
    }
    return issues;
}

std::optional<QList<InterfaceCounters>> InterfacesSource::parseProcNetDev(const QByteArray &text,
                                                                          QString *error)
{
    // Two header lines, then "  name: rx_bytes packets errs drop fifo frame compressed multicast
    // tx_bytes ...". Interface names may contain ':' (aliases), so split at the last ':' before
    // the numbers, and numbers may directly follow the colon on old kernels.
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 2 || !lines.at(0).contains("Inter-") || !lines.at(1).contains("face")) {
        if (error)
            *error = tr("not a /proc/net/dev table (header missing)");
        return std::nullopt;
    }
    QList<InterfaceCounters> out;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.lastIndexOf(':');
        if (colon <= 0) {
            if (error)
                *error = tr("line %1 of /proc/net/dev has no interface name").arg(i + 1);
            return std::nullopt;
        }
        const QList<QByteArray> fields = line.mid(colon + 1).simplified().split(' ');
        if (fields.size() < 16) {
            if (error)
                *error =
                    tr("line %1 of /proc/net/dev has %2 counters, expected 16").arg(i + 1).arg(fields.size());
            return std::nullopt;
        }
        bool okRx = false, okTx = false;
        InterfaceCounters c;
        c.name = QString::fromUtf8(line.left(colon).trimmed());
        c.rxBytes = fields.at(0).toULongLong(&okRx);
        c.txBytes = fields.at(8).toULongLong(&okTx);
        if (!okRx || !okTx) {
            if (error)
                *error = tr("line %1 of /proc/net/dev has a counter that is not a number").arg(i + 1);
            return std::nullopt;
        }
        out << c;
    }
    return out;
}

bool InterfacesSource::isSelected(const QString &name) const
{
    if (!m_include.isEmpty() && !matchesAny(m_include, name))
        return false;
    return !matchesAny(m_exclude, name);
}

void InterfacesSource::poll()
{
    // Reading /proc is a memory copy, but the answer still goes through the
    // event loop so every source honours the same asynchronous contract.
    QFile file(m_procPath);
    QString error;
    std::optional<QList<InterfaceCounters>> counters;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("cannot read %1: %2").arg(m_procPath, file.errorString());
    else
        counters = parseProcNetDev(file.readAll(), &error);

    if (counters) {
        // A typo in `include` would otherwise look like an idle machine.
        QStringList names;
        bool any = false;
        for (const InterfaceCounters &c : std::as_const(*counters)) {
            names << c.name;
            any = any || isSelected(c.name);
        }
        if (!any) {
            error = tr("no interface matches include [%1] and exclude [%2]; this machine has: %3")
                        .arg(m_includePatterns.join(QStringLiteral(", ")),
                             m_excludePatterns.join(QStringLiteral(", ")),
                             names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
            counters.reset();
        }
    }
    if (!counters) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT pollFailed(error); });
        return;
    }
    const SampleList samples =
        computeSamples(*counters, m_clock.elapsed(), QDateTime::currentMSecsSinceEpoch());
    QTimer::singleShot(0, this, [this, samples] { Q_EMIT pollSucceeded(samples); });
}

CounterWidth InterfacesSource::kernelCounterWidth(const QString &cpuArchitecture)
{
    // Qt's names for 64-bit CPUs: x86_64, arm64, ia64, mips64, power64, riscv64, s390x, sparcv9, loongarch64.
    const bool wide = cpuArchitecture.contains(QLatin1String("64")) || cpuArchitecture == u"s390x"
        || cpuArchitecture == u"sparcv9";
    return wide ? CounterWidth::Bits64 : CounterWidth::Bits32;
}

SampleList InterfacesSource::computeSamples(const QList<InterfaceCounters> &counters, qint64 monoMs,
                                            qint64 wallMs)
{
    const qint64 maxGapMs = qint64(m_maxGapIntervals) * config().interval.count();
    SampleList samples;
    QHash<QString, Previous> seen;
    for (const InterfaceCounters &c : counters) {
        if (!isSelected(c.name))
            continue;
        const Previous now { { monoMs, c.rxBytes }, { monoMs, c.txBytes } };
        seen.insert(c.name, now);
        const auto prev = m_previous.constFind(c.name);
        if (prev == m_previous.cend())
            continue; // first sight of this interface: baseline only
        // With 64-bit counters a drop is an interface that was re-created; with
        // 32-bit ones it is usually a wrap (CounterRate tells the two apart).
        const CounterDelta rx = CounterRate::between(prev->rx, now.rx, m_width, maxGapMs);
        const CounterDelta tx = CounterRate::between(prev->tx, now.tx, m_width, maxGapMs);
        if (rx.isUsable())
            samples << makeSample(c.name, Direction::In, rx, wallMs);
        if (tx.isUsable())
            samples << makeSample(c.name, Direction::Out, tx, wallMs);
    }
    // Interfaces that vanished lose their baseline: when they come back their
    // counters start again and must not be compared with the old ones.
    m_previous = std::move(seen);
    return samples;
}

Sample InterfacesSource::makeSample(const QString &iface, Direction dir, const CounterDelta &delta,
                                    qint64 wallMs) const
{
    Sample s;
    s.key.source = id();
    s.key.series = iface;
    s.key.labels.insert(QStringLiteral("interface"), iface);
    s.key.direction = dir;
    // The interval comes from the monotonic clock, so a wall-clock jump moves
    // the sample in time but never stretches or inverts it.
    s.endMs = wallMs;
    s.startMs = wallMs - delta.intervalMs;
    s.bytes = delta.bytes;
    s.bps = delta.bitsPerSecond;
    return s;
}

} // namespace Bandwatch
