#include "core/vnstatparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The table a JSON key names, read here independently of the parser.
std::optional<VnstatTable> tableForKey(const QString &key)
{
    static const QHash<QString, VnstatTable> map { { "fiveminute", VnstatTable::FiveMinute },
                                                   { "hour", VnstatTable::Hour },
                                                   { "hours", VnstatTable::Hour },
                                                   { "day", VnstatTable::Day },
                                                   { "days", VnstatTable::Day },
                                                   { "month", VnstatTable::Month },
                                                   { "months", VnstatTable::Month },
                                                   { "year", VnstatTable::Year },
                                                   { "top", VnstatTable::Top },
                                                   { "tops", VnstatTable::Top } };
    const auto it = map.constFind(key);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A vnstat 2 document with one interface and the given traffic tables.
QByteArray v2Document(const QString &tables, const QString &total = R"("total":{"rx":0,"tx":0})")
{
    return QString(R"({"vnstatversion":"2.10","jsonversion":"2","interfaces":[{"name":"eth0","alias":"wan",)"
                   R"("created":{"date":{"year":2026,"month":1,"day":1},"timestamp":1767225600},)"
                   R"("updated":{"date":{"year":2026,"month":11,"day":21},"time":{"hour":22,"minute":30},)"
                   R"("timestamp":1795300255},"traffic":{%1%2}}]})")
        .arg(total, tables.isEmpty() ? QString() : "," + tables)
        .toUtf8();
}

} // namespace

class TestVnstatParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFixture_data();
    void everyFixture();
    void tablesSumToTotal_data();
    void tablesSumToTotal();
    void knownBuckets_data();
    void knownBuckets();
    void interfaceFields_data();
    void interfaceFields();
    void dayEnds_data();
    void dayEnds();
    void findByNameOrAlias_data();
    void findByNameOrAlias();
    void rejects_data();
    void rejects();
};

void TestVnstatParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVnstatParser::everyFixture_data()
{
    QTest::addColumn<QByteArray>("json");
    const QString dir = QFINDTESTDATA("data/SOURCES.md");
    QVERIFY(!dir.isEmpty());
    const QFileInfoList files =
        QFileInfo(dir).dir().entryInfoList({ "*.json", "*.jsonl" }, QDir::Files, QDir::Name);
    int rows = 0;
    for (const QFileInfo &fi : files) {
        const QByteArray content = readFile(fi.absoluteFilePath());
        QVERIFY2(!content.isEmpty(), qPrintable(fi.fileName()));
        if (fi.suffix() == "jsonl") {
            // JSON lines: every line is a document of its own.
            const QList<QByteArray> lines = content.trimmed().split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i, ++rows)
                QTest::addRow("%s:%lld", qPrintable(fi.fileName()), qlonglong(i + 1)) << lines.at(i);
        } else {
            QTest::addRow("%s", qPrintable(fi.fileName())) << content;
            ++rows;
        }
    }
    QVERIFY2(rows >= 20, "the fixture folder lost files");
}

void TestVnstatParser::everyFixture()
{
    QFETCH(QByteArray, json);

    // The expectations come from reading the JSON here, independently.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QVERIFY(!root.isEmpty());
    if (root.value("vnstat").isObject())
        root = root.value("vnstat").toObject().value("data").toArray().first().toObject();

    QString error;
    const std::optional<VnstatData> data = VnstatParser::parse(json, &error, QTimeZone::utc());
    if (!root.contains("interfaces")) {
        // --live / --traffic output: another schema, refused with a reason.
        QVERIFY(!data);
        if (root.contains("interface"))
            QVERIFY2(error.contains("--live or --traffic"), qPrintable(error));
        else
            QVERIFY2(!error.isEmpty(), "no error message");
        return;
    }
    QVERIFY2(data, qPrintable(error));
    const QString version = root.value("jsonversion").toString();
    const quint64 unit = version == "1" ? 1024 : 1; // vnstat 1.x counts KiB
    QCOMPARE(data->jsonVersion, version.toInt());
    QCOMPARE(data->vnstatVersion, root.value("vnstatversion").toString());

    const QJsonArray ifaces = root.value("interfaces").toArray();
    QCOMPARE(data->interfaces.size(), ifaces.size());
    for (qsizetype i = 0; i < ifaces.size(); ++i) {
        const VnstatInterface &parsed = data->interfaces.at(i);
        const QJsonObject traffic = ifaces.at(i).toObject().value("traffic").toObject();
        const QJsonObject total = traffic.value("total").toObject();
        QCOMPARE(parsed.totalRx, quint64(total.value("rx").toInteger()) * unit);
        QCOMPARE(parsed.totalTx, quint64(total.value("tx").toInteger()) * unit);

        QStringList keys = traffic.keys();
        keys.removeAll("total");
        QCOMPARE(parsed.tables.size(), keys.size());
        for (const QString &key : keys) {
            const std::optional<VnstatTable> table = tableForKey(key);
            QVERIFY2(table, qPrintable("unexpected table " + key));
            QVERIFY2(parsed.hasTable(*table), qPrintable(key));
            const QJsonArray entries = traffic.value(key).toArray();
            const VnstatBuckets buckets = parsed.buckets(*table);
            QCOMPARE(buckets.size(), entries.size());
            quint64 fileRx = 0, fileTx = 0, rx = 0, tx = 0;
            QSet<qint64> fileStarts;
            for (const QJsonValue &e : entries) {
                fileRx += quint64(e.toObject().value("rx").toInteger()) * unit;
                fileTx += quint64(e.toObject().value("tx").toInteger()) * unit;
                if (e.toObject().contains("timestamp"))
                    fileStarts << e.toObject().value("timestamp").toInteger() * 1000;
            }
            for (qsizetype b = 0; b < buckets.size(); ++b) {
                rx += buckets.at(b).rx;
                tx += buckets.at(b).tx;
                QVERIFY(buckets.at(b).endMs > buckets.at(b).startMs);
                if (b > 0)
                    QVERIFY2(buckets.at(b - 1).startMs < buckets.at(b).startMs, "not oldest first");
                if (!fileStarts.isEmpty())
                    QVERIFY(fileStarts.contains(buckets.at(b).startMs));
            }
            QCOMPARE(rx, fileRx);
            QCOMPARE(tx, fileTx);
        }
    }
}

void TestVnstatParser::tablesSumToTotal_data()
{
    // Files of a database whose whole life fits in every table: each table's
    // sum must then be the all-time total exactly.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<VnstatTable>>("tables");
    const QList<VnstatTable> all { VnstatTable::FiveMinute, VnstatTable::Hour, VnstatTable::Day,
                                   VnstatTable::Month,      VnstatTable::Year, VnstatTable::Top };
    QTest::newRow("all") << "vnstat2.10_json_all.json" << all;
    QTest::newRow("begin_end_today") << "vnstat2.10_json_begin_end_today.json"
                                     << QList<VnstatTable> { VnstatTable::FiveMinute, VnstatTable::Hour,
                                                             VnstatTable::Day };
    QTest::newRow("f") << "vnstat2.10_json_f.json" << QList<VnstatTable> { VnstatTable::FiveMinute };
    QTest::newRow("h") << "vnstat2.10_json_h.json" << QList<VnstatTable> { VnstatTable::Hour };
    QTest::newRow("d") << "vnstat2.10_json_d.json" << QList<VnstatTable> { VnstatTable::Day };
    QTest::newRow("m") << "vnstat2.10_json_m.json" << QList<VnstatTable> { VnstatTable::Month };
    QTest::newRow("y") << "vnstat2.10_json_y.json" << QList<VnstatTable> { VnstatTable::Year };
}

void TestVnstatParser::tablesSumToTotal()
{
    QFETCH(QString, file);
    QFETCH(QList<VnstatTable>, tables);
    QString error;
    const auto data = VnstatParser::parse(readFile(QFINDTESTDATA("data/" + file)), &error, QTimeZone::utc());
    QVERIFY2(data, qPrintable(error));
    const VnstatInterface &iface = data->interfaces.first();
    QCOMPARE(iface.totalRx, quint64(36905632));
    QCOMPARE(iface.totalTx, quint64(51975));
    for (VnstatTable t : tables) {
        quint64 rx = 0, tx = 0;
        for (const VnstatBucket &b : iface.buckets(t)) {
            rx += b.rx;
            tx += b.tx;
        }
        QCOMPARE(rx, iface.totalRx);
        QCOMPARE(tx, iface.totalTx);
    }
}

void TestVnstatParser::knownBuckets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<VnstatTable>("table");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<quint64>("rx");
    QTest::addColumn<quint64>("tx");

    const QString v2 = "vnstat2.10_json_all.json";
    QTest::newRow("v2 five minutes") << v2 << VnstatTable::FiveMinute << 0 << utcMs("2026-11-21T22:20:00Z")
                                     << utcMs("2026-11-21T22:25:00Z") << quint64(36559926) << quint64(47333);
    QTest::newRow("v2 newest five minutes")
        << v2 << VnstatTable::FiveMinute << 2 << utcMs("2026-11-21T22:30:00Z")
        << utcMs("2026-11-21T22:35:00Z") << quint64(0) << quint64(0);
    QTest::newRow("v2 hour") << v2 << VnstatTable::Hour << 0 << utcMs("2026-11-21T22:00:00Z")
                             << utcMs("2026-11-21T23:00:00Z") << quint64(36905632) << quint64(51975);
    QTest::newRow("v2 day") << v2 << VnstatTable::Day << 0 << utcMs("2026-11-21T00:00:00Z")
                            << utcMs("2026-11-22T00:00:00Z") << quint64(36905632) << quint64(51975);
    QTest::newRow("v2 month") << v2 << VnstatTable::Month << 0 << utcMs("2026-11-01T00:00:00Z")
                              << utcMs("2026-12-01T00:00:00Z") << quint64(36905632) << quint64(51975);
    QTest::newRow("v2 year") << v2 << VnstatTable::Year << 0 << utcMs("2026-01-01T00:00:00Z")
                             << utcMs("2027-01-01T00:00:00Z") << quint64(36905632) << quint64(51975);
    QTest::newRow("v2 top") << v2 << VnstatTable::Top << 0 << utcMs("2026-11-21T00:00:00Z")
                            << utcMs("2026-11-22T00:00:00Z") << quint64(36905632) << quint64(51975);

    // vnstat 1.x: KiB, dates only (read in UTC here), hours positioned by id.
    for (const char *file : { "vnstat1x_1.18_json_unwrapped_derived.json",
                              "vnstat1x_1.18_json_openwrt_api_wrapped_verbatim.json" }) {
        QTest::addRow("v1 day %s", file)
            << file << VnstatTable::Day << 0 << utcMs("2023-04-19T00:00:00Z") << utcMs("2023-04-20T00:00:00Z")
            << quint64(23047) * 1024 << quint64(351322) * 1024;
        QTest::addRow("v1 hour %s", file)
            << file << VnstatTable::Hour << 0 << utcMs("2023-04-19T00:00:00Z")
            << utcMs("2023-04-19T01:00:00Z") << quint64(451) * 1024 << quint64(762) * 1024;
        QTest::addRow("v1 month %s", file)
            << file << VnstatTable::Month << 0 << utcMs("2023-04-01T00:00:00Z")
            << utcMs("2023-05-01T00:00:00Z") << quint64(10925925) * 1024 << quint64(260103627) * 1024;
        QTest::addRow("v1 top %s", file)
            << file << VnstatTable::Top << 0 << utcMs("2023-01-30T00:00:00Z") << utcMs("2023-01-31T00:00:00Z")
            << quint64(2611220) * 1024 << quint64(124756927) * 1024;
    }
}

void TestVnstatParser::knownBuckets()
{
    QFETCH(QString, file);
    QFETCH(VnstatTable, table);
    QFETCH(int, index);
    QString error;
    const auto data = VnstatParser::parse(readFile(QFINDTESTDATA("data/" + file)), &error, QTimeZone::utc());
    QVERIFY2(data, qPrintable(error));
    const VnstatBuckets buckets = data->interfaces.first().buckets(table);
    QVERIFY(index < buckets.size());
    const VnstatBucket &b = buckets.at(index);
    QTEST(b.startMs, "start");
    QTEST(b.endMs, "end");
    QTEST(b.rx, "rx");
    QTEST(b.tx, "tx");
}

void TestVnstatParser::interfaceFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("updated");
    QTest::addColumn<quint64>("totalRx");
    QTest::addColumn<quint64>("totalTx");
    QTest::newRow("v2") << "vnstat2.10_json_d.json"
                        << "eth0"
                        << "" << qint64(1795299690000) << qint64(1795300255000) << quint64(36905632)
                        << quint64(51975);
    QTest::newRow("v1") << "vnstat1x_1.18_json_unwrapped_derived.json"
                        << "eth0"
                        << "eth0" << utcMs("2022-07-04T00:00:00Z") << utcMs("2023-04-19T05:21:00Z")
                        << quint64(199985635) * 1024 << quint64(3292880982) * 1024;
    QTest::newRow("v1 wrapped") << "vnstat1x_1.18_json_openwrt_api_wrapped_verbatim.json"
                                << "eth0"
                                << "eth0" << utcMs("2022-07-04T00:00:00Z") << utcMs("2023-04-19T05:21:00Z")
                                << quint64(199985635) * 1024 << quint64(3292880982) * 1024;
}

void TestVnstatParser::interfaceFields()
{
    QFETCH(QString, file);
    QString error;
    const auto data = VnstatParser::parse(readFile(QFINDTESTDATA("data/" + file)), &error, QTimeZone::utc());
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->interfaces.size(), 1);
    const VnstatInterface &i = data->interfaces.first();
    QTEST(i.name, "name");
    QTEST(i.alias, "alias");
    QTEST(i.createdMs, "created");
    QTEST(i.updatedMs, "updated");
    QTEST(i.totalRx, "totalRx");
    QTEST(i.totalTx, "totalTx");
}

void TestVnstatParser::dayEnds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");

    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone data for Europe/Berlin");
    auto local = [&](int y, int m, int d) {
        return QDateTime(QDate(y, m, d), QTime(0, 0), berlin).toMSecsSinceEpoch();
    };
    auto dayEntry = [](int y, int m, int d, qint64 startMs) {
        return QString(
                   R"("day":[{"id":1,"date":{"year":%1,"month":%2,"day":%3},"timestamp":%4,"rx":1,"tx":2}])")
            .arg(y)
            .arg(m)
            .arg(d)
            .arg(startMs / 1000);
    };
    // vnstat on a machine in Berlin: its days start at Berlin midnight.
    QTest::newRow("berlin day") << v2Document(dayEntry(2026, 11, 21, local(2026, 11, 21)))
                                << QByteArray("Europe/Berlin") << local(2026, 11, 21) << local(2026, 11, 22);
    // The day the clocks go back has 25 hours.
    QTest::newRow("berlin dst end") << v2Document(dayEntry(2026, 10, 25, local(2026, 10, 25)))
                                    << QByteArray("Europe/Berlin") << local(2026, 10, 25)
                                    << local(2026, 10, 26);
    QVERIFY(local(2026, 10, 26) - local(2026, 10, 25) == 25 * 3600 * 1000);
    // A dump from a Berlin machine read where the zone is UTC: the bucket's
    // own offset is kept, so the day still lasts until the next Berlin midnight.
    QTest::newRow("foreign zone") << v2Document(dayEntry(2026, 11, 21, local(2026, 11, 21)))
                                  << QByteArray("UTC") << local(2026, 11, 21) << local(2026, 11, 22);
    // vnstat 1.x: no timestamps, the date is local time.
    QTest::newRow("v1 berlin") << QByteArray(
        R"({"jsonversion":"1","vnstatversion":"1.18","interfaces":[{"id":"eth0","nick":"eth0",)"
        R"("traffic":{"total":{"rx":1,"tx":1},"days":[{"id":0,"date":{"year":2023,"month":4,"day":19},)"
        R"("rx":1,"tx":1}]}}]})")
                               << QByteArray("Europe/Berlin") << local(2023, 4, 19) << local(2023, 4, 20);
}

void TestVnstatParser::dayEnds()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, zone);
    QString error;
    const auto data = VnstatParser::parse(json, &error, QTimeZone(zone));
    QVERIFY2(data, qPrintable(error));
    const VnstatBuckets days = data->interfaces.first().buckets(VnstatTable::Day);
    QCOMPARE(days.size(), 1);
    QTEST(days.first().startMs, "start");
    QTEST(days.first().endMs, "end");
}

void TestVnstatParser::findByNameOrAlias_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("found"); // empty: not found
    QTest::newRow("name") << "eth0"
                          << "eth0";
    QTest::newRow("alias") << "wan"
                           << "eth0";
    QTest::newRow("unknown") << "eth1"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("case differs") << "ETH0"
                                  << "";
}

void TestVnstatParser::findByNameOrAlias()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    QString error;
    const auto data = VnstatParser::parse(v2Document({}), &error);
    QVERIFY2(data, qPrintable(error));
    const VnstatInterface *iface = data->find(query);
    QCOMPARE(iface ? iface->name : QString(), found);
    QCOMPARE(data->interfaceNames(), QStringList { "eth0" });
}

void TestVnstatParser::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("Error: something") << "not JSON";
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
    QTest::newRow("no version") << QByteArray(R"({"interfaces":[]})") << "jsonversion";
    QTest::newRow("version 3") << QByteArray(R"({"jsonversion":"3","interfaces":[]})")
                               << "unsupported jsonversion \"3\"";
    QTest::newRow("no interfaces") << QByteArray(R"({"jsonversion":"2"})") << "\"interfaces\"";
    QTest::newRow("live") << QByteArray(R"({"jsonversion":"1","interface":"eth0","sampletime":2})")
                          << "--live";
    QTest::newRow("no total") << v2Document({}, R"("x":1)") << "traffic.total";
    QTest::newRow("negative") << v2Document({}, R"("total":{"rx":-1,"tx":0})")
                              << "\"rx\" is not a whole number";
    QTest::newRow("fraction") << v2Document({}, R"("total":{"rx":1.5,"tx":0})")
                              << "\"rx\" is not a whole number";
    QTest::newRow("string") << v2Document({}, R"("total":{"rx":"1","tx":0})")
                            << "\"rx\" is not a whole number";
    QTest::newRow("missing tx") << v2Document({}, R"("total":{"rx":1})") << "\"tx\" is missing";
    QTest::newRow("table not list") << v2Document(R"("day":{})") << "\"day\" is not a list";
    QTest::newRow("entry without time")
        << v2Document(R"("hour":[{"id":1,"date":{"year":2026,"month":11,"day":21},"rx":1,"tx":1}])")
        << "hour entry 1: the entry has no valid time";
    QTest::newRow("entry without date")
        << v2Document(R"("day":[{"id":1,"rx":1,"tx":1}])") << "neither a timestamp nor a valid date";
    QTest::newRow("v1 hour id") << QByteArray(
        R"({"jsonversion":"1","interfaces":[{"id":"eth0","traffic":{"total":{"rx":1,"tx":1},)"
        R"("hours":[{"id":24,"date":{"year":2023,"month":4,"day":19},"rx":1,"tx":1}]}}]})")
                                << "hour entry has id 24";
    QTest::newRow("v1 overflow") << QByteArray(
        R"({"jsonversion":"1","interfaces":[{"id":"eth0","traffic":{"total":{"rx":9000000000000000000,"tx":1}}}]})")
                                 << "too large";
    QTest::newRow("nameless") << QByteArray(R"({"jsonversion":"2","interfaces":[{"traffic":{}}]})")
                              << "\"name\"";
    QTest::newRow("empty envelope") << QByteArray(R"({"vnstat":{"status":false,"data":[],"error":"no db"}})")
                                    << "no db";
}

void TestVnstatParser::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    const auto data = VnstatParser::parse(json, &error);
    QVERIFY(!data);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVnstatParser)
#include "tst_vnstatparser.moc"
