#include "app/displayprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayProbe", text);
}

// Connects to a Unix socket and hangs up at once; a socket file left behind by
// a server that died refuses the connection. `abstract`: Linux's abstract
// namespace, where X servers also listen.
bool unixSocketAnswers(const QByteArray &path, bool abstract)
{
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const int offset = abstract ? 1 : 0;
    if (path.size() + offset >= int(sizeof(addr.sun_path)))
        return false;
    std::memcpy(addr.sun_path + offset, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(offset + path.size()));
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), len) == 0;
    ::close(fd);
    return ok;
}

// The same for TCP (ssh -X forwarding), with a short timeout: a firewall that
// drops packets must not hold up the start. POSIX, not QTcpSocket: no
// QCoreApplication exists yet.
bool tcpAnswers(const QString &host, int port)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    if (::getaddrinfo(host.toLocal8Bit().constData(), QByteArray::number(port).constData(), &hints, &list)
        != 0)
        return false;
    bool ok = false;
    for (addrinfo *a = list; a && !ok; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            ok = true;
        } else if (errno == EINPROGRESS) {
            pollfd p { fd, POLLOUT, 0 };
            int error = 0;
            socklen_t len = sizeof(error);
            ok = ::poll(&p, 1, 1000) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) == 0
                && error == 0;
        }
        ::close(fd);
    }
    ::freeaddrinfo(list);
    return ok;
}

// Platforms that draw without a display server (tests, VNC, kiosks).
bool needsNoServer(const QString &platform)
{
    static const QStringList own { QStringLiteral("offscreen"),   QStringLiteral("minimal"),
                                   QStringLiteral("vnc"),         QStringLiteral("eglfs"),
                                   QStringLiteral("linuxfb"),     QStringLiteral("minimalegl"),
                                   QStringLiteral("vkkhrdisplay") };
    return own.contains(platform);
}

bool waylandPluginInstalled(const QString &pluginDir)
{
    const QString dir = (pluginDir.isEmpty() ? QLibraryInfo::path(QLibraryInfo::PluginsPath) : pluginDir)
        + QStringLiteral("/platforms");
    return !QDir(dir).entryList({ QStringLiteral("libqwayland*.so") }, QDir::Files).isEmpty();
}

} // namespace

bool DisplayProbe::x11Answers(const QString &display, const QString &socketDir, QString *why)
{
    // [host]:display[.screen]
    static const QRegularExpression re(QStringLiteral("^(.*):(\\d+)(\\.\\d+)?$"));
    const QRegularExpressionMatch m = re.match(display);
    if (!m.hasMatch()) {
        *why = tr("DISPLAY=%1 is not a display name").arg(display);
        return false;
    }
    const QString host = m.captured(1);
    const int number = m.captured(2).toInt();
    bool ok = false;
    if (host.isEmpty() || host == u"unix") {
        const QByteArray path = QFile::encodeName(QStringLiteral("%1/X%2").arg(socketDir).arg(number));
        ok = unixSocketAnswers(path, false) || unixSocketAnswers(path, true);
    } else {
        // ssh -X forwards displays as localhost:10 and up, on TCP port 6000 + n.
        ok = tcpAnswers(host, 6000 + number);
    }
    if (!ok)
        *why = tr("no X server answers on DISPLAY=%1").arg(display);
    return ok;
}

bool DisplayProbe::waylandAnswers(const QProcessEnvironment &env, QString *why)
{
    const QString name = env.value(QStringLiteral("WAYLAND_DISPLAY"));
    const QString path =
        QDir::isAbsolutePath(name) ? name : env.value(QStringLiteral("XDG_RUNTIME_DIR")) + u'/' + name;
    if (unixSocketAnswers(QFile::encodeName(path), false))
        return true;
    *why = tr("no Wayland compositor answers on WAYLAND_DISPLAY=%1").arg(name);
    return false;
}

DisplayProbe::Result DisplayProbe::probe(const QProcessEnvironment &env)
{
    return probe(env, Paths());
}

DisplayProbe::Result DisplayProbe::probe(const QProcessEnvironment &env, const Paths &paths)
{
    Result r;
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM")).section(u':', 0, 0);
    if (needsNoServer(platform)) {
        r.usable = true;
        return r;
    }
    QStringList reasons;
    QString why;
    const bool wantWayland = platform.isEmpty() || platform.startsWith(u"wayland");
    const bool wantX11 = platform.isEmpty() || platform == u"xcb";
    if (!wantWayland && !wantX11) {
        // A plugin we know nothing about: let Qt try it.
        r.usable = true;
        return r;
    }
    // An empty variable is as good as none (`DISPLAY= bandwatch`).
    if (wantWayland && !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()) {
        if (!waylandAnswers(env, &why))
            reasons << why;
        else if (!waylandPluginInstalled(paths.pluginDir))
            reasons << tr(
                "a Wayland session, but Qt's Wayland plugin (package qt6-wayland) is not installed");
        else
            r.platforms << (platform.isEmpty() ? QStringLiteral("wayland") : platform);
    }
    if (wantX11 && !env.value(QStringLiteral("DISPLAY")).isEmpty()) {
        if (x11Answers(env.value(QStringLiteral("DISPLAY")), paths.x11SocketDir, &why))
            r.platforms << QStringLiteral("xcb");
        else
            reasons << why;
    }
    r.usable = !r.platforms.isEmpty();
    if (!r.usable)
        r.reason = reasons.isEmpty() ? tr("DISPLAY and WAYLAND_DISPLAY are unset")
                                     : reasons.join(QStringLiteral("; "));
    return r;
}

} // namespace Bandwatch
