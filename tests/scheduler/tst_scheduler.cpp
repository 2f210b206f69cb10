#include "app/scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

// A source whose behaviour the test sets: answer, fail, or never answer.
class FakeSource : public Source
{
public:
    enum class Mode {
        Succeed,
        Fail,
        Hang,
        FailWithRetryAfter,
        HangThenLateAnswer,
        Degraded,
        ProgressThenHang
    };

    FakeSource(const QString &id, std::chrono::milliseconds interval, std::chrono::milliseconds timeout,
               Mode mode)
        : Source(makeConfig(id, interval, timeout))
        , m_mode(mode)
    { }
    static SourceConfig makeConfig(const QString &id, std::chrono::milliseconds interval,
                                   std::chrono::milliseconds timeout)
    {
        SourceConfig c;
        c.id = id;
        c.type = QStringLiteral("fake");
        c.interval = interval;
        c.timeout = timeout;
        return c;
    }

    void poll() override
    {
        ++polls;
        pollTimes << m_clock.elapsed();
        switch (m_mode) {
        case Mode::Succeed: {
            Sample s;
            s.key.source = id();
            s.key.series = QStringLiteral("s");
            s.bytes = 1;
            QTimer::singleShot(0, this, [this, s] { Q_EMIT pollSucceeded({ s }); });
            break;
        }
        case Mode::Fail:
            QTimer::singleShot(0, this, [this] { Q_EMIT pollFailed(QStringLiteral("boom")); });
            break;
        case Mode::FailWithRetryAfter:
            QTimer::singleShot(0, this, [this] { Q_EMIT pollFailed(QStringLiteral("HTTP 429"), 400); });
            break;
        case Mode::Hang:
            break;
        case Mode::Degraded:
            // Stored, but one of its parts failed.
            QTimer::singleShot(0, this, [this] {
                Q_EMIT pollDegraded(QStringLiteral("node http://b/metrics: down"));
                Q_EMIT pollSucceeded({});
            });
            break;
        case Mode::ProgressThenHang: {
            // A complete chunk, then the rest never comes (the runner's timeout cuts it off).
            Sample s;
            s.key.source = id();
            s.key.series = QStringLiteral("chunk");
            s.bytes = 7;
            QTimer::singleShot(0, this, [this, s] { Q_EMIT pollProgress({ s }); });
            break;
        }
        case Mode::HangThenLateAnswer:
            // Answers long after the timeout: the runner must ignore it.
            QTimer::singleShot(300, this, [this] { Q_EMIT pollSucceeded({}); });
            break;
        }
    }
    void abort() override { ++aborts; }

    void setMode(Mode m) { m_mode = m; }

    int polls = 0;
    int aborts = 0;
    QList<qint64> pollTimes;

private:
    Mode m_mode;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Bandwatch::SampleList>();
    }

    void backoff_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("maxMs");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("first failure") << 1000 << 1 << 60000 << 1000;
        QTest::newRow("second") << 1000 << 2 << 60000 << 2000;
        QTest::newRow("fifth") << 1000 << 5 << 60000 << 16000;
        QTest::newRow("capped") << 1000 << 10 << 60000 << 60000;
        QTest::newRow("huge count capped") << 1000 << 1000000 << 60000 << 60000;
        QTest::newRow("interval above cap") << 120000 << 3 << 60000 << 120000;
    }
    void backoff()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, failures);
        QFETCH(int, maxMs);
        QFETCH(int, expectedMs);
        QCOMPARE(SourceRunner::backoffDelay(std::chrono::milliseconds(intervalMs), failures,
                                            std::chrono::milliseconds(maxMs))
                     .count(),
                 qint64(expectedMs));
    }

    // A hanging and a failing source run beside a healthy one: the healthy
    // one keeps its pace.
    void jitter_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<double>("u");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("lowest") << 5000 << 0.1 << 0.0 << 4500;
        QTest::newRow("middle") << 5000 << 0.1 << 0.5 << 5000;
        QTest::newRow("highest") << 5000 << 0.1 << 0.999999 << 5499;
        QTest::newRow("quarter") << 60000 << 0.1 << 0.25 << 57000;
        QTest::newRow("no jitter") << 5000 << 0.0 << 0.9 << 5000;
        QTest::newRow("never negative") << 10 << 2.0 << 0.0 << 0;
    }
    void jitter()
    {
        QFETCH(int, intervalMs);
        QFETCH(double, fraction);
        QFETCH(double, u);
        QFETCH(int, expectedMs);
        QCOMPARE(int(SourceRunner::jitteredDelay(std::chrono::milliseconds(intervalMs), fraction, u).count()),
                 expectedMs);
    }

    void slowSourceDoesNotDelayOthers()
    {
        Scheduler sched;
        auto ok = std::make_unique<FakeSource>(QStringLiteral("ok"), 50ms, 1000ms, FakeSource::Mode::Succeed);
        auto hang =
            std::make_unique<FakeSource>(QStringLiteral("hang"), 50ms, 5000ms, FakeSource::Mode::Hang);
        auto fail =
            std::make_unique<FakeSource>(QStringLiteral("fail"), 50ms, 1000ms, FakeSource::Mode::Fail);
        FakeSource *okRaw = ok.get();
        FakeSource *hangRaw = hang.get();
        sched.addSource(std::move(ok));
        sched.addSource(std::move(hang));
        sched.addSource(std::move(fail));
        QSignalSpy samples(&sched, &Scheduler::samplesReady);
        sched.start();
        QTest::qWait(800);
        sched.stop();
        // ~16 polls expected at 50 ms +-10 %; the hanging source polled only once.
        QVERIFY2(okRaw->polls >= 10, qPrintable(QString::number(okRaw->polls)));
        QCOMPARE(hangRaw->polls, 1);
        // The jitter is in effect: the gaps between polls are not all the same.
        QList<qint64> gaps;
        for (qsizetype i = 1; i < okRaw->pollTimes.size(); ++i)
            gaps << okRaw->pollTimes.at(i) - okRaw->pollTimes.at(i - 1);
        const auto [shortest, longest] = std::minmax_element(gaps.cbegin(), gaps.cend());
        QVERIFY2(*longest - *shortest >= 2,
                 qPrintable(QStringLiteral("gaps %1..%2 ms").arg(*shortest).arg(*longest)));
        // the last poll may have been cut off by stop()
        QVERIFY(samples.size() >= okRaw->polls - 1 && samples.size() <= okRaw->polls);
        const auto states = sched.states();
        QCOMPARE(states.size(), 3);
        QCOMPARE(states.at(0).health, SourceState::Health::Ok);
        QVERIFY(states.at(0).lastSuccess.isValid());
        QCOMPARE(states.at(1).health, SourceState::Health::Pending);
        QCOMPARE(states.at(2).health, SourceState::Health::Error);
        QCOMPARE(states.at(2).message, QStringLiteral("boom"));
        QVERIFY(!states.at(2).lastSuccess.isValid());
    }

    void timeoutAbortsAndIgnoresLateAnswer()
    {
        Scheduler sched;
        auto src = std::make_unique<FakeSource>(QStringLiteral("late"), 10000ms, 100ms,
                                                FakeSource::Mode::HangThenLateAnswer);
        FakeSource *raw = src.get();
        sched.addSource(std::move(src));
        QSignalSpy finished(&sched, &Scheduler::pollFinished);
        sched.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(raw->aborts, 1);
        const SourceState st = sched.states().at(0);
        QCOMPARE(st.health, SourceState::Health::Error);
        QVERIFY2(st.message.contains(QStringLiteral("timeout")), qPrintable(st.message));
        QTest::qWait(400); // the late answer arrives and must change nothing
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sched.states().at(0).health, SourceState::Health::Error);
    }

    void degradedPollIsStoredAndNamed()
    {
        Scheduler sched;
        auto src =
            std::make_unique<FakeSource>(QStringLiteral("deg"), 10000ms, 1000ms, FakeSource::Mode::Degraded);
        FakeSource *raw = src.get();
        sched.addSource(std::move(src));
        QSignalSpy finished(&sched, &Scheduler::pollFinished);
        sched.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        const SourceState st = sched.states().at(0);
        QCOMPARE(st.health, SourceState::Health::Ok);
        QCOMPARE(st.message, QStringLiteral("node http://b/metrics: down"));
        QCOMPARE(st.consecutiveFailures, 0);
        QCOMPARE(raw->polls, 1);
    }

    void progressSurvivesTimeout()
    {
        Scheduler sched;
        auto src = std::make_unique<FakeSource>(QStringLiteral("chunks"), 10000ms, 200ms,
                                                FakeSource::Mode::ProgressThenHang);
        sched.addSource(std::move(src));
        QSignalSpy samples(&sched, &Scheduler::samplesReady);
        QSignalSpy finished(&sched, &Scheduler::pollFinished);
        sched.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
        QCOMPARE(finished.at(0).at(1).toBool(), false); // timed out
        QCOMPARE(samples.size(), 1); // but the complete chunk was handed on
        const SampleList got = samples.at(0).at(0).value<SampleList>();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].bytes, quint64(7));
    }

    void backoffAfterFailuresAndRecovery()
    {
        Scheduler sched;
        auto src =
            std::make_unique<FakeSource>(QStringLiteral("flaky"), 40ms, 1000ms, FakeSource::Mode::Fail);
        FakeSource *raw = src.get();
        sched.addSource(std::move(src));
        sched.start();
        QTRY_COMPARE_WITH_TIMEOUT(raw->polls, 4, 3000);
        // Gaps grow: ~40, 80, 160 ms (+-10 %).
        const auto &t = raw->pollTimes;
        QVERIFY2(t[2] - t[1] >= 65, qPrintable(QString::number(t[2] - t[1])));
        QVERIFY2(t[3] - t[2] >= 135, qPrintable(QString::number(t[3] - t[2])));
        QCOMPARE(sched.states().at(0).consecutiveFailures, 4);
        raw->setMode(FakeSource::Mode::Succeed);
        QTRY_COMPARE_WITH_TIMEOUT(sched.states().at(0).health, SourceState::Health::Ok, 3000);
        QCOMPARE(sched.states().at(0).consecutiveFailures, 0);
        QVERIFY(sched.states().at(0).message.isEmpty());
        QCOMPARE(sched.states().at(0).failures, quint64(4));
    }

    void retryAfterIsHonoured()
    {
        Scheduler sched;
        auto src = std::make_unique<FakeSource>(QStringLiteral("limited"), 20ms, 1000ms,
                                                FakeSource::Mode::FailWithRetryAfter);
        FakeSource *raw = src.get();
        sched.addSource(std::move(src));
        sched.start();
        QTRY_COMPARE_WITH_TIMEOUT(raw->polls, 2, 3000);
        sched.stop();
        QVERIFY2(raw->pollTimes[1] - raw->pollTimes[0] >= 390,
                 qPrintable(QString::number(raw->pollTimes[1] - raw->pollTimes[0])));
    }

    void stopAbortsInFlightAndStaysQuiet()
    {
        Scheduler sched;
        auto src = std::make_unique<FakeSource>(QStringLiteral("h"), 50ms, 5000ms, FakeSource::Mode::Hang);
        FakeSource *raw = src.get();
        sched.addSource(std::move(src));
        QSignalSpy finished(&sched, &Scheduler::pollFinished);
        sched.start();
        QTRY_COMPARE(raw->polls, 1);
        sched.stop();
        QCOMPARE(raw->aborts, 1);
        QTest::qWait(200);
        QCOMPARE(raw->polls, 1);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
