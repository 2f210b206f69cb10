#include "core/expositionparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <optional>

using namespace Bandwatch;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Counts what the visitor sees, and touches every label so that views into
// the body are actually read (ASan/fuzzing would catch a bad view).
class CountingVisitor : public ExpositionVisitor
{
public:
    bool family(const ExpositionFamily &f) override
    {
        ++families;
        helpChars += f.help().size();
        return true;
    }
    void sample(const ExpositionSample &s) override
    {
        ++samples;
        labelChars += s.labels().size();
    }
    int families = 0;
    int samples = 0;
    qsizetype helpChars = 0;
    qsizetype labelChars = 0;
};

} // namespace

class TestExpositionConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openMetricsSuite_data();
    void openMetricsSuite();
    void openMetricsExamples_data();
    void openMetricsExamples();
    void textExamples_data();
    void textExamples();
    void textDocsExampleValues();
    void promtoolCases_data();
    void promtoolCases();

private:
    QString m_data;
};

void TestExpositionConformance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_data = QFINDTESTDATA("data");
    QVERIFY(!m_data.isEmpty());
}

void TestExpositionConformance::openMetricsSuite_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<bool>("shouldParse");
    const QDir suite(m_data + QStringLiteral("/openmetrics_parser_testdata"));
    const QStringList cases = suite.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 211);
    for (const QString &c : cases) {
        const QJsonObject test =
            QJsonDocument::fromJson(readFile(suite.filePath(c + QStringLiteral("/test.json")))).object();
        QVERIFY2(test.contains(QStringLiteral("shouldParse")), qPrintable(c));
        QTest::newRow(qPrintable(c)) << suite.filePath(c + QLatin1Char('/')
                                                       + test.value(QStringLiteral("file")).toString())
                                     << test.value(QStringLiteral("shouldParse")).toBool();
    }
}

void TestExpositionConformance::openMetricsSuite()
{
    QFETCH(QString, dir);
    QFETCH(bool, shouldParse);
    const QByteArray body = readFile(dir);

    ExpositionParser::Options options;
    options.format = ExpositionFormat::OpenMetrics;
    const ExpositionParser parser(options);
    CountingVisitor visitor;
    ExpositionError error;
    const bool ok = parser.parse(body, visitor, &error);
    QVERIFY2(ok == shouldParse, qPrintable(ok ? QStringLiteral("accepted") : error.toString()));
    if (!ok) {
        QVERIFY(error.line >= 1);
        QVERIFY(!error.message.isEmpty());
    }
    // The materialising API agrees with the visitor API.
    ExpositionError error2;
    QCOMPARE(parser.families(body, &error2).has_value(), ok);
    QCOMPARE(error2.line, error.line);
}

void TestExpositionConformance::openMetricsExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(m_data + QStringLiteral("/openmetrics_examples"));
    for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestExpositionConformance::openMetricsExamples()
{
    QFETCH(QString, file);
    const QByteArray body = readFile(file);
    QCOMPARE(ExpositionParser::sniffFormat(body), ExpositionFormat::OpenMetrics);
    ExpositionError error;
    const auto families = ExpositionParser().families(body, &error);
    QVERIFY2(families, qPrintable(error.toString()));
    QVERIFY(!families->isEmpty());
    for (const MetricFamily &f : *families)
        if (f.name == u"process_cpu_seconds") {
            QCOMPARE(f.type, MetricType::Counter);
            QCOMPARE(f.unit, QStringLiteral("seconds"));
            QCOMPARE(f.points.size(), 1);
            QCOMPARE(f.points[0].name, QStringLiteral("process_cpu_seconds_total"));
            QCOMPARE(f.points[0].value, 4.20072246e+06);
        }
}

void TestExpositionConformance::textExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(m_data + QStringLiteral("/text"));
    const QStringList files = dir.entryList({ QStringLiteral("*.prom") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestExpositionConformance::textExamples()
{
    QFETCH(QString, file);
    const QByteArray body = readFile(file);
    QCOMPARE(ExpositionParser::sniffFormat(body), ExpositionFormat::PrometheusText);
    // The Content-Type the body was served with, where it was recorded.
    QFile headers(file.chopped(5) + QStringLiteral(".headers"));
    if (headers.open(QIODevice::ReadOnly)) {
        QByteArray contentType;
        for (const QByteArray &line : headers.readAll().split('\n'))
            if (line.toLower().startsWith("content-type:"))
                contentType = line.mid(13).trimmed();
        QVERIFY2(!contentType.isEmpty(), "the .headers file has no Content-Type");
        QCOMPARE(ExpositionParser::formatFromContentType(contentType), ExpositionFormat::PrometheusText);
        // The header decides even where the body alone would be taken for OpenMetrics.
        QCOMPARE(ExpositionParser::detectFormat(contentType, QByteArray(body + "# EOF\n")),
                 ExpositionFormat::PrometheusText);
    }
    // Every sample line is delivered: count lines that are neither comments nor blank.
    int expected = 0;
    for (const QByteArray &line : body.split('\n'))
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith('#'))
            ++expected;
    for (bool strict : { false, true }) {
        ExpositionParser::Options options;
        options.strict = strict;
        CountingVisitor visitor;
        ExpositionError error;
        QVERIFY2(ExpositionParser(options).parse(body, visitor, &error), qPrintable(error.toString()));
        QCOMPARE(visitor.samples, expected);
    }
}

namespace {

// Every sample of a body as "name{labels as parsed} value @timestamp".
class RecordingVisitor : public ExpositionVisitor
{
public:
    bool family(const ExpositionFamily &) override { return true; }
    void sample(const ExpositionSample &s) override
    {
        QHash<QString, QString> labels;
        for (const char *name : { "method", "code", "path", "error", "problem", "le", "quantile" })
            if (s.hasLabel(name))
                labels.insert(QString::fromLatin1(name), s.label(name));
        samples.append({ QString::fromUtf8(s.name()), labels, s.value(), s.timestampMs() });
    }
    struct Recorded
    {
        QString name;
        QHash<QString, QString> labels;
        double value;
        std::optional<qint64> timestampMs;
    };
    QList<Recorded> samples;
};

} // namespace

void TestExpositionConformance::textDocsExampleValues()
{
    // The exposition format docs' own example: values, escapes and
    // timestamps as the docs define them, not just "it parses".
    const QByteArray body =
        readFile(m_data + QStringLiteral("/text/prom_docs_exposition_text_format_example_verbatim.prom"));
    RecordingVisitor v;
    ExpositionError error;
    QVERIFY2(ExpositionParser().parse(body, v, &error), qPrintable(error.toString()));
    QCOMPARE(v.samples.size(), 20);
    auto find = [&](const QString &name, const QString &label = {}, const QString &value = {}) {
        for (const auto &s : std::as_const(v.samples))
            if (s.name == name && (label.isEmpty() || s.labels.value(label) == value))
                return s;
        return RecordingVisitor::Recorded { QString(), {}, -1, std::nullopt };
    };

    const auto post200 =
        find(QStringLiteral("http_requests_total"), QStringLiteral("code"), QStringLiteral("200"));
    QCOMPARE(post200.labels.value(QStringLiteral("method")), QStringLiteral("post"));
    QCOMPARE(post200.value, 1027.0);
    QCOMPARE(post200.timestampMs, std::optional<qint64>(1395066363000));
    // Extra blanks between value and timestamp.
    QCOMPARE(find(QStringLiteral("http_requests_total"), QStringLiteral("code"), QStringLiteral("400")).value,
             3.0);

    const auto msdos = find(QStringLiteral("msdos_file_access_time_seconds"));
    QCOMPARE(msdos.labels.value(QStringLiteral("path")), QStringLiteral("C:\\DIR\\FILE.TXT"));
    QCOMPARE(msdos.labels.value(QStringLiteral("error")), QStringLiteral("Cannot find file:\n\"FILE.TXT\""));
    QCOMPARE(msdos.value, 1.458255915e9);
    QVERIFY(!msdos.timestampMs);

    const auto minimal = find(QStringLiteral("metric_without_timestamp_and_labels"));
    QCOMPARE(minimal.value, 12.47);
    QVERIFY(minimal.labels.isEmpty());

    // +Inf, and a timestamp before the epoch.
    const auto weird = find(QStringLiteral("something_weird"));
    QCOMPARE(weird.labels.value(QStringLiteral("problem")), QStringLiteral("division by zero"));
    QVERIFY(std::isinf(weird.value) && weird.value > 0);
    QCOMPARE(weird.timestampMs, std::optional<qint64>(-3982045));

    const auto infBucket = find(QStringLiteral("http_request_duration_seconds_bucket"), QStringLiteral("le"),
                                QStringLiteral("+Inf"));
    QCOMPARE(infBucket.value, 144320.0);
    QCOMPARE(find(QStringLiteral("http_request_duration_seconds_bucket"), QStringLiteral("le"),
                  QStringLiteral("0.05"))
                 .value,
             24054.0);
    QCOMPARE(find(QStringLiteral("telemetry_requests_metrics_latency_microseconds"),
                  QStringLiteral("quantile"), QStringLiteral("0.99"))
                 .value,
             76656.0);
    QCOMPARE(find(QStringLiteral("telemetry_requests_metrics_latency_microseconds_sum")).value,
             1.7560473e+07);
}

void TestExpositionConformance::promtoolCases_data()
{
    // Rows come from promtool's recorded results, so a new case there is a new row here.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("errorLine");
    const QString dir = m_data + QStringLiteral("/promtool_cases/");
    const QList<QByteArray> lines = readFile(dir + QStringLiteral("promtool_2.42_results.txt")).split('\n');
    static const QRegularExpression lineRe(QStringLiteral("parsing error in line (\\d+)"));
    QString current;
    int errorLine = 0;
    for (const QByteArray &l : lines) {
        const QString text = QString::fromUtf8(l);
        if (text.startsWith(u"== ")) {
            current = text.mid(3).trimmed();
            errorLine = 0;
        } else if (const auto m = lineRe.match(text); m.hasMatch()) {
            errorLine = m.captured(1).toInt();
        } else if (text.startsWith(u"exit=")) {
            QTest::newRow(qPrintable(current)) << dir + current << text.mid(5).toInt() << errorLine;
        }
    }
}

void TestExpositionConformance::promtoolCases()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(int, errorLine);
    const QByteArray body = readFile(file);

    // Strict mode agrees with promtool: exit 1 = parse error (at the same
    // line), 0 or 3 (lint warnings only) = parses.
    ExpositionParser::Options strict;
    strict.strict = true;
    CountingVisitor v1;
    ExpositionError error;
    const bool ok = ExpositionParser(strict).parse(body, v1, &error);
    QVERIFY2(ok == (exitCode != 1), qPrintable(error.toString()));
    if (!ok)
        QCOMPARE(error.line, errorLine);

    // The default mode only differs in accepting a repeated HELP (Kong does that).
    CountingVisitor v2;
    ExpositionError error2;
    const bool lenientOk = ExpositionParser().parse(body, v2, &error2);
    const bool repeatedHelp = file.endsWith(u"dup_help.prom");
    QVERIFY2(lenientOk == (ok || repeatedHelp), qPrintable(error2.toString()));
}

QTEST_GUILESS_MAIN(TestExpositionConformance)
#include "tst_expositionconformance.moc"
