// The tray icon in a real system tray: this executable starts `Xvfb` on a
// free display (-displayfd) and `trayer` as the tray host, then runs its
// tests in a child process of itself on that display with the xcb platform.
// The checks: the icon docks into trayer (its geometry lies inside trayer's
// window), an alert through TrayNotifier shows Qt's own balloon (there is no
// notification daemon) and clicking the balloon asks for the quota, and a
// real X click (xdotool) on the icon hides and shows the main window.
// Skipped, saying why, only when Xvfb or trayer is not installed.
#include "alerts/alert.h"
#include "alerts/outboxentry.h"
#include "app/collector.h"
#include "gui/guiapp.h"
#include "gui/mainwindow.h"
#include "gui/trayicon.h"
#include "gui/traynotifier.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace Bandwatch;

namespace {

const char *const kInnerVar = "BANDWATCH_TRAY_UNDER_XVFB";
const char *const kSkipVar = "BANDWATCH_TRAY_SKIP";

// Runs `program args` and returns its stdout, or an empty string after `timeoutMs`.
QString run(const QString &program, const QStringList &args, int timeoutMs = 5000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// trayer's own window on the display, from xwininfo's tree: "0x... "panel": ("panel" "trayer")  200x32+1080+0
// +1080+0"
QRect trayerGeometry()
{
    const QString tree =
        run(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") });
    static const QRegularExpression line(QStringLiteral(
        "\\(\"[^\"]*\" \"[Tt]rayer\"\\)\\s+(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)"));
    QRect best;
    auto it = line.globalMatch(tree);
    while (it.hasNext()) {
        const auto m = it.next();
        const QRect r(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(1).toInt(),
                      m.captured(2).toInt());
        if (r.width() * r.height() > best.width() * best.height())
            best = r;
    }
    return best;
}

Alert sampleAlert()
{
    Alert a;
    a.quotaId = QStringLiteral("isp-monthly");
    a.quotaName = QStringLiteral("ISP transfer");
    a.kind = QuotaKind::Volume;
    a.threshold = 90;
    a.limit = 2e12;
    a.value = 1.84e12;
    a.cycleStartMs = QDateTime::currentMSecsSinceEpoch() - 10 * 86'400'000LL;
    a.cycleEndMs = a.cycleStartMs + 30 * 86'400'000LL;
    a.timeZone = QStringLiteral("UTC");
    a.firedAtMs = QDateTime::currentMSecsSinceEpoch();
    return a;
}

// Waits until trayer has embedded the icon: before that the icon is a
// window of its own in the screen's corner.
bool waitUntilDocked(QSystemTrayIcon *icon, QRect *iconRect = nullptr, QRect *panelRect = nullptr)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        const QRect g = icon->geometry();
        const QRect panel = trayerGeometry();
        if (!g.isEmpty() && panel.isValid() && panel.contains(g.center())) {
            if (iconRect)
                *iconRect = g;
            if (panelRect)
                *panelRect = panel;
            return true;
        }
        QTest::qWait(100);
    }
    if (iconRect)
        *iconRect = icon->geometry();
    if (panelRect)
        *panelRect = trayerGeometry();
    return false;
}

QStringList topLevelClasses()
{
    QStringList out;
    for (QWidget *w : QApplication::topLevelWidgets())
        out << QStringLiteral("%1%2").arg(QLatin1String(w->metaObject()->className()),
                                          w->isVisible() ? QStringLiteral("(visible)") : QString());
    return out;
}

QWidget *visibleBalloon()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && QByteArray(w->metaObject()->className()) == "QBalloonTip")
            return w;
    return nullptr;
}

} // namespace

class TestGuiTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void iconDocksIntoTray();
    void notificationShowsBalloon();
    void closeHidesWithHintOnce();
    void clickTogglesWindow_data();
    void clickTogglesWindow();

private:
    QString m_configPath;
    QTemporaryDir m_dir;
};

void TestGuiTray::initTestCase()
{
    if (qEnvironmentVariableIsSet(kSkipVar))
        QSKIP(qPrintable(qEnvironmentVariable(kSkipVar)));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_tray"));
    QVERIFY(m_dir.isValid());
    m_configPath = m_dir.filePath(QStringLiteral("bandwatch.yaml"));
    GuiApp::installTranslations(QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestGuiTray::init()
{
    QSettings().clear();
}

void TestGuiTray::iconDocksIntoTray()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    TrayIcon tray(&w);
    tray.show();
    QRect icon, panel;
    QVERIFY2(waitUntilDocked(tray.systemTrayIcon(), &icon, &panel),
             qPrintable(QStringLiteral("icon %1,%2 %3x%4 not inside trayer %5,%6 %7x%8")
                            .arg(icon.x())
                            .arg(icon.y())
                            .arg(icon.width())
                            .arg(icon.height())
                            .arg(panel.x())
                            .arg(panel.y())
                            .arg(panel.width())
                            .arg(panel.height())));
    QVERIFY(tray.systemTrayIcon()->isVisible());
}

void TestGuiTray::notificationShowsBalloon()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    TrayIcon tray(&w);
    tray.show();
    QVERIFY(waitUntilDocked(tray.systemTrayIcon()));
    QVERIFY(QSystemTrayIcon::supportsMessages());
    TrayNotifier notifier(tray.systemTrayIcon(), &w);
    QSignalSpy finished(&notifier, &Notifier::finished);
    QSignalSpy activated(&notifier, &TrayNotifier::quotaActivated);
    OutboxEntry entry;
    entry.id = 42;
    entry.channel = notifier.channel();
    notifier.deliver(entry, sampleAlert());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(0).toLongLong(), 42);
    QCOMPARE(finished.first().at(1).toBool(), true);
    // No notification daemon on this display: Qt draws its own balloon by the icon.
    QWidget *balloon = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((balloon = visibleBalloon()) != nullptr,
                              qPrintable(topLevelClasses().join(u' ')), 5000);
    QVERIFY(QTest::qWaitForWindowExposed(balloon));
    QVERIFY(balloon->geometry().intersects(tray.systemTrayIcon()->geometry().adjusted(-200, -200, 200, 200)));
    // No message box fallback was used.
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!(top->isVisible() && top->inherits("QMessageBox")));
    QTest::mouseClick(balloon, Qt::LeftButton, {}, balloon->rect().center());
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 5000);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("isp-monthly"));
}

void TestGuiTray::closeHidesWithHintOnce()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.setCloseToTray(true);
    TrayIcon tray(&w);
    tray.show();
    QVERIFY(waitUntilDocked(tray.systemTrayIcon()));
    w.resize(700, 450);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (QWidget *top : QApplication::topLevelWidgets()) // a balloon left from an earlier test
        if (QByteArray(top->metaObject()->className()) == "QBalloonTip")
            top->hide();
    QVERIFY(!w.close()); // ignored: hidden to the tray
    QVERIFY(!w.isVisible());
    QWidget *balloon = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((balloon = visibleBalloon()) != nullptr, 5000);
    QStringList texts;
    for (const QLabel *l : balloon->findChildren<QLabel *>())
        texts << l->text();
    QVERIFY2(texts.join(u' ').contains(QStringLiteral("Bandwatch is still running")),
             qPrintable(texts.join(u'|')));
    balloon->hide();
    // Once only: the next close hides quietly.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.close());
    QTest::qWait(300);
    QVERIFY(visibleBalloon() == nullptr);
}

void TestGuiTray::clickTogglesWindow_data()
{
    QTest::addColumn<bool>("startVisible");
    QTest::newRow("click hides the window") << true;
    QTest::newRow("click shows the hidden window") << false;
}

void TestGuiTray::clickTogglesWindow()
{
    QFETCH(bool, startVisible);
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("xdotool is not installed (apt install xdotool): no real click to send");
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.setCloseToTray(true);
    TrayIcon tray(&w);
    tray.show();
    QVERIFY(waitUntilDocked(tray.systemTrayIcon()));
    w.resize(700, 450);
    if (startVisible) {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }
    QCOMPARE(w.isVisible(), startVisible);
    QSignalSpy activations(tray.systemTrayIcon(), &QSystemTrayIcon::activated);
    const QPoint c = tray.systemTrayIcon()->geometry().center();
    // From elsewhere onto the icon, as a hand would; the icon window may be
    // mapped a moment after its geometry is known, so a lost click is tried
    // again (twice at most).
    for (int attempt = 0; attempt < 3 && activations.isEmpty(); ++attempt) {
        run(QStringLiteral("xdotool"),
            { QStringLiteral("mousemove"), QStringLiteral("--sync"), QStringLiteral("5"),
              QStringLiteral("400") });
        QTest::qWait(200);
        run(QStringLiteral("xdotool"),
            { QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(c.x()),
              QString::number(c.y()), QStringLiteral("click"), QStringLiteral("1") });
        if (QTest::qWaitFor([&activations] { return !activations.isEmpty(); }, 2000))
            break;
    }
    QVERIFY(!activations.isEmpty());
    QCOMPARE(activations.first().first().value<QSystemTrayIcon::ActivationReason>(),
             QSystemTrayIcon::Trigger);
    QTRY_COMPARE_WITH_TIMEOUT(w.isVisible(), !startVisible, 5000);
}

// Outside Xvfb: start the X server and the tray, run this executable again
// inside them, clean up. Inside: the tests.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kInnerVar)) {
        QApplication app(argc, argv);
        TestGuiTray test;
        QTEST_SET_MAIN_SOURCE_PATH
        return QTest::qExec(&test, argc, argv);
    }
    QCoreApplication app(argc, argv);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kInnerVar), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    // No session bus: Qt uses the XEmbed tray (trayer) and its own balloons.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    QProcess server, tray;
    if (xvfb.isEmpty() || trayer.isEmpty()) {
        env.insert(QString::fromLatin1(kSkipVar),
                   QStringLiteral("needs Xvfb and trayer (apt install xvfb trayer); missing: %1")
                       .arg(xvfb.isEmpty() ? QStringLiteral("Xvfb") : QStringLiteral("trayer")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        // -displayfd 1: Xvfb picks a free display and writes its number on stdout once ready.
        server.start(xvfb,
                     { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                       QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                       QStringLiteral("tcp") });
        QByteArray display;
        QElapsedTimer t;
        t.start();
        while (!display.endsWith('\n') && t.elapsed() < 15000 && server.state() != QProcess::NotRunning) {
            server.waitForReadyRead(200);
            display += server.readAllStandardOutput();
        }
        if (!display.endsWith('\n')) {
            std::fprintf(stderr, "Xvfb did not start within 15 s: %s\n",
                         server.readAllStandardError().constData());
            server.kill();
            server.waitForFinished(2000);
            return 1;
        }
        const QString name = QStringLiteral(":%1").arg(QString::fromLatin1(display.trimmed()));
        std::fprintf(stderr, "Xvfb on display %s\n", qPrintable(name));
        env.insert(QStringLiteral("DISPLAY"), name);
        QProcessEnvironment trayEnv = env;
        tray.setProcessEnvironment(trayEnv);
        tray.start(trayer,
                   { QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                     QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("pixel"),
                     QStringLiteral("--width"), QStringLiteral("240"), QStringLiteral("--heighttype"),
                     QStringLiteral("pixel"), QStringLiteral("--height"), QStringLiteral("32"),
                     QStringLiteral("--SetDockType"), QStringLiteral("true"), QStringLiteral("--transparent"),
                     QStringLiteral("false") });
        if (!tray.waitForStarted(5000)) {
            std::fprintf(stderr, "trayer did not start\n");
            server.kill();
            server.waitForFinished(2000);
            return 1;
        }
    }
    QProcess inner;
    inner.setProcessEnvironment(env);
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.start(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    int rc = 1;
    if (inner.waitForStarted(5000) && inner.waitForFinished(150'000))
        rc = inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 1;
    else {
        std::fprintf(stderr, "the tests did not finish within 150 s\n");
        inner.kill();
        inner.waitForFinished(2000);
    }
    for (QProcess *p : { &tray, &server }) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    return rc;
}

#include "tst_gui_tray.moc"
