// Opens a history database and holds it until killed: the other process of
// tst_historystore's lock tests. Prints "open <pid>" once the store is open.
// Usage: historylockholder <db>

#include "storage/historystore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Bandwatch;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    HistoryStore store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("open %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    return app.exec();
}
