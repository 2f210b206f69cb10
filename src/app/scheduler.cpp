#include "app/scheduler.h"

namespace Bandwatch {

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Bandwatch::SampleList>();
    qRegisterMetaType<Bandwatch::SourceState>();
}

Scheduler::~Scheduler()
{
    stop();
}

void Scheduler::addSource(std::unique_ptr<Source> source)
{
    auto runner = std::make_unique<SourceRunner>(std::move(source), m_timing);
    connect(runner.get(), &SourceRunner::samplesReady, this, &Scheduler::samplesReady);
    connect(runner.get(), &SourceRunner::stateChanged, this, &Scheduler::sourceStateChanged);
    connect(runner.get(), &SourceRunner::pollFinished, this, &Scheduler::pollFinished);
    if (m_running)
        runner->start();
    Q_EMIT sourceStateChanged(runner->state());
    m_runners.push_back(std::move(runner));
}

void Scheduler::clear()
{
    stop();
    m_runners.clear();
}

void Scheduler::start()
{
    m_running = true;
    for (auto &r : m_runners)
        r->start();
}

void Scheduler::stop()
{
    m_running = false;
    for (auto &r : m_runners)
        r->stop();
}

void Scheduler::stopSource(const QString &id)
{
    for (auto &r : m_runners)
        if (r->source()->id() == id)
            r->stop();
}

QList<SourceState> Scheduler::states() const
{
    QList<SourceState> out;
    for (const auto &r : m_runners)
        out << r->state();
    return out;
}

Source *Scheduler::source(const QString &id) const
{
    for (const auto &r : m_runners)
        if (r->source()->id() == id)
            return r->source();
    return nullptr;
}

} // namespace Bandwatch
