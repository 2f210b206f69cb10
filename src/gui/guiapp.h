#pragma once

#include <QString>

namespace Bandwatch {

class Collector;
class MainWindow;
class SingleInstance;
class TrayNotifier;

// The desktop front end's entry point, called by main() once the
// QApplication exists and the collector runs.
class GuiApp
{
public:
    // Shows the main window (and the tray icon where a tray exists), runs the
    // event loop and returns its exit code. Never stops the collector.
    // `instance` (optional): its raise requests (a second launch) show the window.
    static int run(Collector &collector, const QString &configPath, SingleInstance *instance = nullptr);
    // A clicked alert (balloon or "Show quota" in the fallback box) shows its quota in the window.
    static void connectNotifier(TrayNotifier *notifier, MainWindow *window);

    // Installs the translations for `language` ("en", "zh_CN", "zh_TW";
    // empty: the language saved in the settings, else the system's), ours and
    // Qt's own. Returns the language actually loaded ("en" when none matched).
    static QString installTranslations(const QString &language = {});
    static QStringList availableLanguages();
};

} // namespace Bandwatch
