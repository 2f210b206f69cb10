#include "core/expositionparser.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <limits>

using namespace Bandwatch;

Q_DECLARE_METATYPE(Bandwatch::ExpositionFormat)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Seen
{
    QString name;
    Labels labels;
    double value;
    std::optional<qint64> ts;
    int line;
};

class Recorder : public ExpositionVisitor
{
public:
    std::function<bool(const ExpositionFamily &)> filter;
    QList<Seen> samples;
    QStringList families;
    QStringList helps;
    QList<MetricType> types;

    bool family(const ExpositionFamily &f) override
    {
        families << QString::fromUtf8(f.name);
        helps << f.help();
        types << f.type;
        return filter ? filter(f) : true;
    }
    void sample(const ExpositionSample &s) override
    {
        samples << Seen { QString::fromUtf8(s.name()), s.labels(), s.value(), s.timestampMs(), s.line() };
    }
};

bool parse(const QByteArray &body, ExpositionFormat format, Recorder *rec, ExpositionError *error,
           bool strict = false)
{
    ExpositionParser::Options o;
    o.format = format;
    o.strict = strict;
    return ExpositionParser(o).parse(body, *rec, error);
}

} // namespace

class TestExpositionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void values_data();
    void values();
    void labelEscapes_data();
    void labelEscapes();
    void helpEscapes_data();
    void helpEscapes();
    void timestamps_data();
    void timestamps();
    void errors_data();
    void errors();
    void truncated_data();
    void truncated();
    void formatDetection_data();
    void formatDetection();
    void labelsByName();
    void familyFilterStillChecksEverything();
    void repeatedMetadataKongStyle();
    void familiesMaterialised();
    void huge_data();
    void huge();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void TestExpositionParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExpositionParser::values_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << QByteArray("264") << 264.0;
    QTest::newRow("negative") << QByteArray("-3") << -3.0;
    QTest::newRow("plus sign") << QByteArray("+7") << 7.0;
    QTest::newRow("float") << QByteArray("12.47") << 12.47;
    QTest::newRow("exponent") << QByteArray("1.458255915e9") << 1.458255915e9;
    QTest::newRow("lua exponent") << QByteArray("1.7158931820287e+38") << 1.7158931820287e+38;
    QTest::newRow("negative exponent") << QByteArray("1.2e-1") << 0.12;
    QTest::newRow("capital E") << QByteArray("2E3") << 2000.0;
    QTest::newRow("leading dot") << QByteArray(".5") << 0.5;
    QTest::newRow("trailing dot") << QByteArray("5.") << 5.0;
    QTest::newRow("leading zeros") << QByteArray("0000000000000000000000000000001") << 1.0;
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615") << 18446744073709551615.0;
    QTest::newRow("beyond 2^64") << QByteArray("123456789012345678901234567890") << 1.2345678901234568e29;
    QTest::newRow("+Inf") << QByteArray("+Inf") << kInf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << -kInf;
    QTest::newRow("Inf") << QByteArray("Inf") << kInf;
    QTest::newRow("infinity any case") << QByteArray("-InFiNiTy") << -kInf;
    QTest::newRow("overflow is inf") << QByteArray("1e400") << kInf;
    QTest::newRow("underflow is zero") << QByteArray("1e-400") << 0.0;
    QTest::newRow("NaN") << QByteArray("NaN") << std::nan("");
    QTest::newRow("nan lower") << QByteArray("nan") << std::nan("");
}

void TestExpositionParser::values()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    for (ExpositionFormat f : { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        const QByteArray body = "m " + text + (f == ExpositionFormat::OpenMetrics ? "\n# EOF\n" : "\n");
        Recorder rec;
        ExpositionError e;
        QVERIFY2(parse(body, f, &rec, &e), qPrintable(e.toString()));
        QCOMPARE(rec.samples.size(), 1);
        const double v = rec.samples[0].value;
        if (std::isnan(expected))
            QVERIFY(std::isnan(v));
        else
            QCOMPARE(v, expected);
    }
}

void TestExpositionParser::labelEscapes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("google.route-1") << QStringLiteral("google.route-1");
    QTest::newRow("backslash") << QByteArray("C:\\\\DIR\\\\FILE.TXT") << QStringLiteral("C:\\DIR\\FILE.TXT");
    QTest::newRow("quote and newline") << QByteArray("Cannot find file:\\n\\\"FILE.TXT\\\"")
                                       << QStringLiteral("Cannot find file:\n\"FILE.TXT\"");
    QTest::newRow("unknown escape kept") << QByteArray("a\\zb") << QStringLiteral("a\\zb");
    QTest::newRow("braces and hash") << QByteArray("} foo # bar # ") << QStringLiteral("} foo # bar # ");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x98\x83") << QStringLiteral(u"café ☃");
    QTest::newRow("empty") << QByteArray("") << QString();
    QTest::newRow("escaped backslash then n") << QByteArray("\\\\n") << QStringLiteral("\\n");
}

void TestExpositionParser::labelEscapes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    for (ExpositionFormat f : { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        const QByteArray body = "m{a=\"1\",path=\"" + raw + "\",z=\"2\"} 1"
            + (f == ExpositionFormat::OpenMetrics ? "\n# EOF\n" : "\n");
        Recorder rec;
        ExpositionError e;
        QVERIFY2(parse(body, f, &rec, &e), qPrintable(e.toString()));
        QCOMPARE(rec.samples.size(), 1);
        QCOMPARE(rec.samples[0].labels.value(QStringLiteral("path")), expected);
        QCOMPARE(rec.samples[0].labels.value(QStringLiteral("z")), QStringLiteral("2"));
    }
}

void TestExpositionParser::helpEscapes_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text newline") << ExpositionFormat::PrometheusText << QByteArray("a\\nb")
                                  << QStringLiteral("a\nb");
    QTest::newRow("text backslash") << ExpositionFormat::PrometheusText << QByteArray("C:\\\\x")
                                    << QStringLiteral("C:\\x");
    // In text 0.0.4 HELP, \" is not an escape.
    QTest::newRow("text quote kept") << ExpositionFormat::PrometheusText << QByteArray("say \\\"hi\\\"")
                                     << QStringLiteral("say \\\"hi\\\"");
    QTest::newRow("om quote") << ExpositionFormat::OpenMetrics << QByteArray("say \\\"hi\\\"")
                              << QStringLiteral("say \"hi\"");
    QTest::newRow("om trailing backslash")
        << ExpositionFormat::OpenMetrics << QByteArray("x\\") << QStringLiteral("x\\");
}

void TestExpositionParser::helpEscapes()
{
    QFETCH(ExpositionFormat, format);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const QByteArray body =
        "# HELP m " + raw + "\nm 1\n" + (format == ExpositionFormat::OpenMetrics ? "# EOF\n" : "");
    Recorder rec;
    ExpositionError e;
    QVERIFY2(parse(body, format, &rec, &e), qPrintable(e.toString()));
    QCOMPARE(rec.helps.value(0), expected);
}

void TestExpositionParser::timestamps_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("has");
    QTest::addColumn<qint64>("ms");
    using F = ExpositionFormat;
    QTest::newRow("text none") << F::PrometheusText << QByteArray("m 1") << false << 0LL;
    QTest::newRow("text ms") << F::PrometheusText << QByteArray("m 1027 1395066363000") << true
                             << 1395066363000LL;
    QTest::newRow("text before epoch")
        << F::PrometheusText << QByteArray("m +Inf -3982045") << true << -3982045LL;
    QTest::newRow("text extra blanks")
        << F::PrometheusText << QByteArray("m{a=\"b\"}    3   1395066363000  ") << true << 1395066363000LL;
    QTest::newRow("om seconds") << F::OpenMetrics << QByteArray("m 1 1395066363") << true << 1395066363000LL;
    QTest::newRow("om fractional") << F::OpenMetrics << QByteArray("m 1 1.5") << true << 1500LL;
    QTest::newRow("om exponent") << F::OpenMetrics << QByteArray("m 1 1.5e3") << true << 1500000LL;
    QTest::newRow("om none") << F::OpenMetrics << QByteArray("m 1") << false << 0LL;
}

void TestExpositionParser::timestamps()
{
    QFETCH(ExpositionFormat, format);
    QFETCH(QByteArray, line);
    QFETCH(bool, has);
    QFETCH(qint64, ms);
    const QByteArray body = line + (format == ExpositionFormat::OpenMetrics ? "\n# EOF\n" : "\n");
    Recorder rec;
    ExpositionError e;
    QVERIFY2(parse(body, format, &rec, &e), qPrintable(e.toString()));
    QCOMPARE(rec.samples.size(), 1);
    QCOMPARE(rec.samples[0].ts.has_value(), has);
    if (has)
        QCOMPARE(*rec.samples[0].ts, ms);
}

void TestExpositionParser::errors_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    using F = ExpositionFormat;
    const F T = F::PrometheusText;
    const F O = F::OpenMetrics;
    QTest::newRow("text bad value") << T << false << QByteArray("a 1\nb x\n") << 2 << "invalid value";
    QTest::newRow("text hex value") << T << false << QByteArray("a 0x10\n") << 1 << "invalid value";
    QTest::newRow("text no value") << T << false << QByteArray("# c\n\na\n") << 3 << "no value";
    QTest::newRow("text bad name") << T << false << QByteArray("a 1\n\n0a 1\n") << 3 << "invalid metric name";
    QTest::newRow("text dot in name") << T << false << QByteArray("a.b 1\n") << 1 << "invalid character";
    QTest::newRow("text unclosed value") << T << false << QByteArray("a{b=\"c} 1\n") << 1 << "not closed";
    QTest::newRow("text missing quote") << T << false << QByteArray("a{b=c} 1\n") << 1 << "expected '\"'";
    QTest::newRow("text duplicate label")
        << T << false << QByteArray("a{b=\"1\",b=\"2\"} 1\n") << 1 << "twice";
    QTest::newRow("text bad timestamp") << T << false << QByteArray("a 1 1.5\n") << 1 << "invalid timestamp";
    QTest::newRow("text timestamp overflow")
        << T << false << QByteArray("a 1 99999999999999999999\n") << 1 << "invalid timestamp";
    QTest::newRow("text junk after timestamp")
        << T << false << QByteArray("a 1 2 3\n") << 1 << "after the timestamp";
    QTest::newRow("text unknown type")
        << T << false << QByteArray("# TYPE a meter\n") << 1 << "unknown metric type";
    QTest::newRow("text TYPE after samples")
        << T << false << QByteArray("a 1\n# TYPE a gauge\n") << 2 << "after its samples";
    QTest::newRow("text conflicting TYPE")
        << T << false << QByteArray("# TYPE a gauge\n# TYPE a counter\n") << 2 << "second TYPE";
    QTest::newRow("text bucket without le")
        << T << false << QByteArray("# TYPE h histogram\nh_bucket{x=\"1\"} 1\n") << 2 << "\"le\"";
    QTest::newRow("text summary bad quantile")
        << T << false << QByteArray("# TYPE s summary\ns{quantile=\"x\"} 1\n") << 2 << "\"quantile\"";
    QTest::newRow("text strict unknown escape")
        << T << true << QByteArray("a{b=\"\\q\"} 1\n") << 1 << "invalid escape";
    QTest::newRow("text strict repeated HELP")
        << T << true << QByteArray("# HELP a x\n# HELP a x\n") << 2 << "second HELP";
    QTest::newRow("text strict repeated TYPE")
        << T << true << QByteArray("# TYPE a gauge\n# TYPE a gauge\n") << 2 << "second TYPE";
    QTest::newRow("om no EOF") << O << false << QByteArray("a 1\n") << 2 << "# EOF";
    QTest::newRow("om empty body") << O << false << QByteArray() << 1 << "# EOF";
    QTest::newRow("om blank line") << O << false << QByteArray("a 1\n\n# EOF\n") << 2 << "blank";
    QTest::newRow("om after EOF") << O << false << QByteArray("# EOF\na 1\n") << 2 << "after";
    QTest::newRow("om negative counter")
        << O << false << QByteArray("# TYPE a counter\na_total -1\n# EOF\n") << 2 << "negative";
    QTest::newRow("om untyped") << O << false << QByteArray("# TYPE a untyped\n# EOF\n") << 1
                                << "invalid metric type";
    QTest::newRow("om metadata after samples")
        << O << false << QByteArray("a 1\n# HELP a x\n# EOF\n") << 2 << "after its samples";
    QTest::newRow("om clash reported at the clashing family")
        << O << false << QByteArray("a 1\nb 1\na 2\n# EOF\n") << 4 << "clashes";
    QTest::newRow("om histogram without +Inf")
        << O << false << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\n# EOF\n") << 3 << "+Inf";
    QTest::newRow("om double space") << O << false << QByteArray("a  1\n# EOF\n") << 1 << "invalid value";
}

void TestExpositionParser::errors()
{
    QFETCH(ExpositionFormat, format);
    QFETCH(bool, strict);
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    Recorder rec;
    ExpositionError e;
    QVERIFY(!parse(body, format, &rec, &e, strict));
    QCOMPARE(e.line, line);
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    QVERIFY(e.toString().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestExpositionParser::truncated_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::addColumn<int>("cut"); // bytes removed from the end
    for (int cut = 1; cut < 40; cut += 3)
        QTest::newRow(qPrintable(QStringLiteral("text cut %1").arg(cut)))
            << ExpositionFormat::PrometheusText << cut;
    // Only the final line break may go: "# EOF" without it is complete.
    for (int cut = 2; cut < 40; cut += 3)
        QTest::newRow(qPrintable(QStringLiteral("om cut %1").arg(cut)))
            << ExpositionFormat::OpenMetrics << cut;
}

void TestExpositionParser::truncated()
{
    // A body cut anywhere (here: anywhere in its last line) is an error,
    // never a shorter valid body with a smaller counter.
    QFETCH(ExpositionFormat, format);
    QFETCH(int, cut);
    const QByteArray full = format == ExpositionFormat::OpenMetrics
        ? QByteArray("# TYPE kong_bandwidth_bytes counter\n"
                     "kong_bandwidth_bytes_total{service=\"google\",direction=\"egress\"} 1234567\n# EOF\n")
        : QByteArray("# TYPE kong_bandwidth_bytes counter\n"
                     "kong_bandwidth_bytes{service=\"google\",route=\"r1\",direction=\"egress\"} 1234567\n");
    Recorder ok;
    ExpositionError e;
    QVERIFY2(parse(full, format, &ok, &e), qPrintable(e.toString()));
    Recorder rec;
    QVERIFY(!parse(full.chopped(cut), format, &rec, &e));
    QVERIFY(e.line >= 2);
}

void TestExpositionParser::formatDetection_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ExpositionFormat>("expected");
    using F = ExpositionFormat;
    QTest::newRow("openmetrics header")
        << QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8") << QByteArray("a 1\n")
        << F::OpenMetrics;
    QTest::newRow("text 0.0.4 header") << QByteArray("text/plain; version=0.0.4; charset=utf-8")
                                       << QByteArray("a 1\n# EOF\n") << F::PrometheusText;
    QTest::newRow("kong header without version")
        << QByteArray("text/plain; charset=UTF-8") << QByteArray("a 1\n") << F::PrometheusText;
    QTest::newRow("upper case mime") << QByteArray("Application/OpenMetrics-Text") << QByteArray()
                                     << F::OpenMetrics;
    QTest::newRow("no header, EOF") << QByteArray() << QByteArray("a 1\n# EOF\n") << F::OpenMetrics;
    QTest::newRow("no header, EOF without newline")
        << QByteArray() << QByteArray("a 1\n# EOF") << F::OpenMetrics;
    QTest::newRow("no header, only EOF") << QByteArray() << QByteArray("# EOF\n") << F::OpenMetrics;
    QTest::newRow("no header, text") << QByteArray() << QByteArray("a 1\n") << F::PrometheusText;
    QTest::newRow("octet-stream sniffed")
        << QByteArray("application/octet-stream") << QByteArray("a 1\n") << F::PrometheusText;
    QTest::newRow("EOF inside a line is not OM")
        << QByteArray() << QByteArray("a{x=\"# EOF\"} 1\n") << F::PrometheusText;
}

void TestExpositionParser::formatDetection()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ExpositionFormat, expected);
    QCOMPARE(ExpositionParser::detectFormat(contentType, body), expected);
}

void TestExpositionParser::labelsByName()
{
    const QByteArray body =
        "kong_bandwidth_bytes{direction=\"ingress\",consumer=\"\",route=\"r\",service=\"s\"} 93\n"
        "kong_bandwidth_bytes{service=\"s\",route=\"r\",direction=\"egress\",consumer=\"\"} 264\n";
    class V : public ExpositionVisitor
    {
    public:
        QStringList seen;
        void sample(const ExpositionSample &s) override
        {
            seen << s.label("service") + QLatin1Char('/') + s.label("route") + QLatin1Char('/')
                    + s.label("direction") + QLatin1Char('/') + s.label("missing", QStringLiteral("none"));
            QVERIFY(s.hasLabel("consumer"));
            QVERIFY(!s.hasLabel("workspace"));
        }
    } v;
    QVERIFY(ExpositionParser().parse(body, v));
    QCOMPARE(v.seen, QStringList({ QStringLiteral("s/r/ingress/none"), QStringLiteral("s/r/egress/none") }));
}

void TestExpositionParser::familyFilterStillChecksEverything()
{
    const QByteArray body = "# TYPE wanted counter\nwanted 1\n# TYPE other gauge\nother 2\nother{x=\"1\" 3\n";
    Recorder rec;
    rec.filter = [](const ExpositionFamily &f) {
        return f.name == "wanted";
    };
    ExpositionError e;
    QVERIFY(!parse(body, ExpositionFormat::PrometheusText, &rec, &e));
    QCOMPARE(e.line, 5);
    QCOMPARE(rec.samples.size(), 1);
    QCOMPARE(rec.samples[0].name, QStringLiteral("wanted"));
}

void TestExpositionParser::repeatedMetadataKongStyle()
{
    // Kong with stream listeners prints a family's HELP/TYPE block twice.
    const QByteArray body = "# HELP kong_nginx_metric_errors_total Number of nginx-lua-prometheus errors\n"
                            "# TYPE kong_nginx_metric_errors_total counter\n"
                            "kong_nginx_metric_errors_total 0\n"
                            "# HELP kong_datastore_reachable Datastore reachable\n"
                            "# TYPE kong_datastore_reachable gauge\n"
                            "kong_datastore_reachable 1\n"
                            "# HELP kong_nginx_metric_errors_total Number of nginx-lua-prometheus errors\n"
                            "# TYPE kong_nginx_metric_errors_total counter\n"
                            "kong_nginx_metric_errors_total{subsystem=\"stream\"} 0\n";
    Recorder rec;
    ExpositionError e;
    QVERIFY2(parse(body, ExpositionFormat::PrometheusText, &rec, &e), qPrintable(e.toString()));
    QCOMPARE(rec.samples.size(), 3);
    QCOMPARE(rec.families,
             QStringList({ QStringLiteral("kong_nginx_metric_errors_total"),
                           QStringLiteral("kong_datastore_reachable"),
                           QStringLiteral("kong_nginx_metric_errors_total") }));
    QCOMPARE(rec.types.value(2), MetricType::Counter);
    Recorder strict;
    QVERIFY(!parse(body, ExpositionFormat::PrometheusText, &strict, &e, true));
    QCOMPARE(e.line, 7);
}

void TestExpositionParser::familiesMaterialised()
{
    const QByteArray body =
        "# HELP h A histogram.\n# TYPE h histogram\n"
        "h_bucket{le=\"0.05\"} 24054\nh_bucket{le=\"+Inf\"} 144320\nh_sum 53423\nh_count 144320\n"
        "# TYPE g gauge\ng{a=\"1\"} 1\n"
        "h_bucket{le=\"0.05\",x=\"late\"} 1\n";
    ExpositionError e;
    const auto all = ExpositionParser().families(body, &e);
    QVERIFY2(all, qPrintable(e.toString()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("h"));
    QCOMPARE(all->at(0).type, MetricType::Histogram);
    QCOMPARE(all->at(0).help, QStringLiteral("A histogram."));
    QCOMPARE(all->at(0).points.size(), 5); // the late sample joins its family
    QCOMPARE(all->at(0).points[1].labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
    QCOMPARE(all->at(0).points[3].name, QStringLiteral("h_count"));
    const auto onlyG = ExpositionParser().families(body, &e, [](QByteArrayView n) { return n == "g"; });
    QVERIFY(onlyG);
    QCOMPARE(onlyG->size(), 1);
    QCOMPARE(onlyG->at(0).points.size(), 1);
}

void TestExpositionParser::huge_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("samples");

    // 8 MiB on one line: rejected by the line limit, not buffered or scanned twice.
    QTest::newRow("one 8 MiB line") << QByteArray(8 * 1024 * 1024, 'a') + " 1\n" << false << 0;
    QTest::newRow("one 8 MiB label value")
        << QByteArray("a{b=\"" + QByteArray(8 * 1024 * 1024, 'x') + "\"} 1\n") << false << 0;
    QByteArray manyLabels = "a{";
    for (int i = 0; i < 1000; ++i)
        manyLabels += "l" + QByteArray::number(i) + "=\"v\",";
    manyLabels += "} 1\n";
    QTest::newRow("1000 labels") << manyLabels << false << 0;
    QByteArray lines;
    for (int i = 0; i < 200000; ++i)
        lines += "kong_bandwidth_bytes{service=\"s" + QByteArray::number(i % 97) + "\",route=\"r"
            + QByteArray::number(i) + "\",direction=\"egress\",consumer=\"\"} " + QByteArray::number(i)
            + "\n";
    QTest::newRow("200000 lines") << lines << true << 200000;
    QTest::newRow("1 MiB of newlines") << QByteArray(1024 * 1024, '\n') << true << 0;
    QTest::newRow("1 MiB of comments") << QByteArray(1024 * 1024 / 4, '#').replace("####", "#\n#\n") + "\n"
                                       << true << 0;
}

void TestExpositionParser::huge()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, samples);
    QElapsedTimer t;
    t.start();
    Recorder rec;
    ExpositionError e;
    QCOMPARE(parse(body, ExpositionFormat::PrometheusText, &rec, &e), ok);
    QCOMPARE(rec.samples.size(), samples);
    if (!ok)
        QCOMPARE(e.line, 1);
    // Generous even for an unoptimised build under sanitizers; it only catches runaway behaviour.
    QVERIFY2(t.elapsed() < 20000, QByteArray::number(t.elapsed()));
}

void TestExpositionParser::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("nul bytes") << QByteArray(1000, '\0');
    QTest::newRow("only braces") << QByteArray(5000, '{');
    QTest::newRow("only quotes") << QByteArray(5000, '"');
    QTest::newRow("only backslashes") << QByteArray("a{b=\"") + QByteArray(4999, '\\');
    QTest::newRow("only hashes") << QByteArray(5000, '#');
    QTest::newRow("escape at end of line") << QByteArray("a{b=\"\\\n\"} 1\n");
    QTest::newRow("exemplar at end") << QByteArray("# TYPE a counter\na_total 1 # {");
    static const char kAlphabet[] = "a{b=\"# }\\\n 1.5e+Inf NaN,\t";
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 100000; ++i) {
        x = x * 1664525u + 1013904223u;
        random += kAlphabet[(x >> 16) % (sizeof(kAlphabet) - 1)];
    }
    QTest::newRow("random syntax soup") << random;
}

void TestExpositionParser::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    for (ExpositionFormat f : { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        for (int cut = 0; cut < body.size(); cut += qMax<qsizetype>(1, body.size() / 50)) {
            Recorder rec;
            ExpositionError e;
            if (!parse(body.left(cut), f, &rec, &e))
                QVERIFY(!e.message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestExpositionParser)
#include "tst_expositionparser.moc"
