#pragma once

// One exporter on a temporary history database, with the keys, sources,
// samples and quotas the HTTP-level exporter tests share.

#include "exporter/exporter.h"
#include "exporter/exporterstate.h"
#include "exporter/quotastatusprovider.h"
#include "exporterclient.h"
#include "storage/historystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

using namespace Bandwatch;

namespace ExporterTest {

inline const QByteArray kReadKey = "read-key-9f8e7d6c5b4a39281706";
inline const QByteArray kWriteKey = "write-key-0a1b2c3d4e5f60718293";

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class FakeQuotas : public QuotaStatusProvider
{
public:
    QList<QuotaStatus> list;
    QList<QuotaStatus> quotaStatuses() const override { return list; }
};

inline Sample sample(const QString &source, const QString &series, Direction d, qint64 start, qint64 end,
                     quint64 bytes, const Labels &labels = {})
{
    Sample s;
    s.key.source = source;
    s.key.series = series;
    s.key.labels = labels;
    s.key.direction = d;
    s.startMs = start;
    s.endMs = end;
    s.bytes = bytes;
    s.bps = double(bytes) * 8000.0 / double(std::max<qint64>(1, end - start));
    return s;
}

inline ExportedSource source(const QString &id, ExportedSource::Health health = ExportedSource::Health::Ok)
{
    ExportedSource s;
    s.id = id;
    s.type = QStringLiteral("interfaces");
    s.intervalMs = 5000;
    s.health = health;
    s.polls = 3;
    s.failures = health == ExportedSource::Health::Error ? 2 : 0;
    s.lastSuccess = QDateTime::currentDateTimeUtc();
    s.message = health == ExportedSource::Health::Error ? QStringLiteral("timeout \"x\"\\n") : QString();
    return s;
}

// One exporter on a temporary database.
struct Env
{
    QTemporaryDir dir;
    HistoryStore store;
    std::unique_ptr<Exporter> exporter;
    FakeQuotas quotas;

    Env() { QVERIFY(store.open(dir.filePath(QStringLiteral("history.db")), nullptr)); }
    ~Env()
    {
        exporter.reset();
        store.close();
    }

    static ExporterConfig config(bool withKeys = true)
    {
        ExporterConfig c;
        c.enabled = true;
        c.listen = QStringLiteral("127.0.0.1:0");
        c.address = QHostAddress(QHostAddress::LocalHost);
        c.port = 0;
        if (withKeys)
            c.keys = { { QStringLiteral("prometheus"), ApiScope::Read, ApiKey::hash(kReadKey) },
                       { QStringLiteral("scripts"), ApiScope::Write, ApiKey::hash(kWriteKey) } };
        return c;
    }

    bool start(const ExporterConfig &c = config(), QString *error = nullptr)
    {
        exporter = std::make_unique<Exporter>(&store);
        exporter->setDefaultTlsDir(dir.filePath(QStringLiteral("tls")));
        exporter->setQuotaStatusProvider(&quotas);
        exporter->setSources({ source(QStringLiteral("cdn")), source(QStringLiteral("local")) });
        QString e;
        const bool ok = exporter->start(c, &e);
        if (error)
            *error = e;
        else if (!ok)
            qWarning("%s", qPrintable(e));
        return ok;
    }
    ExporterClient client() const { return ExporterClient(exporter->baseUrl()); }
};

} // namespace ExporterTest

using namespace ExporterTest;
