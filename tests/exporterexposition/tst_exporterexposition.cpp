// The exposition writer: escaping of label values and help texts (against
// the promtool fixture), number formatting, format negotiation, OpenMetrics
// families, label names, and gzip for scrapers that ask for it.
#include "exporter/expositionwriter.h"
#include "exporter/gzipencoder.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <limits>

using namespace Bandwatch;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExporterExposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void labelEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "eth0" << QByteArray("eth0");
        QTest::newRow("quote") << "say \"hi\"" << QByteArray("say \\\"hi\\\"");
        QTest::newRow("backslash") << "C:\\dir" << QByteArray("C:\\\\dir");
        QTest::newRow("newline") << "a\nb" << QByteArray("a\\nb");
        QTest::newRow("all three") << "\\\"\n" << QByteArray("\\\\\\\"\\n");
        QTest::newRow("utf-8 kept") << QString::fromUtf8("流量") << QString::fromUtf8("流量").toUtf8();
        QTest::newRow("tab kept") << "a\tb" << QByteArray("a\tb");
        QTest::newRow("empty") << "" << QByteArray();
    }
    void labelEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QByteArray out;
        ExpositionWriter::appendLabelValue(out, value);
        QCOMPARE(out, expected);
    }

    void fixtureEscapesReproduced()
    {
        // promtool 2.42 accepts this line (exit 0); the writer must produce it.
        const QByteArray fixture = readFile(QFINDTESTDATA("data/ok_escapes.prom"));
        QVERIFY(
            readFile(QFINDTESTDATA("data/promtool_2.42_results.txt")).contains("== ok_escapes.prom\nexit=0"));
        const QByteArray labels = ExpositionWriter::renderLabels(
            { { "path", QStringLiteral("C:\\dir") }, { "msg", QStringLiteral("say \"hi\"\nbye") } });
        QVERIFY2(fixture.contains(QByteArray("{" + labels + "}")), labels.constData());
    }

    void helpEscaping_data()
    {
        QTest::addColumn<QString>("help");
        QTest::addColumn<bool>("openMetrics");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("text backslash newline") << "a\\b\nc" << false << QByteArray("a\\\\b\\nc");
        QTest::newRow("text keeps quotes") << "say \"x\"" << false << QByteArray("say \"x\"");
        QTest::newRow("om escapes quotes") << "say \"x\"" << true << QByteArray("say \\\"x\\\"");
        QTest::newRow("carriage return") << "a\rb" << false << QByteArray("a b");
    }
    void helpEscaping()
    {
        QFETCH(QString, help);
        QFETCH(bool, openMetrics);
        QFETCH(QByteArray, expected);
        QCOMPARE(ExpositionWriter::escapeHelp(
                     help, openMetrics ? ExpositionFormat::OpenMetrics : ExpositionFormat::PrometheusText),
                 expected);
    }

    void formatValue_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
        QTest::newRow("large") << 1e21 << QByteArray("1e+21");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void formatValue()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(ExpositionWriter::formatValue(value), expected);
    }

    void negotiate_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("openMetrics");
        QTest::newRow("prometheus 2.42")
            << QByteArray("application/openmetrics-text;version=1.0.0,application/"
                          "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;"
                          "q=0.5,*/*;q=0.1")
            << true;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("anything") << QByteArray("*/*") << false;
        QTest::newRow("text preferred")
            << QByteArray("text/plain;version=0.0.4,application/openmetrics-text;q=0.5") << false;
        QTest::newRow("om only") << QByteArray("application/openmetrics-text") << true;
        QTest::newRow("om unknown version")
            << QByteArray("application/openmetrics-text;version=9.9.9") << false;
        QTest::newRow("om q=0") << QByteArray("application/openmetrics-text;q=0") << false;
        QTest::newRow("browser") << QByteArray("text/html,application/xhtml+xml,*/*;q=0.8") << false;
    }
    void negotiate()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, openMetrics);
        QCOMPARE(ExpositionWriter::negotiate(accept) == ExpositionFormat::OpenMetrics, openMetrics);
    }

    void openMetricsCounterFamily()
    {
        QByteArray out;
        ExpositionWriter w(ExpositionFormat::OpenMetrics, &out);
        w.family("x_bytes_total", ExpositionWriter::Type::Counter, u"Help", "bytes");
        w.sample("a=\"1\"", quint64(5));
        w.family("empty_family", ExpositionWriter::Type::Gauge, u"never written");
        w.finish();
        QCOMPARE(out,
                 QByteArray("# HELP x_bytes Help\n# TYPE x_bytes counter\n# UNIT x_bytes bytes\n"
                            "x_bytes_total{a=\"1\"} 5\n# EOF\n"));
    }

    void labelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("valid") << "service" << QByteArray("service");
        QTest::newRow("dash") << "content-type" << QByteArray("content_type");
        QTest::newRow("digit first") << "5xx" << QByteArray("label_5xx");
        QTest::newRow("reserved") << "__name__" << QByteArray("_name__");
        QTest::newRow("empty") << "" << QByteArray("label_");
    }
    void labelNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(ExpositionWriter::sanitizeLabelName(name), expected);
    }

    void gzipAccepted_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("prometheus") << QByteArray("gzip") << true;
        QTest::newRow("browser") << QByteArray("gzip, deflate, br") << true;
        QTest::newRow("refused") << QByteArray("gzip;q=0, identity") << false;
        QTest::newRow("wildcard") << QByteArray("*") << true;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("deflate only") << QByteArray("deflate") << false;
    }
    void gzipAccepted()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        QCOMPARE(GzipEncoder::accepts(header), accepted);
    }

    void gzipRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("bandwatch_push_clients 1\n");
        QTest::newRow("large exposition") << QByteArray("x_total{a=\"b\"} 12345\n").repeated(50'000);
        QTest::newRow("binary") << [] {
            QByteArray b;
            for (int i = 0; i < 70'000; ++i)
                b.append(char((i * 7919) >> 3));
            return b;
        }();
    }
    void gzipRoundTrip()
    {
        QFETCH(QByteArray, data);
        QCOMPARE(GzipEncoder::crc32("123456789"), quint32(0xCBF43926)); // the CRC-32 check value
        const QByteArray gz = GzipEncoder::compress(data);
        QVERIFY(gz.startsWith("\x1f\x8b\x08"));
        QProcess gunzip; // the real gzip must read it back
        gunzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc") });
        if (!gunzip.waitForStarted())
            QSKIP("gzip is not installed");
        gunzip.write(gz);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished(10'000));
        QCOMPARE(gunzip.exitCode(), 0);
        QCOMPARE(gunzip.readAllStandardOutput(), data);
    }
};

QTEST_GUILESS_MAIN(TestExporterExposition)
#include "tst_exporterexposition.moc"
