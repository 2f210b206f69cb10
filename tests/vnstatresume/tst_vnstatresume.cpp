#include "sources/vnstatsource.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kSlotMs = 5 * 60 * 1000;
constexpr qint64 kSlotsPerHour = 12;
constexpr qint64 kSlotsPerDay = 288;

// A vnstat 2 database that has counted traffic since `origin` in five-minute
// slots and pruned its tables as vnstatd does (five minutes kept for two
// hours, hours for a day here): its older history is only in the hour and
// day tables. The newest slot is still growing and holds half its traffic.
class FakeVnstatDb
{
public:
    explicit FakeVnstatDb(qint64 originMs)
        : m_originMs(originMs)
    { }

    static quint64 slotRx(qint64 i) { return 100'000 + quint64((i * 7919) % 50'000); }
    static quint64 slotTx(qint64 i) { return slotRx(i) / 3; }

    // The document after `slots` slots (the last one half full).
    QByteArray json(qint64 slots) const
    {
        auto rx = [slots](qint64 i) {
            return i == slots - 1 ? slotRx(i) / 2 : slotRx(i);
        };
        auto tx = [slots](qint64 i) {
            return i == slots - 1 ? slotTx(i) / 2 : slotTx(i);
        };
        auto table = [&](qint64 slotsPer, qint64 firstSlot, bool withTime) {
            QJsonArray out;
            for (qint64 b = firstSlot / slotsPer; b * slotsPer < slots; ++b) {
                quint64 r = 0, t = 0;
                for (qint64 i = b * slotsPer; i < std::min(slots, (b + 1) * slotsPer); ++i) {
                    r += rx(i);
                    t += tx(i);
                }
                const QDateTime start =
                    QDateTime::fromMSecsSinceEpoch(m_originMs + b * slotsPer * kSlotMs, Qt::UTC);
                QJsonObject e { { QStringLiteral("timestamp"), start.toSecsSinceEpoch() },
                                { QStringLiteral("date"),
                                  QJsonObject { { QStringLiteral("year"), start.date().year() },
                                                { QStringLiteral("month"), start.date().month() },
                                                { QStringLiteral("day"), start.date().day() } } },
                                { QStringLiteral("rx"), double(r) },
                                { QStringLiteral("tx"), double(t) } };
                if (withTime)
                    e.insert(QStringLiteral("time"),
                             QJsonObject { { QStringLiteral("hour"), start.time().hour() },
                                           { QStringLiteral("minute"), start.time().minute() } });
                out.append(e);
            }
            return out;
        };
        const qint64 five = std::max<qint64>(0, slots - 2 * kSlotsPerHour);
        const qint64 hours = std::max<qint64>(0, slots - kSlotsPerDay);
        const QJsonObject iface {
            { QStringLiteral("name"), QStringLiteral("eth0") },
            { QStringLiteral("alias"), QString() },
            { QStringLiteral("created"), QJsonObject { { QStringLiteral("timestamp"), m_originMs / 1000 } } },
            { QStringLiteral("updated"),
              QJsonObject {
                  { QStringLiteral("timestamp"), (m_originMs + slots * kSlotMs - kSlotMs / 2) / 1000 } } },
            { QStringLiteral("traffic"),
              QJsonObject { { QStringLiteral("total"),
                              QJsonObject { { QStringLiteral("rx"), double(truthRx(slots)) },
                                            { QStringLiteral("tx"), 0 } } },
                            { QStringLiteral("fiveminute"), table(1, five, true) },
                            { QStringLiteral("hour"), table(kSlotsPerHour, hours, true) },
                            { QStringLiteral("day"), table(kSlotsPerDay, 0, false) } } },
        };
        return QJsonDocument(QJsonObject { { QStringLiteral("vnstatversion"), QStringLiteral("2.10") },
                                           { QStringLiteral("jsonversion"), QStringLiteral("2") },
                                           { QStringLiteral("interfaces"), QJsonArray { iface } } })
            .toJson(QJsonDocument::Compact);
    }

    static quint64 truthRx(qint64 slots)
    {
        quint64 sum = 0;
        for (qint64 i = 0; i < slots; ++i)
            sum += i == slots - 1 ? slotRx(i) / 2 : slotRx(i);
        return sum;
    }

private:
    qint64 m_originMs;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

// A restart of a vnstat source must never store a bucket over a range the
// history store already holds, whatever became of the state file: the history
// store itself says where the import continues.
class TestVnstatResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void reimportWithoutStateFile_data()
    {
        QTest::addColumn<QString>("stateFile"); // relative to the temporary dir, "" = none
        QTest::addColumn<bool>("deleteState"); // between the two runs
        QTest::addColumn<int>("laterSlots"); // how much later the second run is
        QTest::newRow("state file deleted") << "deleted.json" << true << 17;
        QTest::newRow("state file disabled") << "" << false << 17;
        QTest::newRow("state file unwritable") << "no-such-dir/x/state.json" << false << 17;
        QTest::newRow("days later, hours pruned too") << "" << false << int(2 * kSlotsPerDay + 31);
        QTest::newRow("state file kept") << "kept.json" << false << 17;
    }

    void reimportWithoutStateFile()
    {
        QFETCH(QString, stateFile);
        QFETCH(bool, deleteState);
        QFETCH(int, laterSlots);

        const QString tag =
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString dump = m_dir.filePath(tag + QStringLiteral(".json"));
        const QString script = m_dir.filePath(tag + QStringLiteral(".sh"));
        QVERIFY(writeFile(script, "#!/bin/sh\ncat '" + QFile::encodeName(dump) + "'\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (stateFile.startsWith(QStringLiteral("no-such-dir"))) // a file where a directory should be
            QVERIFY(writeFile(m_dir.filePath(QStringLiteral("no-such-dir")), "x"));

        SourceConfig config;
        config.id = QStringLiteral("vn");
        config.type = QStringLiteral("vnstat");
        config.timeout = 5000ms;
        config.options = { { QStringLiteral("command"), script },
                           { QStringLiteral("stale_after"), QStringLiteral("0") },
                           { QStringLiteral("state_file"),
                             stateFile.isEmpty() ? QString() : m_dir.filePath(stateFile) } };

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(tag + QStringLiteral(".db")), &error), qPrintable(error));

        const FakeVnstatDb db(QDateTime(QDate(2026, 11, 17), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        const qint64 first = 3 * kSlotsPerDay + 10 * kSlotsPerHour + 7; // day 3, 10:30 growing
        const qint64 second = first + laterSlots;

        // What the collector does on every start: resume from the store, poll, store.
        auto run = [&]() -> bool {
            VnstatSource source(config);
            source.resumeSeries(store.newestSampleStarts(config.id));
            QSignalSpy ok(&source, &Source::pollSucceeded);
            QSignalSpy failed(&source, &Source::pollFailed);
            source.poll();
            if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 5000) || ok.isEmpty()) {
                qWarning() << (failed.isEmpty() ? QStringLiteral("no answer")
                                                : failed.first().first().toString());
                return false;
            }
            store.append(ok.first().first().value<SampleList>());
            QString flushError;
            return store.flush(&flushError);
        };
        auto storedRx = [&] {
            SeriesKey key;
            key.source = config.id;
            key.series = QStringLiteral("eth0");
            key.labels.insert(QStringLiteral("interface"), QStringLiteral("eth0"));
            key.direction = Direction::In;
            quint64 sum = 0;
            for (const Sample &s : store.samples(key, 0, std::numeric_limits<qint64>::max()))
                sum += s.bytes;
            return sum;
        };

        QVERIFY(writeFile(dump, db.json(first)));
        QVERIFY(run());
        QCOMPARE(storedRx(), FakeVnstatDb::truthRx(first));

        if (deleteState)
            QVERIFY(QFile::remove(m_dir.filePath(stateFile)));
        QVERIFY(writeFile(dump, db.json(second)));
        QVERIFY(run());
        // Nothing counted twice. Nothing lost either while the first run's
        // growing bucket is still in the five-minute table; days later the
        // stretch between it and the next bucket starting after it is only
        // in a bucket that overlaps stored samples, and stays out.
        const quint64 truth = FakeVnstatDb::truthRx(second);
        if (laterSlots < 2 * kSlotsPerHour)
            QCOMPARE(storedRx(), truth);
        else
            QVERIFY2(storedRx() <= truth, qPrintable(QStringLiteral("%1 > %2").arg(storedRx()).arg(truth)));
        store.close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestVnstatResume)
#include "tst_vnstatresume.moc"
