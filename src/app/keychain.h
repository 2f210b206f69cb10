#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Bandwatch {

// The desktop's keychain (the freedesktop Secret Service: GNOME Keyring,
// KWallet) through QtKeychain, when Bandwatch was built with it and a
// keychain answers on the session bus. Secrets live under the service
// "bandwatch"; the configuration names them as `<key>_keychain: <account>`.
//
// Calls block for at most `timeoutMs` (a local event loop): they run when a
// configuration is loaded or saved, not on a poll path, and a keychain that
// does not answer must not hang the app.
class Keychain
{
public:
    static constexpr int kDefaultTimeoutMs = 5000;

    static bool isBuiltIn();
    // A keychain answers now (probes with a read of an entry that does not exist).
    static bool isAvailable(int timeoutMs = kDefaultTimeoutMs);
    static bool write(const QString &account, const QByteArray &secret, QString *error,
                      int timeoutMs = kDefaultTimeoutMs);
    static std::optional<QByteArray> read(const QString &account, QString *error,
                                          int timeoutMs = kDefaultTimeoutMs);
    static bool remove(const QString &account, QString *error, int timeoutMs = kDefaultTimeoutMs);
};

} // namespace Bandwatch
