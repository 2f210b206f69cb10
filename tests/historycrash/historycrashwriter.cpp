// Appends batches to a history database as fast as the writer takes them and
// prints "committed <n>" once every batch up to n is reported committed.
// Runs until killed. Usage: historycrashwriter <db> <first batch>

#include "crashprotocol.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <deque>

using namespace Bandwatch;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    HistoryStore store;
    HistoryOptions options;
    options.retention.keepMs.fill(0); // the data is from 2024; keep it
    store.setOptions(options); // synchronous=FULL: what "committed" promises
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 next = QByteArray(argv[2]).toLongLong();
    std::deque<std::pair<qint64, qint64>> inFlight; // (batch, samples)
    qint64 committedSamples = 0;
    QObject::connect(&store, &HistoryStore::committed, &store, [&](int count) {
        committedSamples += count;
        qint64 last = -1;
        while (!inFlight.empty() && committedSamples >= inFlight.front().second) {
            committedSamples -= inFlight.front().second;
            last = inFlight.front().first;
            inFlight.pop_front();
        }
        if (last >= 0) {
            std::printf("committed %lld\n", static_cast<long long>(last));
            std::fflush(stdout);
        }
    });
    QObject::connect(&store, &HistoryStore::writeFailed, &store,
                     [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &store, [&] {
        // Keep the writer busy without letting the queue grow without bound.
        while (inFlight.size() < 16) {
            const SampleList b = CrashProtocol::batch(next);
            inFlight.emplace_back(next, b.size());
            store.append(b);
            ++next;
        }
    });
    pump.start(0);
    std::printf("started\n");
    std::fflush(stdout);
    return app.exec();
}
