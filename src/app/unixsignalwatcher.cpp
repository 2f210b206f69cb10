#include "app/unixsignalwatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Bandwatch {

namespace {
int g_fds[2] = { -1, -1 };

void handler(int sig)
{
    const unsigned char c = static_cast<unsigned char>(sig);
    // Nothing useful can be done if the pipe is full: the signal is pending anyway.
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &c, 1);
}
} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_fds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::onReadable);
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    struct sigaction sa = {};
    sa.sa_handler = SIG_DFL;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
}

void UnixSignalWatcher::onReadable()
{
    unsigned char c = 0;
    if (::read(g_fds[1], &c, 1) != 1)
        return;
    if (c == SIGHUP)
        Q_EMIT reloadRequested();
    else
        Q_EMIT terminateRequested(c);
}

} // namespace Bandwatch
