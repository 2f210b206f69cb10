#pragma once

#include <QByteArray>
#include <QString>

namespace Bandwatch {

// Secrets entered in the GUI (tokens, passwords, exporter keys) are written
// to files only their owner can read, in a `secrets` folder (0700) next to the
// configuration file, and the configuration refers to them as `<key>_file:`.
// Headless mode reads the same files, so a secret entered on the desktop also
// works for the service, and the YAML file itself never holds one.
class SecretFile
{
public:
    // <folder of configPath>/secrets
    static QString folderFor(const QString &configPath);
    // Writes `secret` (plus a newline) to <folder>/<name>, atomically, mode
    // 0600, creating the folder with mode 0700. `name` is reduced to
    // [A-Za-z0-9._-]. Returns the file's absolute path, or empty with *error.
    static QString write(const QString &folder, const QString &name, const QByteArray &secret,
                         QString *error);
    // A new random key for the exporter's API: 32 bytes from the system's
    // CSPRNG, base64url without padding (43 characters).
    static QByteArray generateKey();
};

} // namespace Bandwatch
