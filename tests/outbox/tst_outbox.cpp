// The outbox as it is kept in a real history database: entries of a channel
// that no longer runs are given up like failing ones, and the table model
// shows each state of an entry.
#include "alerts/alertstore.h"
#include "alerts/notifier.h"
#include "alerts/outboxdispatcher.h"
#include "alerts/outboxtablemodel.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

namespace {

constexpr qint64 kDayMs = 86'400'000;

class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit RecordingNotifier(QString channel)
        : m_channel(std::move(channel))
    { }
    QString channel() const override { return m_channel; }
    void deliver(const OutboxEntry &entry, const Alert &) override
    {
        delivered << entry.id;
        QMetaObject::invokeMethod(
            this, [this, id = entry.id] { Q_EMIT finished(id, true, {}); }, Qt::QueuedConnection);
    }
    QList<qint64> delivered;

private:
    QString m_channel;
};

bool openStore(HistoryStore &store, const QString &path)
{
    HistoryOptions options;
    options.startupCheck = HistoryOptions::StartupCheck::None;
    store.setOptions(options);
    QString error;
    if (!store.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// Records one fired threshold with an outbox entry per channel, created at `createdMs`.
bool fire(AlertStore &alerts, const QString &quotaId, int thresholdPercent, const QStringList &channels,
          qint64 createdMs)
{
    AlertStore::Transition t;
    t.quotaId = quotaId;
    t.cycleStartMs = createdMs - kDayMs;
    t.cycleEndMs = createdMs + 20 * kDayMs;
    t.thresholds = { double(thresholdPercent) };
    t.value = thresholdPercent;
    t.limit = 100;
    t.alertTimeMs = createdMs;
    t.nowMs = createdMs;
    const int bp = Quota::basisPoints(thresholdPercent);
    for (const QString &c : channels)
        t.drafts[bp].append(AlertStore::Draft { c, QStringLiteral("<%1@test>").arg(c),
                                                QStringLiteral("subject"), QByteArrayLiteral("{}") });
    QList<int> fired;
    QString error;
    if (!alerts.apply(t, &fired, nullptr, &error) || fired != QList<int> { bp }) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Bandwatch::OutboxEntry::Status)

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void absentChannel_data();
    void absentChannel();
    void tableModel();

private:
    QTemporaryDir m_dir;
};

void TestOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOutbox::absentChannel_data()
{
    // A tray entry written while the GUI ran; later runs have only e-mail
    // (or, in the last row, the tray again). The give-up age is 7 days.
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<bool>("failedBefore"); // one failed attempt, due again now
    QTest::addColumn<bool>("trayRuns");
    QTest::addColumn<OutboxEntry::Status>("trayStatus");
    QTest::addColumn<QString>("trayError");
    QTest::addColumn<int>("trayAttempts");

    QTest::newRow("a day old, headless: waits")
        << 1 << false << false << OutboxEntry::Status::Pending << QString() << 0;
    QTest::newRow("8 days old, headless: given up")
        << 8 << false << false << OutboxEntry::Status::Abandoned
        << QStringLiteral("gave up after 7.0 days: the tray channel was not available in that time") << 0;
    QTest::newRow("8 days old, failed once, headless: given up with its error")
        << 8 << true << false << OutboxEntry::Status::Abandoned
        << QStringLiteral("gave up after 7.0 days: the tray channel was not available in that time; "
                          "last error: no tray")
        << 1;
    QTest::newRow("8 days old, the GUI is back: delivered")
        << 8 << false << true << OutboxEntry::Status::Sent << QString() << 1;
    QTest::newRow("8 days old, failed once, the GUI is back: given up, not tried again")
        << 8 << true << true << OutboxEntry::Status::Abandoned
        << QStringLiteral("gave up after 1 attempt(s) over 7.0 days; last error: no tray") << 1;
}

void TestOutbox::absentChannel()
{
    QFETCH(int, ageDays);
    QFETCH(bool, failedBefore);
    QFETCH(bool, trayRuns);
    QFETCH(OutboxEntry::Status, trayStatus);
    QFETCH(QString, trayError);
    QFETCH(int, trayAttempts);

    HistoryStore store;
    QVERIFY(openStore(store, m_dir.filePath(QStringLiteral("absent-%1.db").arg(QTest::currentDataTag()))));
    AlertStore alerts(&store);
    const qint64 created = QDateTime::currentMSecsSinceEpoch() - ageDays * kDayMs;
    QVERIFY(
        fire(alerts, QStringLiteral("q1"), 80, { QStringLiteral("email"), QStringLiteral("tray") }, created));
    if (failedBefore) {
        QString error;
        for (const OutboxEntry &e : alerts.entries(true))
            if (e.channel == u"tray")
                QVERIFY2(alerts.markFailed(e.id, QStringLiteral("no tray"), created, created, false, &error),
                         qPrintable(error));
    }

    RecordingNotifier email(QStringLiteral("email"));
    RecordingNotifier tray(QStringLiteral("tray"));
    OutboxDispatcher dispatcher(&alerts);
    dispatcher.setRetryPolicy(100, 1000, 7 * kDayMs);
    dispatcher.addNotifier(&email);
    if (trayRuns)
        dispatcher.addNotifier(&tray);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(email.delivered.size(), 1, 5000);
    const auto status = [&](const QString &channel) -> OutboxEntry {
        for (const OutboxEntry &e : alerts.entries(false))
            if (e.channel == channel)
                return e;
        return {};
    };
    QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("email")).status, OutboxEntry::Status::Sent, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("tray")).status, trayStatus, 5000);
    QCOMPARE(status(QStringLiteral("tray")).lastError, trayError);
    // Giving up is not an attempt.
    QCOMPARE(status(QStringLiteral("tray")).attempts, trayAttempts);
    QCOMPARE(tray.delivered.size(), trayStatus == OutboxEntry::Status::Sent ? 1 : 0);
    dispatcher.stop();
    store.close();
}

void TestOutbox::tableModel()
{
    HistoryStore store;
    QVERIFY(openStore(store, m_dir.filePath(QStringLiteral("model.db"))));
    AlertStore alerts(&store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Oldest first: the model lists the newest first.
    QVERIFY(fire(alerts, QStringLiteral("sent"), 80, { QStringLiteral("email") }, now - 4000));
    QVERIFY(fire(alerts, QStringLiteral("gaveup"), 80, { QStringLiteral("webhook") }, now - 3000));
    QVERIFY(fire(alerts, QStringLiteral("retrying"), 90, { QStringLiteral("email") }, now - 2000));
    QVERIFY(fire(alerts, QStringLiteral("pending"), 100, { QStringLiteral("tray") }, now - 1000));
    QHash<QString, qint64> ids;
    for (const OutboxEntry &e : alerts.entries(false))
        ids.insert(e.quotaId, e.id);
    QString error;
    QVERIFY2(alerts.markSent(ids.value(QStringLiteral("sent")), now, &error), qPrintable(error));
    QVERIFY2(alerts.markFailed(ids.value(QStringLiteral("gaveup")), QStringLiteral("HTTP 500"), now, now,
                               true, &error),
             qPrintable(error));
    QVERIFY2(alerts.markFailed(ids.value(QStringLiteral("retrying")), QStringLiteral("connection refused"),
                               now, now + 60'000, false, &error),
             qPrintable(error));

    OutboxTableModel model(&alerts);
    model.refresh();
    using C = OutboxTableModel::Column;
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) -> QVariant {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(C::ColumnCount));
    QCOMPARE(model.headerData(C::LastError, Qt::Horizontal).toString(), QStringLiteral("Last error"));

    struct Row
    {
        const char *quota;
        const char *channel;
        const char *threshold;
        OutboxEntry::Status status;
        int attempts;
        const char *error;
        bool hasNextAttempt;
    };
    const QList<Row> rows {
        { "pending", "tray", "100 %", OutboxEntry::Status::Pending, 0, "", true },
        { "retrying", "email", "90 %", OutboxEntry::Status::Failed, 1, "connection refused", true },
        { "gaveup", "webhook", "80 %", OutboxEntry::Status::Abandoned, 1, "HTTP 500", false },
        { "sent", "email", "80 %", OutboxEntry::Status::Sent, 1, "", false },
    };
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        QCOMPARE(cell(r, C::Quota).toString(), QLatin1String(row.quota));
        QCOMPARE(cell(r, C::Channel).toString(), QLatin1String(row.channel));
        QCOMPARE(cell(r, C::Threshold).toString(), QLatin1String(row.threshold));
        QCOMPARE(cell(r, 0, OutboxTableModel::StatusRole).toInt(), int(row.status));
        QCOMPARE(cell(r, 0, OutboxTableModel::EntryIdRole).toLongLong(), ids.value(QLatin1String(row.quota)));
        QCOMPARE(cell(r, C::Attempts).toInt(), row.attempts);
        QCOMPARE(cell(r, C::LastError).toString(), QLatin1String(row.error));
        QCOMPARE(cell(r, C::LastError, Qt::ToolTipRole).toString(), QLatin1String(row.error));
        QCOMPARE(!cell(r, C::NextAttempt).toString().isEmpty(), row.hasNextAttempt);
        QVERIFY(!cell(r, C::Created).toString().isEmpty());
    }
    QCOMPARE(cell(0, C::Status).toString(), QStringLiteral("pending"));
    QCOMPARE(cell(1, C::Status).toString(), QStringLiteral("failed, retrying"));
    QCOMPARE(cell(2, C::Status).toString(), QStringLiteral("abandoned"));
    QVERIFY(cell(3, C::Status).toString().startsWith(QStringLiteral("sent ")));

    model.setOpenOnly(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(0, C::Quota).toString(), QStringLiteral("pending"));
    QCOMPARE(cell(1, C::Quota).toString(), QStringLiteral("retrying"));
    store.close();
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
