#include "sources/prometheussource.h"
#include "tinyhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <cmath>

using namespace Bandwatch;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// A recorded `curl -i` answer (.http) or a bare JSON body (.json) as a response.
TestHttp::Response fixtureResponse(const QString &name)
{
    const QByteArray raw = readData(name);
    TestHttp::Response r;
    if (!name.endsWith(u".http")) {
        r.body = raw;
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return r;
    }
    const qsizetype split = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> head = raw.left(split).split('\n');
    const QList<QByteArray> status = head.value(0).trimmed().split(' ');
    r.status = status.value(1).toInt();
    r.reason = status.mid(2).join(' ');
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray line = head[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray header = line.left(colon).trimmed();
        if (header.compare("Content-Length", Qt::CaseInsensitive) != 0 && !header.isEmpty())
            r.headers.append(QPair<QByteArray, QByteArray>(header, line.mid(colon + 1).trimmed()));
    }
    r.body = raw.mid(split + 4);
    return r;
}

TestHttp::Response jsonResponse(const QByteArray &json, int status = 200)
{
    TestHttp::Response r;
    r.status = status;
    r.reason = status == 200 ? "OK" : "Bad Request";
    r.body = json;
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return r;
}

struct PollOutcome
{
    bool answered = false;
    bool ok = false;
    int answers = 0;
    SampleList samples;
    QString message;
    qint64 retryAfterMs = -1;
};

PollOutcome pollOnce(Source *source)
{
    QSignalSpy ok(source, &Source::pollSucceeded);
    QSignalSpy failed(source, &Source::pollFailed);
    QSignalSpy progress(source, &Source::pollProgress);
    source->poll();
    QElapsedTimer t;
    t.start();
    while (ok.count() + failed.count() == 0 && t.elapsed() < 30000)
        QTest::qWait(5);
    QTest::qWait(20);
    PollOutcome out;
    out.answers = int(ok.count() + failed.count());
    out.answered = out.answers > 0;
    // Chunks committed on the way are stored as well as the final answer.
    for (const QList<QVariant> &p : std::as_const(progress))
        out.samples += p.at(0).value<SampleList>();
    if (ok.count() == 1) {
        out.ok = true;
        out.samples += ok.at(0).at(0).value<SampleList>();
    } else if (failed.count() == 1) {
        out.message = failed.at(0).at(0).toString();
        out.retryAfterMs = failed.at(0).at(1).toLongLong();
    }
    return out;
}

SourceConfig promConfig(const QUrl &url, const QVariantMap &options)
{
    SourceConfig c;
    c.id = QStringLiteral("prom");
    c.type = QStringLiteral("prometheus");
    c.timeout = std::chrono::seconds(10);
    c.options = options;
    c.options.insert(QStringLiteral("url"), url.toString());
    // Most cases pin the fetched range to the fixture's time; the default
    // delay has a case of its own.
    if (!c.options.contains(QStringLiteral("delay")))
        c.options.insert(QStringLiteral("delay"), QStringLiteral("0s"));
    else if (c.options.value(QStringLiteral("delay")).toString().isEmpty())
        c.options.remove(QStringLiteral("delay"));
    if (!c.options.contains(QStringLiteral("query")))
        c.options.insert(QStringLiteral("query"),
                         QStringLiteral("sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))"));
    return c;
}

QString shortKey(const Sample &s)
{
    return s.key.series + u'|' + directionName(s.key.direction);
}

// Expected bytes of a rate fixture: sum over its points of value x step (/8 for bits).
QMap<QString, double> rateTruth(const QByteArray &body, const QString &seriesLabel, double stepSeconds,
                                bool bits)
{
    QMap<QString, double> out;
    const QJsonArray result = QJsonDocument::fromJson(body)
                                  .object()[QStringLiteral("data")]
                                  .toObject()[QStringLiteral("result")]
                                  .toArray();
    for (const QJsonValue &s : result) {
        const QJsonObject metric = s.toObject()[QStringLiteral("metric")].toObject();
        const QString dir = metric.value(QStringLiteral("direction")).toString();
        const QString name = seriesLabel.isEmpty() || metric.value(seriesLabel).toString().isEmpty()
            ? QStringLiteral("total")
            : metric.value(seriesLabel).toString();
        const QString key = name + u'|' + (dir == u"ingress" ? u"in" : (dir.isEmpty() ? u"out" : u"out"));
        for (const QJsonValue &p : s.toObject()[QStringLiteral("values")].toArray())
            out[key] += p.toArray().at(1).toString().toDouble() * stepSeconds / (bits ? 8.0 : 1.0);
    }
    return out;
}

// start/end/step (ms) of a query_range form body.
struct RangeQuery
{
    qint64 start = 0, end = 0, step = 0;
    qint64 points() const { return step > 0 ? (end - start) / step + 1 : 0; }
};

RangeQuery rangeOf(const TestHttp::Request &req)
{
    const QUrlQuery q(QString::fromUtf8(req.body));
    auto ms = [&](const char *name) {
        return qint64(std::llround(q.queryItemValue(QString::fromLatin1(name)).toDouble() * 1000));
    };
    return { ms("start"), ms("end"), ms("step") };
}

// A matrix answer with `value` at every step of the range.
TestHttp::Response constantRange(const RangeQuery &r, const QByteArray &value)
{
    QByteArray values;
    for (qint64 t = r.start; t <= r.end; t += r.step)
        values += (values.isEmpty() ? "" : ",") + QByteArray("[")
            + QByteArray::number(double(t) / 1000.0, 'f', 3) + ",\"" + value + "\"]";
    return jsonResponse(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"s","direction":"egress"},"values":[)"
        + values + "]}]}}");
}

constexpr qint64 kNow = 1795300020000; // the fixtures' time, a multiple of 60 s

} // namespace

class TestPrometheusSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
    void rateFixturesMatchTheirPoints_data();
    void rateFixturesMatchTheirPoints();
    void countersBecomeExactDeltas();
    void backfillSplitsAt11000Points_data();
    void backfillSplitsAt11000Points();
    void failedChunkKeepsCommittedChunks();
    void slowBackfillCompletesOverSeveralPolls();
    void oversizedChunkIsHalved();
    void defaultDelayRereadsNothingTooEarly_data();
    void defaultDelayRereadsNothingTooEarly();
    void firstInstantPollStartsAfterLastStored();
    void hugeCountersAndDroppedPoints();
    void unreadableCaFileFailsThePoll();
    void requestIsWellFormed();
    void abortEmitsNothing();
    void validate_data();
    void validate();
};

void TestPrometheusSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Bandwatch::SampleList>();
}

void TestPrometheusSource::replay_data()
{
    QTest::addColumn<QString>("fixture"); // data file, or empty to use `body`
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("samples");
    QTest::addColumn<bool>("known"); // false: a data file without expectations

    const QVariantMap rates { { QStringLiteral("series_labels"), QStringList { QStringLiteral("service") } },
                              { QStringLiteral("step"), QStringLiteral("15s") } };
    struct Expectation
    {
        QVariantMap options;
        bool ok;
        QString messagePart;
        int samples;
    };
    // Every file in data/ is a case: a new one fails until it is listed here.
    const QHash<QString, Expectation> expectations {
        { QStringLiteral("prom_2.42_query_range_rate_by_service_direction.json"),
          { rates, true, QString(), 24 } },
        { QStringLiteral("prom_2.42_query_range_raw_counters.json"),
          { QVariantMap { { QStringLiteral("value"), QStringLiteral("counter") },
                          { QStringLiteral("series_labels"),
                            QStringList { QStringLiteral("service"), QStringLiteral("route") } },
                          { QStringLiteral("step"), QStringLiteral("15s") } },
            true, QString(), 24 } },
        { QStringLiteral("prom_2.42_query_range_POST_bits_per_second.http"),
          { QVariantMap { { QStringLiteral("value"), QStringLiteral("bits_per_second") },
                          { QStringLiteral("direction"), QStringLiteral("out") },
                          { QStringLiteral("step"), QStringLiteral("30s") } },
            true, QString(), 3 } },
        { QStringLiteral("prom_docs_v2.42_query_range_example_verbatim.json"),
          { QVariantMap { { QStringLiteral("series_labels"), QStringList { QStringLiteral("job") } } }, true,
            QString(), 6 } },
        { QStringLiteral("prom_2.42_query_range_empty_result.http"), { rates, true, QString(), 0 } },
        { QStringLiteral("prom_2.42_query_range_error_bad_query.http"),
          { rates, false, QStringLiteral("bad_data: 1:31: parse error: unclosed left parenthesis"), 0 } },
        { QStringLiteral("prom_2.42_query_range_error_end_before_start.http"),
          { rates, false, QStringLiteral("end timestamp must not be before start time"), 0 } },
        { QStringLiteral("prom_2.42_query_range_error_too_many_points.http"),
          { rates, false, QStringLiteral("exceeded maximum resolution of 11,000 points"), 0 } },
        { QStringLiteral("prom_2.42_query_instant_vector.http"),
          { QVariantMap { { QStringLiteral("mode"), QStringLiteral("instant") },
                          { QStringLiteral("series_labels"),
                            QStringList { QStringLiteral("service"), QStringLiteral("route") } } },
            true, QString(), 4 } },
    };
    const QDir data(QFileInfo(QFINDTESTDATA("data/SOURCES.md")).absolutePath());
    const QStringList files = data.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() > expectations.size());
    for (const QString &f : files) {
        if (f == u"SOURCES.md")
            continue;
        const auto e = expectations.constFind(f);
        if (e == expectations.cend())
            QTest::newRow(qPrintable(f))
                << f << QByteArray() << 0 << QVariantMap() << false << QString() << 0 << false;
        else
            QTest::newRow(qPrintable(f))
                << f << QByteArray() << 0 << e->options << e->ok << e->messagePart << e->samples << true;
    }
    QTest::newRow("string result")
        << QString()
        << QByteArray(
               R"({"status":"success","data":{"resultType":"string","result":[1795300020.494,"hello"]}})")
        << 200 << rates << false << "returns a string" << 0 << true;
    QTest::newRow("scalar result")
        << QString()
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1795300020,"125"]}})")
        << 200 << QVariantMap { { QStringLiteral("mode"), QStringLiteral("instant") } } << true << QString()
        << 1 << true;
    QTest::newRow("NaN and Inf points dropped")
        << QString()
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"a","direction":"egress"},"values":[[1795299960,"NaN"],[1795299975,"+Inf"],[1795299990,"1e+03"],[1795300005,"-5"]]}]}})")
        << 200 << rates << true << QString() << 1 << true;
    QTest::newRow("numbers instead of strings")
        << QString()
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"a"},"values":[[1795299960,10],[1795299975,20]]}]}})")
        << 200 << rates << true << QString() << 2 << true;
    QTest::newRow("unknown direction value")
        << QString()
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"a","direction":"sideways"},"values":[[1795299960,"1"]]}]}})")
        << 200 << rates << false << "sideways" << 0 << true;
    QTest::newRow("truncated JSON")
        << QString() << readData(QStringLiteral("prom_2.42_query_range_raw_counters.json")).chopped(40) << 200
        << rates << false << "not valid JSON" << 0 << true;
    QTest::newRow("not an API answer") << QString() << QByteArray("<html>proxy error</html>") << 200 << rates
                                       << false << "not valid JSON" << 0 << true;
    QTest::newRow("error status without JSON")
        << QString() << QByteArray("gateway timeout") << 504 << rates << false << "HTTP 504" << 0 << true;
    QTest::newRow("malformed point")
        << QString()
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["x","1"]]}]}})")
        << 200 << rates << false << "[time, \"value\"]" << 0 << true;
}

void TestPrometheusSource::replay()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QVariantMap, options);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);
    QFETCH(int, samples);
    QFETCH(bool, known);
    if (!known)
        QFAIL(
            qPrintable(QStringLiteral("data/%1 has no expectations: add expectations for it to replay_data()")
                           .arg(fixture)));

    TestHttp::Server server([&](const TestHttp::Request &) {
        return fixture.isEmpty() ? jsonResponse(body, status) : fixtureResponse(fixture);
    });
    QVERIFY(server.listen());
    const SourceConfig config = promConfig(server.url(QStringLiteral("/")), options);
    QVERIFY(PrometheusSource::validate(config).isEmpty());
    PrometheusSource source(config);
    source.setClock([] { return kNow + 30000; });
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - 600000, Qt::UTC));
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(o.answers, 1);
    QVERIFY2(o.ok == ok, qPrintable(o.message));
    QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
    QCOMPARE(o.samples.size(), samples);
    for (const Sample &s : o.samples) {
        QCOMPARE(s.key.source, config.id);
        QVERIFY(s.endMs > s.startMs);
        QVERIFY(s.bps >= 0);
    }
    for (int i = 1; i < o.samples.size(); ++i)
        QVERIFY(o.samples[i - 1].endMs <= o.samples[i].endMs);
}

void TestPrometheusSource::rateFixturesMatchTheirPoints_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("seriesLabel");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("stepSeconds");
    QTest::newRow("bytes/s by service") << "prom_2.42_query_range_rate_by_service_direction.json"
                                        << "service"
                                        << "bytes_per_second" << 15;
    QTest::newRow("bits/s total") << "prom_2.42_query_range_POST_bits_per_second.http"
                                  << ""
                                  << "bits_per_second" << 30;
}

void TestPrometheusSource::rateFixturesMatchTheirPoints()
{
    QFETCH(QString, fixture);
    QFETCH(QString, seriesLabel);
    QFETCH(QString, value);
    QFETCH(int, stepSeconds);
    const TestHttp::Response response = fixtureResponse(fixture);
    TestHttp::Server server([&](const TestHttp::Request &) { return response; });
    QVERIFY(server.listen());
    QVariantMap options { { QStringLiteral("value"), value },
                          { QStringLiteral("step"), QStringLiteral("%1s").arg(stepSeconds) },
                          { QStringLiteral("direction"), QStringLiteral("out") } };
    if (!seriesLabel.isEmpty())
        options.insert(QStringLiteral("series_labels"), QStringList { seriesLabel });
    PrometheusSource source(promConfig(server.url(QStringLiteral("/prom")), options));
    source.setClock([] { return kNow + 30000; });
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QMap<QString, double> stored;
    for (const Sample &s : o.samples) {
        stored[shortKey(s)] += double(s.bytes);
        QCOMPARE(s.endMs - s.startMs, qint64(stepSeconds) * 1000);
    }
    const QMap<QString, double> truth =
        rateTruth(response.body, seriesLabel, stepSeconds, value == u"bits_per_second");
    QCOMPARE(stored.keys(), truth.keys());
    // Fractions of a byte are carried from sample to sample, never lost.
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        QVERIFY2(std::abs(stored.value(it.key()) - std::floor(it.value())) <= 1.0,
                 qPrintable(QStringLiteral("%1: stored %2, true %3")
                                .arg(it.key())
                                .arg(stored.value(it.key()))
                                .arg(it.value())));
}

void TestPrometheusSource::countersBecomeExactDeltas()
{
    const TestHttp::Response response =
        fixtureResponse(QStringLiteral("prom_2.42_query_range_raw_counters.json"));
    TestHttp::Server server([&](const TestHttp::Request &) { return response; });
    QVERIFY(server.listen());
    PrometheusSource source(
        promConfig(server.url(QStringLiteral("/")),
                   { { QStringLiteral("value"), QStringLiteral("counter") },
                     { QStringLiteral("series_labels"),
                       QStringList { QStringLiteral("service"), QStringLiteral("route") } },
                     { QStringLiteral("step"), QStringLiteral("15s") } }));
    source.setClock([] { return kNow + 30000; });
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QMap<QString, quint64> stored;
    for (const Sample &s : o.samples) {
        stored[shortKey(s)] += s.bytes;
        QCOMPARE(s.endMs - s.startMs, 15000);
        QCOMPARE(s.key.labels.value(QStringLiteral("route")).isEmpty(), false);
    }
    // Last value minus first value of each series in the fixture.
    QCOMPARE(stored.value(QStringLiteral("files/files.download|out")), quint64(181000 - 19000));
    QCOMPARE(stored.value(QStringLiteral("files/files.download|in")), quint64(2050 - 250));
    QCOMPARE(stored.value(QStringLiteral("google/google.route-1|out")), quint64(30264 - 3264));
    QCOMPARE(stored.value(QStringLiteral("google/google.route-1|in")), quint64(8493 - 933));
}

void TestPrometheusSource::backfillSplitsAt11000Points_data()
{
    QTest::addColumn<QString>("maxPoints"); // empty: the default (the server's 11,000)
    QTest::addColumn<int>("requests");
    QTest::newRow("default limit") << QString() << 4; // 43,200 points
    QTest::newRow("max_points 5000") << QStringLiteral("5000") << 9;
}

void TestPrometheusSource::backfillSplitsAt11000Points()
{
    QFETCH(QString, maxPoints);
    QFETCH(int, requests);
    // A server that behaves like Prometheus: refuses more than 11,000 points,
    // otherwise returns 100 B/s at every step of the requested range.
    const QByteArray tooMany =
        fixtureResponse(QStringLiteral("prom_2.42_query_range_error_too_many_points.http")).body;
    QList<QPair<qint64, qint64>> ranges;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        const QUrlQuery q(QString::fromUtf8(req.body));
        const qint64 start =
            qint64(std::llround(q.queryItemValue(QStringLiteral("start")).toDouble() * 1000));
        const qint64 end = qint64(std::llround(q.queryItemValue(QStringLiteral("end")).toDouble() * 1000));
        const qint64 step = qint64(std::llround(q.queryItemValue(QStringLiteral("step")).toDouble() * 1000));
        if (req.path() != "/api/v1/query_range" || step <= 0 || end < start)
            return jsonResponse(R"({"status":"error","errorType":"bad_data","error":"bad request"})", 400);
        if ((end - start) / step + 1 > 11000)
            return jsonResponse(tooMany, 400);
        ranges.append({ start, end });
        QByteArray values;
        for (qint64 t = start; t <= end; t += step)
            values += (values.isEmpty() ? "" : ",") + QByteArray("[")
                + QByteArray::number(double(t) / 1000.0, 'f', 3) + ",\"100\"]";
        return jsonResponse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"s","direction":"egress"},"values":[)"
            + values + "]}]}}");
    });
    QVERIFY(server.listen());
    QVariantMap options { { QStringLiteral("series_labels"), QStringList { QStringLiteral("service") } },
                          { QStringLiteral("step"), QStringLiteral("60s") },
                          { QStringLiteral("max_backfill"), QStringLiteral("40d") } };
    if (!maxPoints.isEmpty())
        options.insert(QStringLiteral("max_points"), maxPoints);
    PrometheusSource source(promConfig(server.url(QStringLiteral("")), options));
    qint64 now = kNow;
    source.setClock([&] { return now; });
    const qint64 thirtyDays = 30LL * 24 * 3600 * 1000;
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - thirtyDays, Qt::UTC));

    PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(ranges.size(), requests);
    QCOMPARE(source.requestsInLastPoll(), requests);
    QCOMPARE(ranges.first().first,
             kNow - thirtyDays + 60000); // the first interval after the last stored sample
    QCOMPARE(ranges.last().second, kNow);
    for (int i = 1; i < ranges.size(); ++i)
        QCOMPARE(ranges[i].first, ranges[i - 1].second + 60000); // contiguous, no overlap
    QCOMPARE(o.samples.size(), 43200);
    quint64 total = 0;
    for (const Sample &s : o.samples)
        total += s.bytes;
    QCOMPARE(total, quint64(43200) * 6000);
    QCOMPARE(o.samples.first().startMs, kNow - thirtyDays);
    QCOMPARE(o.samples.last().endMs, kNow);

    // The next poll continues where this one ended.
    ranges.clear();
    now = kNow + 5 * 60000 + 1234;
    o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges[0], qMakePair(kNow + 60000, kNow + 5 * 60000));
    QCOMPARE(o.samples.size(), 5);

    // Polled again within the same step: nothing to fetch, nothing stored.
    ranges.clear();
    now += 1000;
    o = pollOnce(&source);
    QVERIFY(o.ok);
    QCOMPARE(o.samples.size(), 0);
    QCOMPARE(ranges.size(), 0);
}

void TestPrometheusSource::failedChunkKeepsCommittedChunks()
{
    int calls = 0;
    bool failThird = true;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        ++calls;
        if (failThird && calls == 3) {
            TestHttp::Response r =
                jsonResponse(R"({"status":"error","errorType":"unavailable","error":"too busy"})", 503);
            r.reason = "Service Unavailable";
            r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "7"));
            return r;
        }
        const QUrlQuery q(QString::fromUtf8(req.body));
        const double start = q.queryItemValue(QStringLiteral("start")).toDouble();
        const double end = q.queryItemValue(QStringLiteral("end")).toDouble();
        QByteArray values;
        for (double t = start; t <= end + 1e-6; t += 60)
            values +=
                (values.isEmpty() ? "" : ",") + QByteArray("[") + QByteArray::number(t, 'f', 3) + ",\"10\"]";
        return jsonResponse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"s"},"values":[)"
            + values + "]}]}}");
    });
    QVERIFY(server.listen());
    PrometheusSource source(promConfig(server.url(QStringLiteral("")),
                                       { { QStringLiteral("step"), QStringLiteral("1m") },
                                         { QStringLiteral("max_points"), QStringLiteral("100") } }));
    source.setClock([] { return kNow; });
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - 500 * 60000LL, Qt::UTC));
    PollOutcome o = pollOnce(&source);
    QVERIFY(!o.ok);
    QCOMPARE(o.retryAfterMs, 7000);
    QVERIFY2(o.message.contains(QLatin1String("unavailable: too busy")), qPrintable(o.message));
    QCOMPARE(calls, 3); // stopped at the failure
    // The two complete chunks before it are committed.
    QCOMPARE(o.samples.size(), 200);
    QCOMPARE(o.samples.first().startMs, kNow - 500 * 60000LL);

    failThird = false;
    o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.samples.size(), 300); // the rest, once
    QCOMPARE(o.samples.first().startMs, kNow - 300 * 60000LL);
    QCOMPARE(o.samples.last().endMs, kNow);
}

void TestPrometheusSource::slowBackfillCompletesOverSeveralPolls()
{
    // 1,000 steps in chunks of 100, each answer taking 300 ms: 3 s of
    // back-fill against a poll that is cut off after 1 s, like the runner's
    // timeout does. Every poll keeps its complete chunks, so the back-fill
    // ends, with every step stored exactly once.
    TestHttp::Server server([&](const TestHttp::Request &req) {
        TestHttp::Response r = constantRange(rangeOf(req), "10");
        r.delayMs = 300;
        return r;
    });
    QVERIFY(server.listen());
    PrometheusSource source(promConfig(server.url(QStringLiteral("")),
                                       { { QStringLiteral("step"), QStringLiteral("1m") },
                                         { QStringLiteral("max_points"), QStringLiteral("100") } }));
    source.setClock([] { return kNow; });
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - 1000 * 60000LL, Qt::UTC));
    QMap<qint64, quint64> stored; // by end
    bool done = false;
    int polls = 0;
    while (!done && polls < 12) {
        ++polls;
        QSignalSpy ok(&source, &Source::pollSucceeded);
        QSignalSpy failed(&source, &Source::pollFailed);
        QSignalSpy progress(&source, &Source::pollProgress);
        source.poll();
        QElapsedTimer t;
        t.start();
        while (ok.isEmpty() && failed.isEmpty() && t.elapsed() < 1000)
            QTest::qWait(5);
        if (ok.isEmpty() && failed.isEmpty())
            source.abort(); // the poll timed out
        QList<SampleList> parts;
        for (const QList<QVariant> &p : std::as_const(progress))
            parts << p.at(0).value<SampleList>();
        if (!ok.isEmpty()) {
            parts << ok.at(0).at(0).value<SampleList>();
            done = true;
        }
        for (const SampleList &part : std::as_const(parts))
            for (const Sample &s : part) {
                QVERIFY2(!stored.contains(s.endMs), "a step stored twice");
                stored.insert(s.endMs, s.bytes);
            }
    }
    QVERIFY2(done, "the back-fill never completed");
    QVERIFY(polls > 1);
    QCOMPARE(stored.size(), 1000);
    QCOMPARE(stored.firstKey(), kNow - 999 * 60000LL);
    QCOMPARE(stored.lastKey(), kNow);
    for (quint64 b : std::as_const(stored))
        QCOMPARE(b, quint64(600));
}

void TestPrometheusSource::oversizedChunkIsHalved()
{
    // At 1,000 points an answer is ~33 kB, over max_body 20 kB: the chunk is
    // split until its answers fit, and the back-fill completes in one poll.
    QList<RangeQuery> seen;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        seen << rangeOf(req);
        return constantRange(seen.last(), "10");
    });
    QVERIFY(server.listen());
    PrometheusSource source(promConfig(server.url(QStringLiteral("")),
                                       { { QStringLiteral("step"), QStringLiteral("1m") },
                                         { QStringLiteral("max_points"), QStringLiteral("1000") },
                                         { QStringLiteral("max_body"), QStringLiteral("20 KiB") } }));
    source.setClock([] { return kNow; });
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - 2000 * 60000LL, Qt::UTC));
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.samples.size(), 2000);
    QCOMPARE(seen.first().points(), 1000);
    QCOMPARE(seen.last().points(), 500); // later chunks start at the size that fitted
    quint64 total = 0;
    for (const Sample &s : o.samples)
        total += s.bytes;
    QCOMPARE(total, quint64(2000) * 600);
}

void TestPrometheusSource::defaultDelayRereadsNothingTooEarly_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("delay"); // empty: the default
    QTest::addColumn<qint64>("end");
    // The newest point is only read once later scrapes are in: max(30 s, step) behind.
    QTest::newRow("default, step 1m") << "1m"
                                      << "" << kNow - 60000;
    QTest::newRow("default, step 15s") << "15s"
                                       << "" << kNow + 15000;
    QTest::newRow("delay: 0s still works") << "1m"
                                           << "0s" << kNow;
    QTest::newRow("delay: 2m") << "1m"
                               << "2m" << kNow - 120000;
}

void TestPrometheusSource::defaultDelayRereadsNothingTooEarly()
{
    QFETCH(QString, step);
    QFETCH(QString, delay);
    QFETCH(qint64, end);
    QList<RangeQuery> seen;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        seen << rangeOf(req);
        return constantRange(seen.last(), "1");
    });
    QVERIFY(server.listen());
    PrometheusSource source(
        promConfig(server.url(QStringLiteral("")),
                   { { QStringLiteral("step"), step }, { QStringLiteral("delay"), delay } }));
    source.setClock([] { return kNow + 50000; });
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].end, end);
}

void TestPrometheusSource::firstInstantPollStartsAfterLastStored()
{
    // Restarted 10 s after the last stored sample: the first instant poll
    // covers those 10 s, not a whole interval that is partly stored already.
    TestHttp::Server server([&](const TestHttp::Request &) {
        return jsonResponse(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"service":"s"},"value":[1795300020,"100"]}]}})");
    });
    QVERIFY(server.listen());
    SourceConfig config =
        promConfig(server.url(QStringLiteral("")), { { QStringLiteral("mode"), QStringLiteral("instant") } });
    config.interval = std::chrono::seconds(60);
    PrometheusSource source(config);
    qint64 now = kNow;
    source.setClock([&] { return now; });
    source.resumeAfter(QDateTime::fromMSecsSinceEpoch(kNow - 10000, Qt::UTC));
    PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.samples.size(), 1);
    QCOMPARE(o.samples[0].startMs, kNow - 10000);
    QCOMPARE(o.samples[0].bytes, quint64(1000));
    now += 60000;
    o = pollOnce(&source);
    QCOMPARE(o.samples.size(), 1);
    QCOMPARE(o.samples[0].startMs, kNow);
    QCOMPARE(o.samples[0].bytes, quint64(6000));
}

void TestPrometheusSource::hugeCountersAndDroppedPoints()
{
    // Counters above 2^63 (llround's limit) still give exact deltas; NaN
    // points are dropped, and said so once per poll.
    TestHttp::Server server([&](const TestHttp::Request &) {
        return jsonResponse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"s"},"values":[)"
            R"([1795299960,"12000000000000000000"],[1795299975,"NaN"],[1795299990,"12000000000000004096"],[1795300005,"+Inf"],[1795300020,"12000000000000008192"]]}]}})");
    });
    QVERIFY(server.listen());
    PrometheusSource source(promConfig(server.url(QStringLiteral("")),
                                       { { QStringLiteral("value"), QStringLiteral("counter") },
                                         { QStringLiteral("step"), QStringLiteral("15s") } }));
    source.setClock([] { return kNow; });
    source.setBackfillFrom(QDateTime::fromMSecsSinceEpoch(kNow - 60000, Qt::UTC));
    QTest::ignoreMessage(QtWarningMsg,
                         "source prom: dropped 2 points that were not finite numbers (NaN or Inf)");
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.samples.size(), 2);
    QCOMPARE(o.samples[0].bytes, quint64(4096));
    QCOMPARE(o.samples[1].bytes, quint64(4096));
}

void TestPrometheusSource::unreadableCaFileFailsThePoll()
{
    // Falling back to the system CAs would trust servers the user excluded.
    TestHttp::Server server([&](const TestHttp::Request &) { return jsonResponse("{}"); });
    QVERIFY(server.listen());
    const QString missing = QDir::temp().filePath(QStringLiteral("bandwatch-no-such-ca.pem"));
    PrometheusSource source(
        promConfig(server.url(QStringLiteral("")), { { QStringLiteral("ca_file"), missing } }));
    source.setClock([] { return kNow; });
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QVERIFY2(o.message.contains(missing), qPrintable(o.message));
    QVERIFY(server.requests().isEmpty());
}

void TestPrometheusSource::requestIsWellFormed()
{
    TestHttp::Request seen;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        seen = req;
        return fixtureResponse(QStringLiteral("prom_2.42_query_range_empty_result.http"));
    });
    QVERIFY(server.listen());
    const QString query = QStringLiteral("sum(rate(x{a=\"b&c\"}[1m])) + 1");
    PrometheusSource source(promConfig(server.url(QStringLiteral("/prefix/")),
                                       { { QStringLiteral("query"), query },
                                         { QStringLiteral("step"), QStringLiteral("30s") },
                                         { QStringLiteral("token"), QStringLiteral("tkn") } }));
    source.setClock([] { return kNow + 45000; });
    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path(), QByteArray("/prefix/api/v1/query_range"));
    QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer tkn"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.setQuery(QString::fromUtf8(seen.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), query);
    QCOMPARE(form.queryItemValue(QStringLiteral("step")), QStringLiteral("30.000"));
    // No back-fill: only the latest complete step.
    QCOMPARE(form.queryItemValue(QStringLiteral("start")), QStringLiteral("1795300050.000"));
    QCOMPARE(form.queryItemValue(QStringLiteral("end")), QStringLiteral("1795300050.000"));
}

void TestPrometheusSource::abortEmitsNothing()
{
    TestHttp::Server server([&](const TestHttp::Request &) {
        TestHttp::Response r;
        r.neverAnswer = true;
        return r;
    });
    QVERIFY(server.listen());
    PrometheusSource source(
        promConfig(server.url(QString()), { { QStringLiteral("step"), QStringLiteral("1m") } }));
    qint64 now = kNow;
    source.setClock([&] { return now; });
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll(); // a request in flight
    QTest::qWait(100);
    source.abort();
    QTest::qWait(100);
    QCOMPARE(ok.count() + failed.count(), 0);
    QCOMPARE(server.requests().size(), 1);

    // A poll with nothing to fetch answers asynchronously; abort() cancels that too.
    server.setHandler([](const TestHttp::Request &) {
        return fixtureResponse(QStringLiteral("prom_2.42_query_range_empty_result.http"));
    });
    QVERIFY(pollOnce(&source).ok);
    ok.clear();
    now += 1000; // same step: nothing new
    source.poll();
    source.abort();
    QTest::qWait(100);
    QCOMPARE(ok.count() + failed.count(), 0);
}

void TestPrometheusSource::validate_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QStringList>("issueKeys");
    const QString u = QStringLiteral("http://prometheus:9090");
    const QString q = QStringLiteral("up");
    auto m = [](std::initializer_list<std::pair<const char *, QVariant>> kv) {
        QVariantMap map;
        for (const auto &p : kv)
            map.insert(QLatin1String(p.first), p.second);
        return map;
    };
    QTest::newRow("minimal") << m({ { "url", u }, { "query", q } }) << QStringList();
    QTest::newRow("ca_file missing") << m(
        { { "url", u }, { "query", q }, { "ca_file", QStringLiteral("/nonexistent/ca.pem") } })
                                     << QStringList { QStringLiteral("ca_file") };
    QTest::newRow("everything") << m({ { "url", u },
                                       { "query", q },
                                       { "value", QStringLiteral("counter") },
                                       { "series_labels", QStringList { QStringLiteral("service") } },
                                       { "direction_label", QStringLiteral("dir") },
                                       { "direction", QStringLiteral("out") },
                                       { "mode", QStringLiteral("range") },
                                       { "step", QStringLiteral("30s") },
                                       { "delay", QStringLiteral("1m") },
                                       { "max_backfill", QStringLiteral("30d") },
                                       { "max_points", QStringLiteral("500") },
                                       { "max_body", QStringLiteral("8 MiB") },
                                       { "username", QStringLiteral("u") },
                                       { "password", QStringLiteral("p") } })
                                << QStringList();
    QTest::newRow("no url, no query")
        << QVariantMap() << QStringList { QStringLiteral("url"), QStringLiteral("query") };
    QTest::newRow("bad url") << m({ { "url", QStringLiteral("prometheus:9090") }, { "query", q } })
                             << QStringList { QStringLiteral("url") };
    QTest::newRow("bad value") << m({ { "url", u }, { "query", q }, { "value", QStringLiteral("bytes") } })
                               << QStringList { QStringLiteral("value") };
    QTest::newRow("bad mode") << m({ { "url", u }, { "query", q }, { "mode", QStringLiteral("stream") } })
                              << QStringList { QStringLiteral("mode") };
    QTest::newRow("bad direction") << m(
        { { "url", u }, { "query", q }, { "direction", QStringLiteral("up") } })
                                   << QStringList { QStringLiteral("direction") };
    QTest::newRow("step too small") << m(
        { { "url", u }, { "query", q }, { "step", QStringLiteral("250ms") } })
                                    << QStringList { QStringLiteral("step") };
    QTest::newRow("bad step") << m({ { "url", u }, { "query", q }, { "step", QStringLiteral("often") } })
                              << QStringList { QStringLiteral("step") };
    QTest::newRow("too many points") << m(
        { { "url", u }, { "query", q }, { "max_points", QStringLiteral("20000") } })
                                     << QStringList { QStringLiteral("max_points") };
    QTest::newRow("unknown key") << m(
        { { "url", u }, { "query", q }, { "insecure", QStringLiteral("true") } })
                                 << QStringList { QStringLiteral("insecure") };
}

void TestPrometheusSource::validate()
{
    QFETCH(QVariantMap, options);
    QFETCH(QStringList, issueKeys);
    SourceConfig c;
    c.id = QStringLiteral("p");
    c.type = QStringLiteral("prometheus");
    c.options = options;
    QStringList keys;
    for (const ConfigIssue &i : PrometheusSource::validate(c)) {
        keys << i.key;
        QVERIFY(!i.message.isEmpty());
    }
    keys.sort();
    issueKeys.sort();
    QCOMPARE(keys, issueKeys);
}

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheussource.moc"
