// Whether the desktop app can start: real Unix and TCP sockets stand in for X
// servers and Wayland compositors (the probe only connects and hangs up), and
// a socket file whose server is gone stands for a crashed one.
#include "app/displayprobe.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Bandwatch;

namespace {

// A socket file nobody listens on any more: bound, then closed without unlink.
bool leaveStaleSocket(const QString &path)
{
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool ok = ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok && QFile::exists(path);
}

} // namespace

class TestDisplayProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probe_data();
    void probe();

private:
    QTemporaryDir m_dir;
};

void TestDisplayProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDisplayProbe::probe_data()
{
    QTest::addColumn<QStringList>("vars"); // NAME=value; {dir} is a temporary folder
    QTest::addColumn<QString>("serve"); // "x11:<n>", "x11-stale:<n>", "tcp:<port>", "wayland:<name>", ""
    QTest::addColumn<bool>("waylandPlugin"); // Qt's Wayland plugin installed
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("platforms"); // for QT_QPA_PLATFORM
    QTest::addColumn<QString>("reason"); // part of the reason when not usable

    QTest::newRow("nothing set") << QStringList {} << QString() << true << false << QString()
                                 << QStringLiteral("are unset");
    QTest::newRow("empty DISPLAY") << QStringList { QStringLiteral("DISPLAY=") } << QString() << true << false
                                   << QString() << QStringLiteral("are unset");
    QTest::newRow("X server answers")
        << QStringList { QStringLiteral("DISPLAY=:5") } << QStringLiteral("x11:5") << false << true
        << QStringLiteral("xcb") << QString();
    QTest::newRow("with a screen number")
        << QStringList { QStringLiteral("DISPLAY=:5.0") } << QStringLiteral("x11:5") << false << true
        << QStringLiteral("xcb") << QString();
    QTest::newRow("stale DISPLAY, no server")
        << QStringList { QStringLiteral("DISPLAY=:6") } << QString() << false << false << QString()
        << QStringLiteral("no X server answers on DISPLAY=:6");
    QTest::newRow("socket of a crashed server")
        << QStringList { QStringLiteral("DISPLAY=:7") } << QStringLiteral("x11-stale:7") << false << false
        << QString() << QStringLiteral("DISPLAY=:7");
    QTest::newRow("another display answers")
        << QStringList { QStringLiteral("DISPLAY=:8") } << QStringLiteral("x11:9") << false << false
        << QString() << QStringLiteral("DISPLAY=:8");
    QTest::newRow("ssh forwarding answers")
        << QStringList { QStringLiteral("DISPLAY=127.0.0.1:171") } << QStringLiteral("tcp:6171") << false
        << true << QStringLiteral("xcb") << QString();
    QTest::newRow("ssh forwarding gone")
        << QStringList { QStringLiteral("DISPLAY=127.0.0.1:172") } << QString() << false << false << QString()
        << QStringLiteral("127.0.0.1:172");
    QTest::newRow("not a display name")
        << QStringList { QStringLiteral("DISPLAY=garbage") } << QString() << false << false << QString()
        << QStringLiteral("not a display name");
    QTest::newRow("offscreen needs no server") << QStringList { QStringLiteral("QT_QPA_PLATFORM=offscreen") }
                                               << QString() << false << true << QString() << QString();
    QTest::newRow("xcb asked for, no X") << QStringList { QStringLiteral("QT_QPA_PLATFORM=xcb") } << QString()
                                         << false << false << QString() << QStringLiteral("are unset");
    QTest::newRow("wayland answers") << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-3"),
                                                      QStringLiteral("XDG_RUNTIME_DIR={dir}") }
                                     << QStringLiteral("wayland:wayland-3") << true << true
                                     << QStringLiteral("wayland") << QString();
    QTest::newRow("wayland without Qt's plugin") << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-3"),
                                                                  QStringLiteral("XDG_RUNTIME_DIR={dir}") }
                                                 << QStringLiteral("wayland:wayland-3") << false << false
                                                 << QString() << QStringLiteral("qt6-wayland");
    QTest::newRow("wayland without plugin, XWayland answers")
        << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-3"), QStringLiteral("XDG_RUNTIME_DIR={dir}"),
                         QStringLiteral("DISPLAY=:5") }
        << QStringLiteral("wayland:wayland-3,x11:5") << false << true << QStringLiteral("xcb") << QString();
    QTest::newRow("both answer: wayland first")
        << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-3"), QStringLiteral("XDG_RUNTIME_DIR={dir}"),
                         QStringLiteral("DISPLAY=:5") }
        << QStringLiteral("wayland:wayland-3,x11:5") << true << true << QStringLiteral("wayland;xcb")
        << QString();
    QTest::newRow("ended wayland session")
        << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-4"),
                         QStringLiteral("XDG_RUNTIME_DIR={dir}") }
        << QString() << true << false << QString() << QStringLiteral("WAYLAND_DISPLAY=wayland-4");
}

void TestDisplayProbe::probe()
{
    QFETCH(QStringList, vars);
    QFETCH(QString, serve);
    QFETCH(bool, waylandPlugin);
    QFETCH(bool, usable);
    QFETCH(QString, platforms);
    QFETCH(QString, reason);

    QTemporaryDir dir(m_dir.filePath(QStringLiteral("XXXXXX")));
    QVERIFY(dir.isValid());
    DisplayProbe::Paths paths;
    paths.x11SocketDir = dir.filePath(QStringLiteral("x11"));
    paths.pluginDir = dir.filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(paths.x11SocketDir));
    QVERIFY(QDir().mkpath(paths.pluginDir + QStringLiteral("/platforms")));
    if (waylandPlugin) {
        QFile plugin(paths.pluginDir + QStringLiteral("/platforms/libqwayland-generic.so"));
        QVERIFY(plugin.open(QIODevice::WriteOnly));
    }

    std::vector<std::unique_ptr<QLocalServer>> local;
    std::vector<std::unique_ptr<QTcpServer>> tcp;
    for (const QString &what : serve.split(u',', Qt::SkipEmptyParts)) {
        const QString kind = what.section(u':', 0, 0);
        const QString arg = what.section(u':', 1);
        if (kind == u"x11" || kind == u"wayland") {
            auto server = std::make_unique<QLocalServer>();
            const QString path =
                kind == u"x11" ? paths.x11SocketDir + QStringLiteral("/X") + arg : dir.filePath(arg);
            QVERIFY2(server->listen(path), qPrintable(server->errorString()));
            local.push_back(std::move(server));
        } else if (kind == u"x11-stale") {
            QVERIFY(leaveStaleSocket(paths.x11SocketDir + QStringLiteral("/X") + arg));
        } else if (kind == u"tcp") {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(QHostAddress::LocalHost, quint16(arg.toInt())))
                QSKIP("the TCP port for the forwarded display is taken on this machine");
            tcp.push_back(std::move(server));
        }
    }

    QProcessEnvironment env;
    for (QString v : std::as_const(vars)) {
        v.replace(QStringLiteral("{dir}"), dir.path());
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    }
    const DisplayProbe::Result r = DisplayProbe::probe(env, paths);
    QCOMPARE(r.usable, usable);
    QCOMPARE(r.platforms.join(u';'), platforms);
    if (!usable)
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
}

QTEST_GUILESS_MAIN(TestDisplayProbe)
#include "tst_displayprobe.moc"
