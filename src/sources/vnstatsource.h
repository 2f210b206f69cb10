#pragma once

#include "core/vnstatdata.h"
#include "sources/source.h"
#include "sources/vnstatwatermarks.h"

#include <QElapsedTimer>
#include <chrono>

namespace Bandwatch {

class VnstatCommand;

// The history of a local vnstat daemon, read through the `vnstat` command
// (`vnstat --json`), so operators who already run vnstat keep their past.
// Options:
//   command: vnstat            the vnstat binary (a name looked up in PATH, or a path)
//   interface: eth0            a name or alias known to vnstat; default every interface
//                              (passed as -i; where vnstat rejects that, as 1.x does for an
//                              alias, all interfaces are read and it is found among them)
//   config: /etc/vnstat.conf   passed as --config
//   dbdir: /var/lib/vnstat     passed as --dbdir
//   stale_after: 15m           data older than this means vnstatd is not running (0: no check);
//                              the history is imported anyway, and the poll reported as failed
//   command_timeout: 10s       vnstat is killed after this (default 90 % of the poll timeout)
//   state_file: path           where the import position is kept; default
//                              <data dir>/bandwatch/vnstat/<id>.json, "" = in memory only
//
// The first poll imports what vnstat holds (VnstatImport chooses the
// resolutions); later polls read only the newest five-minute entries and
// re-send the bucket that is still growing, which the history store replaces.
// A restart never imports a bucket that overlaps what the history store
// already holds: the collector hands over the newest stored sample start per
// interface (resumeSeries), and the import begins there. Where the import
// stopped is also kept in the state file (VnstatWatermarks), which only spares
// re-reading (and re-sending) what is stored; losing it costs no accuracy.
// Samples: series = interface name, labels {interface: name}; in = rx, out = tx.
class VnstatSource : public Source
{
    Q_OBJECT
public:
    VnstatSource(const SourceConfig &config, QObject *parent = nullptr);
    ~VnstatSource() override;

    static QList<ConfigIssue> validate(const SourceConfig &config);

    void poll() override;
    void abort() override;
    void resumeSeries(const QHash<QString, qint64> &newestStoredStarts) override;

    // The command line of one run: the whole database, or the newest `limit`
    // entries of the finest table.
    QStringList arguments(bool full, int limit = 0) const;
    QString statePath() const { return m_marks.path(); }

private:
    enum class Stage { Idle, Full, Incremental };

    void startRun(Stage stage, int limit = 0);
    void onOutput(const QByteArray &output);
    void onCommandFailed(const QString &message);
    bool importData(const VnstatData &data, Stage stage, SampleList *samples, QString *error, bool *needFull,
                    QString *staleWarning);
    QString staleMessage(const QList<const VnstatInterface *> &selected, qint64 now) const;
    std::optional<qint64> importFrom(const VnstatInterface &iface) const;
    QList<const VnstatInterface *> selectInterfaces(const VnstatData &data, QString *error) const;
    void appendSamples(const VnstatInterface &iface, const VnstatBuckets &buckets, SampleList *samples) const;
    void saveMarks();
    void succeed(const SampleList &samples, const QString &staleWarning = {});
    void fail(const QString &message);

    QString m_command;
    QString m_interface;
    QString m_configFile;
    QString m_dbDir;
    std::chrono::milliseconds m_staleAfter;
    std::chrono::milliseconds m_commandTimeout;

    VnstatCommand *m_run = nullptr;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0; // bumped by abort(): queued answers of older polls are dropped

    VnstatWatermarks m_marks;
    QHash<QString, qint64> m_storedStarts; // per interface, from the history store
    bool m_marksLoaded = false;
    int m_jsonVersion = 0; // of the last document; 0 before the first
    bool m_hourIsFinest = false; // no five-minute data (vnstat 1.x, or 5MinuteHours 0)
    // vnstat rejected `-i <interface>` (vnstat 1.x takes no alias there):
    // every run reads all interfaces and the one wanted is found by name or alias.
    bool m_selectAmongAll = false;
    QElapsedTimer m_sinceFull; // invalid until the first full import
    qint64 m_lastImportMs = -1; // wall clock of the last successful import
    QString m_lastStateWarning;
};

} // namespace Bandwatch
