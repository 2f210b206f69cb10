// The quota panel, the tray's quota badge and pause action, and the language
// menu, under QT_QPA_PLATFORM=offscreen: the table model's texts from given
// snapshots, then a real Collector (history database in a temporary
// directory, quotas from YAML) evaluating stored traffic into the main
// window. The screenshot test renders the window with quotas to PNG.
#include "alerts/alertservice.h"
#include "app/collector.h"
#include "app/configloader.h"
#include "darkpalette.h"
#include "gui/appicon.h"
#include "gui/guiapp.h"
#include "gui/languagemenu.h"
#include "gui/mainwindow.h"
#include "gui/quotalevel.h"
#include "gui/quotapanel.h"
#include "gui/quotatablemodel.h"
#include "gui/trayicon.h"
#include "gui/traynotifier.h"
#include "storage/historystore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Bandwatch;

Q_DECLARE_METATYPE(Bandwatch::QuotaKind)
Q_DECLARE_METATYPE(Bandwatch::QuotaLevel::Level)

namespace {

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

Quota quota(const QString &id, QuotaKind kind, double limit, const char *zone)
{
    Quota q;
    q.id = id;
    q.kind = kind;
    q.limit = limit;
    QString error;
    q.cycle = *BillingCycle::fromSpec(QStringLiteral("monthly"), QStringLiteral("1"),
                                      QString::fromLatin1(zone), &error);
    return q;
}

QuotaSnapshot snapshot(const Quota &q, double value, const QDateTime &now)
{
    QuotaSnapshot s;
    s.quotaId = q.id;
    s.quotaName = q.displayName();
    s.kind = q.kind;
    s.limit = q.limit;
    s.value = value;
    s.cycle = q.cycle.cycleContaining(now);
    s.evaluatedAt = now;
    s.hasData = true;
    return s;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

Sample sample(const QString &source, qint64 startMs, qint64 endMs, double bytes)
{
    Sample s;
    s.key.source = source;
    s.key.series = QStringLiteral("eth0");
    s.key.labels.insert(QStringLiteral("interface"), QStringLiteral("eth0"));
    s.key.direction = Direction::In;
    s.startMs = startMs;
    s.endMs = endMs;
    s.bytes = quint64(bytes);
    s.bps = bytes * 8000.0 / double(endMs - startMs);
    return s;
}

// A collector over a temporary history with four quotas at 62 %, 85 %, 93 %
// (p95) and 104 % of their limits.
class QuotaFixture
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        const QString proc = m_dir.filePath(QStringLiteral("net_dev"));
        writeFile(proc, QByteArrayLiteral("Inter-|\n face |\n"));
        QString yaml =
            QStringLiteral("storage:\n  path: %1\nsources:\n").arg(m_dir.filePath(QStringLiteral("h.db")));
        for (const char *id : { "isp", "cdn", "transit", "backup" })
            yaml += QStringLiteral("  - {id: %1, type: interfaces, interval: 1h, proc_path: %2}\n")
                        .arg(QLatin1String(id), proc);
        yaml += QStringLiteral(
            "quotas:\n"
            "  - {id: isp-monthly, name: ISP transfer, series: isp, kind: volume, limit: 2TB,\n"
            "     cycle: {period: monthly, start_day: 1, timezone: Asia/Taipei}}\n"
            "  - {id: cdn-monthly, name: CDN egress, series: cdn, kind: volume, limit: 500GB,\n"
            "     cycle: {period: monthly, start_day: 1, timezone: Europe/Berlin}}\n"
            "  - {id: transit-95th, name: Transit 95th, series: transit, kind: p95, limit: 500Mbit/s,\n"
            "     cycle: {period: monthly, start_day: 1, timezone: UTC}}\n"
            "  - {id: backup-weekly, name: Backup link, series: backup, kind: volume, limit: 100GB,\n"
            "     cycle: {period: weekly, start_day: monday, timezone: UTC}}\n");
        const ConfigLoader::Result config =
            ConfigLoader::parse(yaml.toUtf8(), m_dir.filePath(QStringLiteral("bandwatch.yaml")));
        if (!config.ok()) {
            qWarning("%s", qPrintable(config.errors.join(u'\n')));
            return false;
        }
        QString error;
        if (!collector.start(*config.config, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000;
        SampleList samples;
        samples << sample(QStringLiteral("isp"), now - 3'660'000, now - 60'000, 1.24e12);
        samples << sample(QStringLiteral("cdn"), now - 3'660'000, now - 60'000, 425e9);
        samples << sample(QStringLiteral("backup"), now - 3'660'000, now - 60'000, 104e9);
        for (int i = 0; i < 24; ++i) { // two hours of 5-minute buckets at 465 Mbit/s
            const qint64 end = (now / 300'000 - i) * 300'000;
            samples << sample(QStringLiteral("transit"), end - 300'000, end, 465e6 * 300 / 8);
        }
        collector.store()->append(samples);
        if (!collector.store()->flush(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        collector.alerts()->evaluateNow();
        return true;
    }
    QTemporaryDir m_dir;
    Collector collector;
};

} // namespace

class TestGuiQuotaPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void rowTexts_data();
    void rowTexts();
    void dailyBudget_data();
    void dailyBudget();
    void levels_data();
    void levels();
    void windowShowsQuotas();
    void trayBadgeAndPause();
    void fallbackBoxShowsQuota_data();
    void fallbackBoxShowsQuota();
    void languageSwitch_data();
    void languageSwitch();
    void screenshot_data();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_configPath;
};

void TestGuiQuotaPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_quotapanel"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_configPath = m_dir.filePath(QStringLiteral("bandwatch.yaml"));
    GuiApp::installTranslations(QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestGuiQuotaPanel::init()
{
    QSettings().clear();
}

void TestGuiQuotaPanel::cleanupTestCase()
{
    QSettings().clear();
}

void TestGuiQuotaPanel::rowTexts_data()
{
    QTest::addColumn<QuotaKind>("kind");
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("texts"); // kind, used / limit, %, cycle, forecast, budget

    // Now: 2026-11-20 12:00 UTC. Cycles start on the 1st at local midnight.
    QTest::newRow("volume in Taipei")
        << QuotaKind::Volume << 2e12 << 1.24e12 << "Asia/Taipei"
        << QStringList { "volume", "1.24 TB / 2.00 TB", "62.0 %", "11/1/26 – 11/30/26", "—", "—" };
    QTest::newRow("bandwidth in Berlin")
        << QuotaKind::Bandwidth << 1e9 << 412e6 << "Europe/Berlin"
        << QStringList { "bandwidth", "412.0 Mbit/s / 1.0 Gbit/s", "41.2 %", "11/1/26 – 11/30/26", "—", "—" };
    QTest::newRow("p95 over") << QuotaKind::Percentile95 << 500e6 << 520e6 << "UTC"
                              << QStringList { "95th percentile",    "520.0 Mbit/s / 500.0 Mbit/s", "104.0 %",
                                               "11/1/26 – 11/30/26", "will exceed the limit",       "—" };
}

void TestGuiQuotaPanel::rowTexts()
{
    QFETCH(QuotaKind, kind);
    QFETCH(double, limit);
    QFETCH(double, value);
    QFETCH(QString, zone);
    QFETCH(QStringList, texts);
    const QDateTime now = utc("2026-11-20T12:00:00");
    const Quota q = quota(QStringLiteral("q"), kind, limit, qPrintable(zone));
    QuotaSnapshot s = snapshot(q, value, now);
    if (kind == QuotaKind::Percentile95)
        s.burstIntervalsLeft = -3;
    QuotaTableModel model(nullptr);
    model.setSnapshots({ s }, { q });
    QCOMPARE(model.rowCount(), 1);
    QStringList got;
    for (int c = QuotaTableModel::KindColumn; c < QuotaTableModel::ColumnCount; ++c)
        got << model.index(0, c).data().toString();
    if (kind == QuotaKind::Volume) {
        // Daily budget: (2 TB − 1.24 TB) over the 10 ⅙ days to Dec 1 00:00 Taipei (Nov 30 16:00 UTC).
        QCOMPARE(got.last(), QStringLiteral("74.75 GB per day"));
        got.last() = QStringLiteral("—");
    }
    QCOMPARE(got, texts);
    QCOMPARE(model.index(0, QuotaTableModel::PercentColumn).data(QuotaTableModel::PercentRole).toDouble(),
             100.0 * value / limit);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(zone));
}

void TestGuiQuotaPanel::dailyBudget_data()
{
    QTest::addColumn<double>("used");
    QTest::addColumn<QString>("now");
    QTest::addColumn<double>("budget");
    // 1 TB per month (UTC), the cycle ends Dec 1 00:00.
    QTest::newRow("ten days left") << 400e9 << "2026-11-21T00:00:00" << 60e9;
    QTest::newRow("half a day left") << 900e9 << "2026-11-30T12:00:00" << 200e9;
    QTest::newRow("last hour: the rest, not a multiple") << 900e9 << "2026-11-30T23:30:00" << 2400e9;
    QTest::newRow("over the limit") << 1.2e12 << "2026-11-21T00:00:00" << 0.0;
    QTest::newRow("exactly at the limit") << 1e12 << "2026-11-21T00:00:00" << 0.0;
}

void TestGuiQuotaPanel::dailyBudget()
{
    QFETCH(double, used);
    QFETCH(QString, now);
    QFETCH(double, budget);
    const Quota q = quota(QStringLiteral("q"), QuotaKind::Volume, 1e12, "UTC");
    const QuotaSnapshot s = snapshot(q, used, utc(qPrintable(now)));
    QCOMPARE(QuotaTableModel::dailyBudget(s), budget);
}

void TestGuiQuotaPanel::levels_data()
{
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<QuotaLevel::Level>("worst");
    QTest::addColumn<int>("worstRow");
    QTest::newRow("none") << QList<double> {} << QuotaLevel::Ok << -1;
    QTest::newRow("all fine") << QList<double> { 10, 79.9 } << QuotaLevel::Ok << 1;
    QTest::newRow("80 exactly") << QList<double> { 80, 20 } << QuotaLevel::Warning << 0;
    QTest::newRow("90") << QList<double> { 85, 92 } << QuotaLevel::Critical << 1;
    QTest::newRow("over") << QList<double> { 99.9, 100, 40 } << QuotaLevel::Exceeded << 1;
}

void TestGuiQuotaPanel::levels()
{
    QFETCH(QList<double>, percents);
    QFETCH(QuotaLevel::Level, worst);
    QFETCH(int, worstRow);
    const QDateTime now = utc("2026-11-20T12:00:00");
    QList<QuotaSnapshot> snapshots;
    QList<Quota> quotas;
    for (int i = 0; i < percents.size(); ++i) {
        quotas << quota(QStringLiteral("q%1").arg(i), QuotaKind::Volume, 1000, "UTC");
        snapshots << snapshot(quotas.last(), percents.at(i) * 10, now);
    }
    QuotaTableModel model(nullptr);
    QSignalSpy changed(&model, &QuotaTableModel::worstLevelChanged);
    model.setSnapshots(snapshots, quotas);
    QCOMPARE(model.worstLevel(), worst);
    QCOMPARE(QuotaLevel::worstIndex(snapshots), worstRow);
    QCOMPARE(changed.size(), worst == QuotaLevel::Ok ? 0 : 1);
    if (worstRow >= 0)
        QVERIFY(model.worstQuotaLine().startsWith(QStringLiteral("q%1: ").arg(worstRow)));
    // The badged icons differ from the plain one and from each other.
    if (worst != QuotaLevel::Ok) {
        const QImage plain = AppIcon::application().pixmap(32, 32).toImage();
        const QImage badged = AppIcon::application(worst).pixmap(32, 32).toImage();
        QVERIFY(!badged.isNull());
        QVERIFY(plain != badged);
        // Inside the badge's disc (lower right), beside its white mark.
        QCOMPARE(badged.pixelColor(27, 27).rgb(), QuotaLevel::color(worst, false).rgb());
    }
}

void TestGuiQuotaPanel::windowShowsQuotas()
{
    QuotaFixture f;
    QVERIFY(f.start());
    MainWindow w(f.collector, m_configPath);
    QuotaPanel *panel = w.quotaPanel();
    QVERIFY(panel);
    QuotaTableModel *model = panel->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, QuotaTableModel::NameColumn).data().toString(), QStringLiteral("ISP transfer"));
    QCOMPARE(model->index(0, QuotaTableModel::PercentColumn).data().toString(), QStringLiteral("62.0 %"));
    QCOMPARE(model->index(1, QuotaTableModel::PercentColumn).data().toString(), QStringLiteral("85.0 %"));
    QCOMPARE(model->index(3, QuotaTableModel::PercentColumn).data().toString(), QStringLiteral("104.0 %"));
    QCOMPARE(model->index(2, QuotaTableModel::KindColumn).data().toString(),
             QStringLiteral("95th percentile"));
    QCOMPARE(model->worstLevel(), QuotaLevel::Exceeded);
    QCOMPARE(model->index(3, QuotaTableModel::BudgetColumn).data().toString(), QStringLiteral("0 B per day"));
    QVERIFY(model->index(0, QuotaTableModel::ForecastColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("at cycle end"))
            || model->index(0, QuotaTableModel::ForecastColumn)
                   .data()
                   .toString()
                   .contains(QStringLiteral("limit on")));
    QVERIFY2(
        model->index(2, QuotaTableModel::ForecastColumn).data().toString().contains(QStringLiteral("burst")),
        qPrintable(model->index(2, QuotaTableModel::ForecastColumn).data().toString()));
    // The quotas' tab is in front, and the View menu can bring it back.
    w.resize(1200, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(panel->isVisible());
    QVERIFY(panel->view()->isVisible());
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("menuView"))
                ->actions()
                .contains(w.quotaDock()->toggleViewAction()));

    // A new evaluation updates the rows in place.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    f.collector.alerts()->evaluateNow();
    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() >= 1);
    f.collector.stop();
}

void TestGuiQuotaPanel::fallbackBoxShowsQuota_data()
{
    QTest::addColumn<QStringList>("alerts"); // quota ids, in the order they arrive
    QTest::addColumn<QString>("selected"); // what "Show quota" selects; empty: nothing

    QTest::newRow("one alert") << QStringList { "cdn-monthly" } << "cdn-monthly";
    QTest::newRow("two alerts share the box, the latest is shown")
        << QStringList { "isp-monthly", "backup-weekly" } << "backup-weekly";
    QTest::newRow("a quota since removed selects nothing") << QStringList { "gone" } << QString();
}

void TestGuiQuotaPanel::fallbackBoxShowsQuota()
{
    // No system tray: an alert opens a message box, and its "Show quota"
    // button brings the window up with the quota selected in the panel.
    QFETCH(QStringList, alerts);
    QFETCH(QString, selected);
    QuotaFixture f;
    QVERIFY(f.start());
    MainWindow w(f.collector, m_configPath);
    w.resize(1200, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.quotaDock()->hide();
    QuotaPanel *panel = w.quotaPanel();
    panel->view()->clearSelection();

    TrayNotifier notifier(nullptr, &w);
    GuiApp::connectNotifier(&notifier, &w);
    QSignalSpy finished(&notifier, &Notifier::finished);
    QSignalSpy activated(&notifier, &TrayNotifier::quotaActivated);
    for (int i = 0; i < alerts.size(); ++i) {
        Alert a;
        a.quotaId = alerts.at(i);
        a.quotaName = alerts.at(i);
        a.threshold = 90;
        a.limit = 100e9;
        a.value = 91e9;
        a.timeZone = "UTC";
        OutboxEntry e;
        e.id = i + 1;
        notifier.deliver(e, a);
    }
    // Shown counts as delivered.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), int(alerts.size()), 5000);
    for (const QList<QVariant> &args : std::as_const(finished))
        QVERIFY(args.at(1).toBool());
    const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QMessageBox *box = boxes.first();
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Bandwatch quota alert"));
    for (const QString &id : std::as_const(alerts))
        QVERIFY2(box->text().contains(id + ": 90 % of the volume quota reached"), qPrintable(box->text()));
    QAbstractButton *show = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (b->text() == QStringLiteral("Show quota"))
            show = b;
    QVERIFY(show);
    QVERIFY(!w.quotaDock()->isVisible());
    show->click();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), alerts.last());
    QVERIFY(w.quotaDock()->isVisible());
    const QModelIndexList rows = panel->view()->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        QVERIFY(rows.isEmpty());
    } else {
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().row(), panel->model()->rowOf(selected));
        QVERIFY(panel->model()->rowOf(selected) >= 0);
    }
    f.collector.stop();
}

void TestGuiQuotaPanel::trayBadgeAndPause()
{
    QuotaFixture f;
    QVERIFY(f.start());
    MainWindow w(f.collector, m_configPath);
    TrayIcon tray(&w);
    AlertService *alerts = f.collector.alerts();
    QCOMPARE(tray.quotaLevel(), QuotaLevel::Exceeded);
    const QString tip = tray.systemTrayIcon()->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Worst quota: Backup link: 104.0 % (104.00 GB of 100.00 GB)")),
             qPrintable(tip));

    QAction *pause = tray.pauseAction();
    QVERIFY(pause);
    QStringList texts;
    for (QAction *a : tray.menu()->actions())
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts,
             (QStringList { QStringLiteral("&Show Bandwatch"), QStringLiteral("&Pause alerts for 1 hour"),
                            QStringLiteral("&Quit") }));
    QVERIFY(pause->isCheckable());
    QVERIFY(!pause->isChecked());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    pause->trigger();
    QVERIFY(alerts->notificationsPaused());
    const qint64 secs = before.secsTo(alerts->notificationsPausedUntil());
    QVERIFY2(secs >= 3599 && secs <= 3601, qPrintable(QString::number(secs)));
    QVERIFY(pause->isChecked());
    const QString until =
        QLocale().toString(alerts->notificationsPausedUntil().toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(pause->text(), QStringLiteral("&Pause alerts for 1 hour (paused until %1)").arg(until));
    QVERIFY(tray.systemTrayIcon()->toolTip().contains(QStringLiteral("Alerts paused until %1").arg(until)));
    // The panel says so, with a button to resume.
    auto *label = w.quotaPanel()->findChild<QLabel *>(QStringLiteral("quotaPauseLabel"));
    QVERIFY(label && label->text().contains(until));
    pause->trigger();
    QVERIFY(!alerts->notificationsPaused());
    QVERIFY(!pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("&Pause alerts for 1 hour"));
    // Paused elsewhere (the panel, another part): the menu follows.
    alerts->pauseNotifications(QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(pause->isChecked());
    alerts->resumeNotifications();
    QVERIFY(!pause->isChecked());
    f.collector.stop();
}

void TestGuiQuotaPanel::languageSwitch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("quotasTitle");
    QTest::addColumn<QString>("usageHeader");
    QTest::addColumn<QString>("menuTitle");
    QTest::newRow("Simplified Chinese") << "zh_CN"
                                        << "配额"
                                        << "用量"
                                        << "语言(&L)";
    QTest::newRow("Traditional Chinese") << "zh_TW"
                                         << "配額"
                                         << "用量"
                                         << "語言(&L)";
    QTest::newRow("English") << "en"
                             << "Quotas"
                             << "Usage"
                             << "&Language";
}

void TestGuiQuotaPanel::languageSwitch()
{
    QFETCH(QString, language);
    QFETCH(QString, quotasTitle);
    QFETCH(QString, usageHeader);
    QFETCH(QString, menuTitle);
    Collector collector;
    MainWindow w(collector, m_configPath);
    // Without quotas the panel says how to add one, and the traffic table stays in front.
    auto *placeholder = w.quotaPanel()->findChild<QLabel *>(QStringLiteral("quotaPlaceholder"));
    QVERIFY(placeholder && placeholder->text().contains(QStringLiteral("quotas:")));
    QVERIFY(!w.quotaPanel()->view()->isVisibleTo(w.quotaPanel()));
    auto *menu = w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(QStringLiteral("language_%1").arg(language));
    QVERIFY(action);
    action->trigger();
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(w.quotaDock()->windowTitle(), quotasTitle);
    QCOMPARE(w.quotaPanel()->model()->headerData(QuotaTableModel::PercentColumn, Qt::Horizontal).toString(),
             usageHeader);
    QCOMPARE(menu->title(), menuTitle);
    QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(), language);
    QVERIFY(action->isChecked());
    // Remembered: a new window's menu shows it, and startup loads it.
    {
        Collector other;
        MainWindow again(other, m_configPath);
        auto *a = again.findChild<LanguageMenu *>(QStringLiteral("languageMenu"))
                      ->findChild<QAction *>(QStringLiteral("language_%1").arg(language));
        QVERIFY(a->isChecked());
    }
    QCOMPARE(GuiApp::installTranslations(), language);
    // "System language" forgets the choice.
    menu->findChild<QAction *>(QStringLiteral("languageSystem"))->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("General/language")));
    GuiApp::installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(w.quotaDock()->windowTitle(), QStringLiteral("Quotas"));
}

void TestGuiQuotaPanel::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language"); // switched to at run time, after the window exists
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << false << "en" << QStringLiteral("main-window-quotas.png");
    QTest::newRow("dark") << true << "en" << QStringLiteral("main-window-quotas-dark.png");
    QTest::newRow("light, switched to Simplified Chinese")
        << false << "zh_CN" << QStringLiteral("main-window-quotas-zh_CN.png");
}

void TestGuiQuotaPanel::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(QString, language);
    QFETCH(QString, file);
    const QPalette oldPalette = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkTestPalette());
    QuotaFixture f;
    QVERIFY(f.start());
    MainWindow w(f.collector, m_configPath);
    w.resize(1200, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    if (language != u"en") {
        w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"))->switchTo(language);
        QCoreApplication::processEvents();
    }
    QTest::qWait(50);
    const QImage image = w.grab().toImage();
    if (language != u"en")
        GuiApp::installTranslations(QStringLiteral("en"));
    QVERIFY(image.save(QDir::current().filePath(file)));
    const QString dirName = qEnvironmentVariable("BANDWATCH_SCREENSHOT_DIR");
    if (!dirName.isEmpty()) {
        QDir().mkpath(dirName);
        QVERIFY(image.save(QDir(dirName).filePath(file)));
    }
    // Every level's bar colour is there in quantity (62 % green, 85 % amber, 93 % orange, 104 % red).
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (QuotaLevel::Level level :
         { QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exceeded }) {
        const QRgb want = QuotaLevel::color(level, dark).rgb();
        int n = 0;
        for (int y = 0; y < rgb.height(); ++y)
            for (int x = 0; x < rgb.width(); ++x)
                n += rgb.pixel(x, y) == want ? 1 : 0;
        QVERIFY2(n > 300, qPrintable(QStringLiteral("%1: %2 pixels").arg(QuotaLevel::name(level)).arg(n)));
    }
    if (!dark && language == u"en") {
        // The tray icon's four states at 16, 22 and 32 px, for a look by eye.
        QImage icons(4 * 40, 3 * 36, QImage::Format_ARGB32);
        icons.fill(QColor(0x44, 0x44, 0x44));
        QPainter p(&icons);
        for (int l = 0; l < 4; ++l) {
            int y = 2;
            for (int size : { 16, 22, 32 }) {
                p.drawPixmap(l * 40 + 4, y, AppIcon::application(QuotaLevel::Level(l)).pixmap(size, size));
                y += size + 2;
            }
        }
        p.end();
        QVERIFY(icons.save(QDir::current().filePath(QStringLiteral("tray-icons.png"))));
    }
    f.collector.stop();
    QApplication::setPalette(oldPalette);
}

QTEST_MAIN(TestGuiQuotaPanel)
#include "tst_gui_quotapanel.moc"
