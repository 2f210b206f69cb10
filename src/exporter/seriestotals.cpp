#include "exporter/seriestotals.h"

#include "storage/historyreader.h"
#include "storage/historystore.h"
#include "storage/sqlitestatement.h"

#include <QSqlDatabase>

namespace Bandwatch {

QList<SeriesTotal> SeriesTotals::load(const HistoryStore &store, qint64 nowMs, QString *error)
{
    QList<SeriesTotal> out;
    const QSqlDatabase db = store.readConnection();
    if (!db.isValid() || !db.isOpen()) {
        if (error)
            *error = QStringLiteral("the history database is not open");
        return out;
    }
    // Samples may end a little in the future (clock skew between hosts).
    const qint64 until = nowMs + 7 * 86'400'000LL;
    for (const SeriesInfo &info : HistoryReader(sqliteHandle(db)).allSeries()) {
        SeriesTotal t;
        t.key = info.key;
        t.lastEndMs = info.lastEndMs.value_or(0);
        t.bytes = quint64(std::max<qint64>(0, store.bytes({ info.key }, 0, until)));
        out << t;
    }
    return out;
}

} // namespace Bandwatch
