#pragma once

#include "app/appconfig.h"
#include "app/scheduler.h"

#include <QHash>
#include <QObject>
#include <cstdio>

namespace Bandwatch {

// `--dry-run --polls N`: polls every configured source N times at its own
// interval and prints each sample as one JSON line; stores and sends nothing.
// Finishes with exit code 0, or 1 if some source failed on every poll.
class DryRun : public QObject
{
    Q_OBJECT
public:
    DryRun(AppConfig config, int polls, FILE *out = stdout, FILE *err = stderr, QObject *parent = nullptr);

    // Starts polling; finished() follows when every source has polled N times.
    bool start(QString *error);
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSamples(const SampleList &samples);
    void onPollFinished(const QString &sourceId, bool ok);
    void onStateChanged(const SourceState &state);

    AppConfig m_config;
    int m_polls;
    FILE *m_out;
    FILE *m_err;
    Scheduler m_scheduler;
    QHash<QString, int> m_done;
    QHash<QString, int> m_succeeded;
    int m_exitCode = 0;
};

} // namespace Bandwatch
