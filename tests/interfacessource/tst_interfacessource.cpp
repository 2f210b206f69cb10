#include "sources/interfacessource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

namespace {

QByteArray table(const QList<std::tuple<QString, quint64, quint64>> &rows)
{
    QByteArray t =
        "Inter-|   Receive                                                |  Transmit\n"
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop "
        "fifo colls carrier compressed\n";
    for (const auto &[name, rx, tx] : rows)
        t += QStringLiteral("%1: %2 10 0 0 0 0 0 0 %3 10 0 0 0 0 0 0\n")
                 .arg(name.rightJustified(6))
                 .arg(rx)
                 .arg(tx)
                 .toUtf8();
    return t;
}

} // namespace

class TestInterfacesSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseRealTable()
    {
        QFile f(QFINDTESTDATA("data/proc_net_dev_debian12.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto rows = InterfacesSource::parseProcNetDev(f.readAll(), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).name, QStringLiteral("lo"));
        QCOMPARE(rows->at(0).rxBytes, 3267ull);
        QCOMPARE(rows->at(3).name, QStringLiteral("eth0"));
        QCOMPARE(rows->at(3).rxBytes, 104421059ull);
        QCOMPARE(rows->at(3).txBytes, 93296ull);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("header missing");
        QTest::newRow("not a table") << QByteArray("hello\nworld\n") << QStringLiteral("header missing");
        QTest::newRow("short row") << table({}) + "  eth0: 1 2 3\n" << QStringLiteral("has 3 counters");
        QTest::newRow("no name") << table({}) + "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"
                                 << QStringLiteral("no interface name");
        QTest::newRow("garbage counter") << table({}) + "eth0: x 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"
                                         << QStringLiteral("not a number");
    }
    void parseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!InterfacesSource::parseProcNetDev(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void selection_data()
    {
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QVariant>("exclude"); // invalid = option absent
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("selected");
        QTest::newRow("lo skipped by default") << QStringList {} << QVariant() << "lo" << false;
        QTest::newRow("eth0 by default") << QStringList {} << QVariant() << "eth0" << true;
        QTest::newRow("explicit empty exclude keeps lo")
            << QStringList {} << QVariant(QStringList {}) << "lo" << true;
        QTest::newRow("glob exclude")
            << QStringList {} << QVariant(QStringList { "veth*", "lo" }) << "veth12ab" << false;
        QTest::newRow("glob exclude no partial")
            << QStringList {} << QVariant(QStringList { "eth" }) << "eth0" << true;
        QTest::newRow("include filters") << QStringList { "eth*" } << QVariant() << "wlan0" << false;
        QTest::newRow("include matches") << QStringList { "eth*" } << QVariant() << "eth1" << true;
        QTest::newRow("exclude beats include")
            << QStringList { "eth*" } << QVariant(QStringList { "eth1" }) << "eth1" << false;
    }
    void selection()
    {
        QFETCH(QStringList, include);
        QFETCH(QVariant, exclude);
        QFETCH(QString, name);
        QFETCH(bool, selected);
        SourceConfig c;
        c.id = QStringLiteral("local");
        c.type = QStringLiteral("interfaces");
        if (!include.isEmpty())
            c.options.insert(QStringLiteral("include"), include);
        if (exclude.isValid())
            c.options.insert(QStringLiteral("exclude"), exclude);
        InterfacesSource s(c);
        QCOMPARE(s.isSelected(name), selected);
    }

    // Successive polls of a changing table: exact bytes, resets, vanished interfaces.
    void pollSequence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev"));
        auto write = [&](const QByteArray &t) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(t);
        };
        SourceConfig c;
        c.id = QStringLiteral("local");
        c.type = QStringLiteral("interfaces");
        c.interval = std::chrono::milliseconds(100);
        c.options.insert(QStringLiteral("proc_path"), path);
        c.options.insert(QStringLiteral("max_gap_intervals"), QStringLiteral("1000"));
        InterfacesSource s(c);
        QSignalSpy ok(&s, &Source::pollSucceeded);
        QSignalSpy failed(&s, &Source::pollFailed);

        auto pollOnce = [&]() -> SampleList {
            const qsizetype before = ok.size();
            s.poll();
            if (!QTest::qWaitFor([&] { return ok.size() > before || !failed.isEmpty(); }, 2000))
                return {};
            return ok.isEmpty() ? SampleList {} : ok.last().at(0).value<SampleList>();
        };
        auto bytesOf = [](const SampleList &l, const QString &iface, Direction d) -> qint64 {
            for (const Sample &smp : l)
                if (smp.key.series == iface && smp.key.direction == d)
                    return qint64(smp.bytes);
            return -1;
        };

        write(table({ { QStringLiteral("lo"), 100, 100 }, { QStringLiteral("eth0"), 1000, 500 } }));
        QVERIFY(pollOnce().isEmpty()); // baseline only
        QTest::qWait(20);
        write(table({ { QStringLiteral("lo"), 900, 900 }, { QStringLiteral("eth0"), 4000, 700 } }));
        SampleList l = pollOnce();
        QCOMPARE(l.size(), 2); // lo excluded
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::In), 3000);
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::Out), 200);
        for (const Sample &smp : l) {
            QVERIFY(smp.endMs > smp.startMs);
            QVERIFY(smp.bps > 0);
            QCOMPARE(smp.key.labels.value(QStringLiteral("interface")), QStringLiteral("eth0"));
            // bps is the mean over the interval
            QVERIFY(qAbs(smp.bps - double(smp.bytes) * 8000.0 / double(smp.endMs - smp.startMs))
                    < 1e-6 * smp.bps + 1);
        }
        // Interface re-created: counters restart, counted from zero, never negative.
        QTest::qWait(20);
        write(table({ { QStringLiteral("eth0"), 50, 30 } }));
        l = pollOnce();
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::In), 50);
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::Out), 30);
        // A new interface only sets its baseline.
        QTest::qWait(20);
        write(table({ { QStringLiteral("eth0"), 60, 30 }, { QStringLiteral("wg0"), 7, 7 } }));
        l = pollOnce();
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::In), 10);
        QCOMPARE(bytesOf(l, QStringLiteral("eth0"), Direction::Out), 0);
        QCOMPARE(bytesOf(l, QStringLiteral("wg0"), Direction::In), -1);
        QVERIFY(failed.isEmpty());

        // A broken table is an error naming the problem, not an empty success.
        write("garbage");
        s.poll();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("header missing")));
        // A missing file names the path.
        QFile::remove(path);
        s.poll();
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(path));
    }

    // A typo in `include` must not look like an idle machine.
    void nothingSelectedIsAnError_data()
    {
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QString>("message");
        QTest::newRow("include typo") << QStringList { QStringLiteral("eht0") } << QStringList {}
                                      << QStringLiteral("no interface matches include [eht0] and exclude []; "
                                                        "this machine has: lo, eth0");
        QTest::newRow("everything excluded")
            << QStringList {} << QStringList { QStringLiteral("*") }
            << QStringLiteral("no interface matches include [] and exclude [*]; "
                              "this machine has: lo, eth0");
    }
    void nothingSelectedIsAnError()
    {
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(table({ { QStringLiteral("lo"), 1, 1 }, { QStringLiteral("eth0"), 2, 2 } }));
        }
        SourceConfig c;
        c.id = QStringLiteral("local");
        c.type = QStringLiteral("interfaces");
        c.interval = std::chrono::milliseconds(1000);
        c.options.insert(QStringLiteral("proc_path"), path);
        c.options.insert(QStringLiteral("include"), include);
        c.options.insert(QStringLiteral("exclude"), exclude);
        InterfacesSource s(c);
        QSignalSpy failed(&s, &Source::pollFailed);
        s.poll();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), message);
    }

    void gapIsNotAveraged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev"));
        auto write = [&](const QByteArray &t) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(t);
        };
        SourceConfig c;
        c.id = QStringLiteral("local");
        c.type = QStringLiteral("interfaces");
        c.interval = std::chrono::milliseconds(10);
        c.options.insert(QStringLiteral("proc_path"), path);
        c.options.insert(QStringLiteral("max_gap_intervals"), QStringLiteral("2"));
        InterfacesSource s(c);
        QSignalSpy ok(&s, &Source::pollSucceeded);
        write(table({ { QStringLiteral("eth0"), 0, 0 } }));
        s.poll();
        QTRY_COMPARE(ok.size(), 1);
        QTest::qWait(100); // 10 intervals later
        write(table({ { QStringLiteral("eth0"), 1000000, 1000000 } }));
        s.poll();
        QTRY_COMPARE(ok.size(), 2);
        QVERIFY(ok.at(1).at(0).value<SampleList>().isEmpty());
    }

    void kernelCounterWidth_data()
    {
        QTest::addColumn<QString>("arch"); // QSysInfo::currentCpuArchitecture()
        QTest::addColumn<int>("bits");
        for (const char *a :
             { "x86_64", "arm64", "ia64", "mips64", "power64", "riscv64", "s390x", "sparcv9", "loongarch64" })
            QTest::newRow(a) << QString::fromLatin1(a) << 64;
        for (const char *a : { "i386", "arm", "mips", "power", "riscv32" })
            QTest::newRow(a) << QString::fromLatin1(a) << 32;
    }
    void kernelCounterWidth()
    {
        QFETCH(QString, arch);
        QFETCH(int, bits);
        QCOMPARE(InterfacesSource::kernelCounterWidth(arch) == CounterWidth::Bits32 ? 32 : 64, bits);
    }

    // The same readings mean a wrap with 32-bit counters and a re-created
    // interface with 64-bit ones.
    void counterWidth_data()
    {
        QTest::addColumn<QString>("bits"); // counter_bits; empty: this kernel's
        QTest::addColumn<quint64>("before");
        QTest::addColumn<quint64>("after");
        QTest::addColumn<qint64>("bytes");
        const quint64 nearTop = (quint64(1) << 32) - 1000;
        QTest::newRow("32: wrap past 4 GiB")
            << QStringLiteral("32") << nearTop << quint64(500) << qint64(1500);
        QTest::newRow("64: same readings are a reset")
            << QStringLiteral("64") << nearTop << quint64(500) << qint64(500);
        QTest::newRow("32: growth") << QStringLiteral("32") << quint64(100) << quint64(400) << qint64(300);
        QTest::newRow("64: beyond 4 GiB")
            << QStringLiteral("64") << nearTop << nearTop + 5000 << qint64(5000);
        QTest::newRow("this kernel (x86_64: 64)") << QString() << nearTop << quint64(500) << qint64(500);
    }
    void counterWidth()
    {
        QFETCH(QString, bits);
        QFETCH(quint64, before);
        QFETCH(quint64, after);
        QFETCH(qint64, bytes);
        if (bits.isEmpty()
            && InterfacesSource::kernelCounterWidth(QSysInfo::currentCpuArchitecture())
                != CounterWidth::Bits64)
            QSKIP("the expectation is for a 64-bit kernel");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev"));
        auto write = [&](quint64 v) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(table({ { QStringLiteral("eth0"), v, v } }));
        };
        SourceConfig c;
        c.id = QStringLiteral("local");
        c.type = QStringLiteral("interfaces");
        c.interval = std::chrono::milliseconds(1000);
        c.options.insert(QStringLiteral("proc_path"), path);
        if (!bits.isEmpty())
            c.options.insert(QStringLiteral("counter_bits"), bits);
        QVERIFY(InterfacesSource::validate(c).isEmpty());
        InterfacesSource s(c);
        QSignalSpy ok(&s, &Source::pollSucceeded);
        write(before);
        s.poll();
        QTRY_COMPARE(ok.size(), 1);
        QTest::qWait(20);
        write(after);
        s.poll();
        QTRY_COMPARE(ok.size(), 2);
        const SampleList l = ok.at(1).at(0).value<SampleList>();
        QCOMPARE(l.size(), 2);
        for (const Sample &smp : l)
            QCOMPARE(qint64(smp.bytes), bytes);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("error"); // empty = valid
        QTest::newRow("ok include") << "include" << QVariant(QStringList { "eth0" }) << QString();
        QTest::newRow("unknown key") << "inclde" << QVariant(QStringLiteral("eth0"))
                                     << "unknown option \"inclde\"";
        QTest::newRow("bad gap") << "max_gap_intervals" << QVariant(QStringLiteral("zero")) << "whole number";
        QTest::newRow("zero gap") << "max_gap_intervals" << QVariant(QStringLiteral("0")) << "at least 1";
        QTest::newRow("32-bit counters") << "counter_bits" << QVariant(QStringLiteral("32")) << QString();
        QTest::newRow("odd counter width")
            << "counter_bits" << QVariant(QStringLiteral("48")) << "must be 32 or 64";
    }
    void validate()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, error);
        SourceConfig c;
        c.id = QStringLiteral("x");
        c.type = QStringLiteral("interfaces");
        c.options.insert(key, value);
        const auto issues = InterfacesSource::validate(c);
        if (error.isEmpty()) {
            QVERIFY(issues.isEmpty());
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.at(0).key, key);
            QVERIFY2(issues.at(0).message.contains(error), qPrintable(issues.at(0).message));
        }
    }
};

QTEST_GUILESS_MAIN(TestInterfacesSource)
#include "tst_interfacessource.moc"
