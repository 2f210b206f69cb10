#pragma once

#include "core/sample.h"
#include "sources/sourceconfig.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>
#include <chrono>
#include <memory>

namespace Bandwatch {

class Source;

// Tries a source before it is saved: builds it with SourceFactory from a
// SourceConfig (as the app does), polls it with its own logic and reports
// what it found or the exact message it failed with. Counter sources answer
// their first poll with a baseline only, so the probe polls again after a
// short pause until a poll brings samples or the polls run out.
class SourceProbe : public QObject
{
    Q_OBJECT
public:
    explicit SourceProbe(QObject *parent = nullptr);
    ~SourceProbe() override;

    // Polls at most `maxPolls` times, `gap` apart (default: the source's
    // interval, at most 5 s). Each poll is bounded by the config's timeout.
    void setMaxPolls(int polls) { m_maxPolls = qMax(1, polls); }
    void setGap(std::chrono::milliseconds gap) { m_gap = gap; }

    void start(const SourceConfig &config);
    // Aborts the poll in flight; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_source != nullptr; }

    SampleList samples() const { return m_samples; }
    QString errorMessage() const { return m_error; }
    int polls() const { return m_polls; }

    // One line per series: "eth0: in 1.2 kB, out 300 B over 5 s".
    static QStringList summarize(const SampleList &samples);

Q_SIGNALS:
    // ok: the last poll succeeded (samples() may still be empty: no traffic
    // or no series matched); otherwise errorMessage() says why.
    void finished(bool ok);
    // Before each poll after the first: "baseline read, polling again in 5 s".
    void progress(const QString &message);

private:
    void pollOnce();
    void onSucceeded(const SampleList &samples);
    void onFailed(const QString &message);
    void onTimeout();
    void finish(bool ok);

    std::unique_ptr<Source> m_source;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QTimer m_gapTimer;
    QTimer m_timeoutTimer;
    std::chrono::milliseconds m_timeout { 0 };
    std::chrono::milliseconds m_gap { -1 };
    int m_maxPolls = 2;
    int m_polls = 0;
    SampleList m_samples;
    QString m_error;
};

} // namespace Bandwatch
