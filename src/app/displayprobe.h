#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// Whether the desktop app can start here: a display server that answers, not
// just a variable naming one. Qt aborts the whole process when its platform
// plugin cannot connect (a stale DISPLAY in an ssh session, the WAYLAND_DISPLAY
// of a session that ended, a Wayland session without Qt's Wayland plugin), so
// this is decided before QApplication exists, and main() falls back to
// headless mode with the reason instead of crashing.
class DisplayProbe
{
public:
    struct Paths
    {
        QString x11SocketDir = QStringLiteral("/tmp/.X11-unix");
        QString pluginDir; // Qt's plugin folder; empty: QLibraryInfo's
    };
    struct Result
    {
        bool usable = false;
        // Platform plugins that can connect, in Qt's order of preference, for
        // QT_QPA_PLATFORM when the user did not set it ("wayland;xcb").
        QStringList platforms;
        QString reason; // why not usable
    };

    static Result probe(const QProcessEnvironment &env);
    static Result probe(const QProcessEnvironment &env, const Paths &paths);

private:
    static bool x11Answers(const QString &display, const QString &socketDir, QString *why);
    static bool waylandAnswers(const QProcessEnvironment &env, QString *why);
};

} // namespace Bandwatch
