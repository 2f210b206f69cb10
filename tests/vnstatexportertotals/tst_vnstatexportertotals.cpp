#include "core/vnstatexportertotals.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The body of a saved HTTP response (after the blank line).
QByteArray httpBody(const QByteArray &response)
{
    const qsizetype at = response.indexOf("\n\n");
    return at < 0 ? QByteArray() : response.mid(at + 2).trimmed();
}

// The JSON bodies of the README's examples, in order.
QList<QByteArray> readmeBodies(const QByteArray &text)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    for (char c : text) {
        if (c == '{')
            ++depth;
        if (depth > 0)
            current += c;
        if (c == '}' && --depth == 0) {
            out << current;
            current.clear();
        }
    }
    return out;
}

} // namespace

class TestVnstatExporterTotals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fromJson_data();
    void fromJson();
    void toJsonMatchesExporter_data();
    void toJsonMatchesExporter();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void health();
};

void TestVnstatExporterTotals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVnstatExporterTotals::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("startDate");
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::addColumn<quint64>("inBytes");
    QTest::addColumn<quint64>("outBytes");
    QTest::addColumn<bool>("notYetUpdated");

    const QByteArray readme =
        readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_readme_examples_verbatim.txt"));
    const QList<QByteArray> bodies = readmeBodies(readme);
    QCOMPARE(bodies.size(), 2);
    QTest::newRow("readme example (indented, 1024.50)")
        << bodies.at(0) << "2025-01-15" << 1024.5 << 2048.75 << quint64(1074266112) << quint64(2148270080)
        << false;
    QTest::newRow("flask reply") << httpBody(
        readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_response_derived.http")))
                                 << "2026-11-01" << 35.2 << 0.05
                                 << quint64(36909875) // 35.2 * 1048576 = 36909875.2
                                 << quint64(52429) // 0.05 * 1048576 = 52428.8
                                 << false;
    QTest::newRow("initial cache")
        << readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_initial_cache_derived.json"))
               .trimmed()
        << "" << 0.0 << 0.0 << quint64(0) << quint64(0) << true;
    QTest::newRow("zero traffic after an update")
        << QByteArray(R"({"in":0,"out":0,"start_date":"2026-11-01"})") << "2026-11-01" << 0.0 << 0.0
        << quint64(0) << quint64(0) << false;
    QTest::newRow("integers, extra key")
        << QByteArray(R"({"start_date":"2026-11-01","in":2,"out":3,"x":true})") << "2026-11-01" << 2.0 << 3.0
        << quint64(2097152) << quint64(3145728) << false;
}

void TestVnstatExporterTotals::fromJson()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto t = VnstatExporterTotals::fromJson(json, &error);
    QVERIFY2(t, qPrintable(error));
    QTEST(t->startDate, "startDate");
    QTEST(t->inMiB, "in");
    QTEST(t->outMiB, "out");
    QTEST(t->inBytes(), "inBytes");
    QTEST(t->outBytes(), "outBytes");
    QTEST(t->isNotYetUpdated(), "notYetUpdated");
}

void TestVnstatExporterTotals::toJsonMatchesExporter_data()
{
    QTest::addColumn<VnstatExporterTotals>("totals");
    QTest::addColumn<QByteArray>("expected");
    // The fixture reply was computed from these very byte totals.
    QTest::newRow("from bytes") << VnstatExporterTotals::fromBytes(QDate(2026, 11, 1), 36905632, 51975)
                                << httpBody(readFile(QFINDTESTDATA(
                                       "data/vnstat_traffic_exporter_webhook_response_derived.http")));
    QTest::newRow("not yet updated")
        << VnstatExporterTotals::notYetUpdated()
        << readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_initial_cache_derived.json"))
               .trimmed();
}

void TestVnstatExporterTotals::toJsonMatchesExporter()
{
    QFETCH(VnstatExporterTotals, totals);
    QFETCH(QByteArray, expected);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(totals.toJson(), expected);
}

void TestVnstatExporterTotals::roundTrip_data()
{
    QTest::addColumn<quint64>("inBytes");
    QTest::addColumn<quint64>("outBytes");
    QTest::addColumn<double>("inMiB");
    QTest::newRow("zero") << quint64(0) << quint64(0) << 0.0;
    QTest::newRow("one MiB") << quint64(1048576) << quint64(1) << 1.0;
    QTest::newRow("rounds to two decimals") << quint64(1048576 + 5243) << quint64(0) << 1.01; // 1.005000...
    QTest::newRow("a petabyte") << (quint64(1) << 50) << quint64(0) << double(quint64(1) << 30);
}

void TestVnstatExporterTotals::roundTrip()
{
    QFETCH(quint64, inBytes);
    QFETCH(quint64, outBytes);
    const VnstatExporterTotals t = VnstatExporterTotals::fromBytes(QDate(2026, 1, 15), inBytes, outBytes);
    QTEST(t.inMiB, "inMiB");
    QString error;
    const auto back = VnstatExporterTotals::fromJson(t.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, t);
    QCOMPARE(back->startDate, QString("2026-01-15"));
    // Two decimals of a MiB: within 0.005 MiB of the truth.
    QVERIFY(qAbs(double(back->inBytes()) - double(inBytes)) <= 0.005 * 1048576 + 1);
}

void TestVnstatExporterTotals::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("html") << QByteArray("<html>404</html>") << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "JSON object";
    QTest::newRow("no start_date") << QByteArray(R"({"in":1,"out":1})") << "start_date";
    QTest::newRow("bad date") << QByteArray(R"({"in":1,"out":1,"start_date":"15.01.2025"})") << "YYYY-MM-DD";
    QTest::newRow("in as string") << QByteArray(R"({"in":"1","out":1,"start_date":""})") << "\"in\"";
    QTest::newRow("no out") << QByteArray(R"({"in":1,"start_date":""})") << "\"out\"";
    QTest::newRow("negative") << QByteArray(R"({"in":-1,"out":1,"start_date":""})") << "plausible";
    QTest::newRow("huge") << QByteArray(R"({"in":1e300,"out":1,"start_date":""})") << "plausible";
}

void TestVnstatExporterTotals::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!VnstatExporterTotals::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestVnstatExporterTotals::health()
{
    const QByteArray fixture =
        readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_health_derived.json")).trimmed();
    QString status;
    QVERIFY(VnstatExporterTotals::isHealthy(fixture, &status));
    QCOMPARE(status, QString("ok"));
    QVERIFY(!VnstatExporterTotals::isHealthy(R"({"status":"error"})", &status));
    QCOMPARE(status, QString("error"));
    QVERIFY(!VnstatExporterTotals::isHealthy("garbage", nullptr));
}

QTEST_GUILESS_MAIN(TestVnstatExporterTotals)
#include "tst_vnstatexportertotals.moc"
