#pragma once

#include "app/sourcerunner.h"

#include <QObject>
#include <memory>
#include <vector>

namespace Bandwatch {

// Owns the configured sources, each behind its own SourceRunner, and fans
// their results in: samples for storage and charts, states for the UI.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(QObject *parent = nullptr);
    ~Scheduler() override;

    void addSource(std::unique_ptr<Source> source);
    void clear();
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void stopSource(const QString &id); // that source polls no more until start()
    QList<SourceState> states() const;
    Source *source(const QString &id) const;
    void setTiming(SourceRunner::Timing timing) { m_timing = timing; }

Q_SIGNALS:
    void samplesReady(const Bandwatch::SampleList &samples);
    void sourceStateChanged(const Bandwatch::SourceState &state);
    void pollFinished(const QString &sourceId, bool ok);

private:
    std::vector<std::unique_ptr<SourceRunner>> m_runners;
    SourceRunner::Timing m_timing;
    bool m_running = false;
};

} // namespace Bandwatch
