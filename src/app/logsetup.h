#pragma once

#include <QString>

namespace Bandwatch {

// Log lines on stderr: "LEVEL category: message", with syslog priority
// prefixes ("<4>") when stderr is a journald stream, so `journalctl -p warning`
// works for the headless service.
class LogSetup
{
public:
    // level: debug | info | warning | error
    static bool install(const QString &level, QString *error = nullptr);
};

} // namespace Bandwatch
