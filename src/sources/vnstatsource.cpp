#include "sources/vnstatsource.h"

#include "core/units.h"
#include "core/vnstatparser.h"
#include "sources/vnstatcommand.h"
#include "sources/vnstatimport.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <limits>

Q_LOGGING_CATEGORY(lcVnstat, "bandwatch.source.vnstat")

namespace Bandwatch {

using namespace std::chrono;

namespace {

// Polls behind by more than this many entries re-read the whole database
// instead (after a long suspend, say), and so does one poll an hour anyway:
// new interfaces and a switched-off five-minute table are noticed that way.
constexpr qint64 kMaxIncrementalEntries = 600;
constexpr qint64 kFullImportEveryMs = 3600 * 1000;

const QStringList &knownOptions()
{
    static const QStringList keys { QStringLiteral("command"),     QStringLiteral("interface"),
                                    QStringLiteral("config"),      QStringLiteral("dbdir"),
                                    QStringLiteral("stale_after"), QStringLiteral("command_timeout"),
                                    QStringLiteral("state_file") };
    return keys;
}

milliseconds defaultCommandTimeout(milliseconds pollTimeout)
{
    // Shorter than the scheduler's own timeout, so that our message (which
    // names vnstat) is the one the operator sees.
    return std::max(milliseconds(1000), pollTimeout * 9 / 10);
}

QString defaultStatePath(const QString &sourceId)
{
    QString safe = sourceId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/bandwatch/vnstat/") + safe + QStringLiteral(".json");
}

} // namespace

VnstatSource::VnstatSource(const SourceConfig &config, QObject *parent)
    : Source(config, parent)
    , m_command(config.string(QStringLiteral("command"), QStringLiteral("vnstat")))
    , m_interface(config.string(QStringLiteral("interface")))
    , m_configFile(config.string(QStringLiteral("config")))
    , m_dbDir(config.string(QStringLiteral("dbdir")))
    , m_staleAfter(config.duration(QStringLiteral("stale_after"), minutes(15)))
    , m_commandTimeout(
          config.duration(QStringLiteral("command_timeout"), defaultCommandTimeout(config.timeout)))
    , m_run(new VnstatCommand(m_command, this))
{
    connect(m_run, &VnstatCommand::succeeded, this, &VnstatSource::onOutput);
    connect(m_run, &VnstatCommand::failed, this, &VnstatSource::onCommandFailed);
    const QString statePath = config.options.contains(QStringLiteral("state_file"))
        ? config.string(QStringLiteral("state_file"))
        : defaultStatePath(config.id);
    // The marks belong to one vnstat database, named by how it is reached.
    const QString database = QStringList { m_command, m_configFile, m_dbDir }.join(QLatin1Char('\n'));
    m_marks = VnstatWatermarks(statePath, database);
}

VnstatSource::~VnstatSource()
{
    ++m_generation;
    m_run->abort();
}

QList<ConfigIssue> VnstatSource::validate(const SourceConfig &config)
{
    QList<ConfigIssue> issues;
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (!knownOptions().contains(it.key())) {
            issues << ConfigIssue { it.key(),
                                    tr("unknown option \"%1\" for a vnstat source (known: %2)")
                                        .arg(it.key(), knownOptions().join(QStringLiteral(", "))) };
            continue;
        }
        if (it->typeId() != QMetaType::QString) {
            issues << ConfigIssue { it.key(), tr("%1 must be a single value").arg(it.key()) };
            continue;
        }
        if (it->toString().trimmed().isEmpty() && it.key() != u"state_file")
            issues << ConfigIssue { it.key(), tr("%1 must not be empty").arg(it.key()) };
    }
    for (const QString &key : { QStringLiteral("stale_after"), QStringLiteral("command_timeout") }) {
        if (!config.options.contains(key) || config.options.value(key).typeId() != QMetaType::QString)
            continue;
        QString error;
        const auto d = Units::parseDuration(config.string(key), &error);
        if (!d)
            issues << ConfigIssue { key, tr("%1: %2").arg(key, error) };
        else if (key == u"command_timeout" && d->count() < 100)
            issues << ConfigIssue { key, tr("command_timeout must be at least 100ms") };
    }
    return issues;
}

QStringList VnstatSource::arguments(bool full, int limit) const
{
    QStringList args;
    if (!m_configFile.isEmpty())
        args << QStringLiteral("--config") << m_configFile;
    if (!m_dbDir.isEmpty())
        args << QStringLiteral("--dbdir") << m_dbDir;
    if (!m_interface.isEmpty() && !m_selectAmongAll)
        args << QStringLiteral("-i") << m_interface;
    args << QStringLiteral("--json");
    if (!full)
        args << (m_hourIsFinest ? QStringLiteral("h") : QStringLiteral("f")) << QString::number(limit);
    return args;
}

void VnstatSource::poll()
{
    m_run->abort(); // the scheduler never overlaps polls; this only guards against misuse
    if (!m_marksLoaded) {
        m_marksLoaded = true;
        QString error;
        if (!m_marks.load(&error))
            qCWarning(lcVnstat).noquote() << QStringLiteral("source %1: %2").arg(id(), error);
    }
    bool full = !m_sinceFull.isValid() || m_sinceFull.elapsed() > kFullImportEveryMs || m_jsonVersion != 2
        || m_lastImportMs < 0;
    qint64 limit = 0;
    if (!full) {
        // vnstat's limit counts entries per interface, newest first. Since the
        // last import at most one entry per bucket length was added, plus the
        // one each mark points at and one just begun. (An interface without
        // new entries still has its mark among the newest; one that came back
        // after a long pause does not, and gets a full read.)
        const qint64 bucketMs = m_hourIsFinest ? 3600 * 1000 : 300 * 1000;
        const qint64 sinceMs = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - m_lastImportMs);
        limit = sinceMs / bucketMs + 3;
        full = limit > kMaxIncrementalEntries;
    }
    startRun(full ? Stage::Full : Stage::Incremental, int(limit));
}

void VnstatSource::abort()
{
    ++m_generation;
    m_stage = Stage::Idle;
    m_run->abort();
}

void VnstatSource::resumeSeries(const QHash<QString, qint64> &newestStoredStarts)
{
    m_storedStarts = newestStoredStarts;
}

std::optional<qint64> VnstatSource::importFrom(const VnstatInterface &iface) const
{
    // The later of the two: the state file may be older than the store (it
    // could not be written) or missing; the store may lag the file (samples
    // lost in a crash before they were written), and then re-sending them
    // would be fine, but an overlap never is.
    std::optional<qint64> from = m_marks.from(iface.name, iface.createdMs);
    const auto stored = m_storedStarts.constFind(iface.name);
    if (stored != m_storedStarts.cend())
        from = std::max(from.value_or(std::numeric_limits<qint64>::min()), *stored);
    return from;
}

void VnstatSource::startRun(Stage stage, int limit)
{
    m_stage = stage;
    m_run->start(arguments(stage == Stage::Full, limit), m_commandTimeout, m_interface);
}

void VnstatSource::onCommandFailed(const QString &message)
{
    m_stage = Stage::Idle;
    if (m_run->failedOnMissingInterfaceFile() && !m_selectAmongAll) {
        // vnstat 1.x only takes real names after -i. Read everything and
        // look for the name or alias ourselves, in the same poll.
        m_selectAmongAll = true;
        startRun(Stage::Full);
        return;
    }
    fail(message);
}

void VnstatSource::onOutput(const QByteArray &output)
{
    const Stage stage = m_stage;
    m_stage = Stage::Idle;
    QString error;
    const std::optional<VnstatData> data = VnstatParser::parse(output, &error);
    if (!data) {
        fail(tr("vnstat printed something that is not its JSON database dump (%1); the output begins: \"%2\"")
                 .arg(error, VnstatCommand::printable(output, 120)));
        return;
    }
    SampleList samples;
    bool needFull = false;
    QString staleWarning;
    if (!importData(*data, stage, &samples, &error, &needFull, &staleWarning)) {
        fail(error);
        return;
    }
    if (needFull) {
        // The newest entries do not reach back to where the last poll
        // stopped: read everything, in the same poll.
        startRun(Stage::Full);
        return;
    }
    saveMarks();
    succeed(samples, staleWarning);
}

void VnstatSource::saveMarks()
{
    QString error;
    if (m_marks.save(&error)) {
        m_lastStateWarning.clear();
        return;
    }
    if (error != m_lastStateWarning)
        qCWarning(lcVnstat).noquote()
            << QStringLiteral("source %1: %2 (a restart will read and send again what is already stored)")
                   .arg(id(), error);
    m_lastStateWarning = error;
}

QList<const VnstatInterface *> VnstatSource::selectInterfaces(const VnstatData &data, QString *error) const
{
    QList<const VnstatInterface *> selected;
    if (!m_interface.isEmpty()) {
        const VnstatInterface *iface = data.find(m_interface);
        // vnstat -i also matches in ways of its own (e.g. "eth0+eth1" sums two); it printed only that one.
        if (!iface && !m_selectAmongAll && data.interfaces.size() == 1)
            iface = &data.interfaces.first();
        if (iface)
            selected << iface;
        else
            *error = tr("interface \"%1\" is not in vnstat's database (it has: %2)")
                         .arg(m_interface,
                              data.interfaces.isEmpty() ? tr("none")
                                                        : data.interfaceNames().join(QStringLiteral(", ")));
        return selected;
    }
    for (const VnstatInterface &iface : data.interfaces)
        selected << &iface;
    if (selected.isEmpty())
        *error = tr("vnstat's database has no interfaces yet: add one with \"vnstat --add -i NAME\" and make "
                    "sure vnstatd is running");
    return selected;
}

QString VnstatSource::staleMessage(const QList<const VnstatInterface *> &selected, qint64 now) const
{
    qint64 newestUpdate = -1;
    QStringList names;
    for (const VnstatInterface *iface : selected) {
        newestUpdate = std::max(newestUpdate, iface->updatedMs);
        names << iface->name;
    }
    if (m_staleAfter.count() <= 0 || newestUpdate < 0 || now - newestUpdate <= m_staleAfter.count())
        return {};
    return tr("vnstat's data was last written %1 ago (%2 UTC), longer than stale_after (%3): vnstatd is "
              "not running, or not monitoring %4 (the history it holds is imported all the same)")
        .arg(Units::formatDuration(milliseconds((now - newestUpdate) / 1000 * 1000)),
             QDateTime::fromMSecsSinceEpoch(newestUpdate, Qt::UTC)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             Units::formatDuration(m_staleAfter), names.join(QStringLiteral(", ")));
}

bool VnstatSource::importData(const VnstatData &data, Stage stage, SampleList *samples, QString *error,
                              bool *needFull, QString *staleWarning)
{
    const QList<const VnstatInterface *> selected = selectInterfaces(data, error);
    if (selected.isEmpty())
        return false;

    // A stopped daemon leaves its history readable: it is still the
    // operator's past traffic, so it is stored, and the source reported stale.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    *staleWarning = staleMessage(selected, now);

    // Choose first, commit after: a poll that turns into a full import must
    // not have moved any mark.
    QList<VnstatSelection> selections;
    for (const VnstatInterface *iface : selected) {
        const std::optional<qint64> mark = importFrom(*iface);
        if (stage == Stage::Incremental && !mark) {
            *needFull = true;
            return true;
        }
        selections << VnstatImport::select(*iface, mark.value_or(std::numeric_limits<qint64>::min()));
        if (stage == Stage::Incremental && !selections.last().reachesFrom) {
            *needFull = true;
            return true;
        }
    }

    m_jsonVersion = data.jsonVersion;
    bool anyFiveMinute = false;
    bool anyHour = false;
    for (qsizetype i = 0; i < selected.size(); ++i) {
        const VnstatInterface &iface = *selected.at(i);
        appendSamples(iface, selections.at(i).buckets, samples);
        anyFiveMinute = anyFiveMinute || !iface.buckets(VnstatTable::FiveMinute).isEmpty();
        anyHour = anyHour || !iface.buckets(VnstatTable::Hour).isEmpty();
        // With nothing to import yet, the interface's creation is where its history begins.
        qint64 mark = selections.at(i).newestStartMs;
        if (mark < 0)
            mark = importFrom(iface).value_or(iface.createdMs);
        if (mark >= 0)
            m_marks.set(iface.name, iface.createdMs, mark);
    }
    m_lastImportMs = now;
    if (stage == Stage::Full) {
        m_hourIsFinest = !anyFiveMinute && anyHour;
        m_sinceFull.start();
    }
    return true;
}

void VnstatSource::appendSamples(const VnstatInterface &iface, const VnstatBuckets &buckets,
                                 SampleList *samples) const
{
    for (const VnstatBucket &b : buckets) {
        // The bucket still growing covers traffic up to the daemon's last write.
        qint64 end = b.endMs;
        if (iface.updatedMs > b.startMs && iface.updatedMs < b.endMs)
            end = iface.updatedMs;
        for (const Direction dir : { Direction::In, Direction::Out }) {
            Sample s;
            s.key.source = id();
            s.key.series = iface.name;
            s.key.labels.insert(QStringLiteral("interface"), iface.name);
            s.key.direction = dir;
            s.startMs = b.startMs;
            s.endMs = end;
            s.bytes = dir == Direction::In ? b.rx : b.tx;
            s.bps = double(s.bytes) * 8000.0 / double(end - b.startMs);
            *samples << s;
        }
    }
}

void VnstatSource::succeed(const SampleList &samples, const QString &staleWarning)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, samples, staleWarning] {
        if (generation != m_generation)
            return;
        if (staleWarning.isEmpty()) {
            Q_EMIT pollSucceeded(samples);
        } else {
            // Stored all the same (the history is real), and the source is in
            // error until vnstatd runs again.
            Q_EMIT pollProgress(samples);
            Q_EMIT pollFailed(staleWarning);
        }
    });
}

void VnstatSource::fail(const QString &message)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message] {
        if (generation == m_generation)
            Q_EMIT pollFailed(message);
    });
}

} // namespace Bandwatch
