#pragma once

#include "core/confignode.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Bandwatch {

// Where the GUI puts a secret the user typed (a token, a password, an API
// key): the desktop keychain when one answers (`<key>_keychain: <account>`
// in the configuration), else a file only the user can read
// (`<key>_file: <path>`, see SecretFile). The configuration file never holds
// the secret itself, and nothing shows it again once stored.
class SecretStore
{
public:
    enum class Backend { Keychain, File };
    struct Stored
    {
        QString suffix; // "_keychain" or "_file"
        QString value; // the keychain account or the file's path
    };

    // `useKeychain`: nullopt = probe the keychain once (the default);
    // tests and people who want files everywhere pass false.
    explicit SecretStore(const QString &configPath, std::optional<bool> useKeychain = std::nullopt);

    Backend backend() const { return m_backend; }
    QString describe() const; // for the dialogs: where secrets go

    // Stores `secret` under `name` ("kong-token", "smtp-password").
    std::optional<Stored> store(const QString &name, const QByteArray &secret, QString *error) const;
    // Points `key` of `entry` at a stored secret, dropping every other form
    // of it (inline, _file, _keychain).
    static void apply(ConfigNode &entry, const QString &key, const Stored &stored);
    // Removes the secret `key` from `entry` in every form.
    static void clear(ConfigNode &entry, const QString &key);
    // How `entry` gives `key` now, for display without the secret:
    // "in the keychain", "in file …", "from ${VAR}", "written in the file", or empty if not set.
    static QString where(const ConfigNode &entry, const QString &key);

private:
    QString m_configPath;
    Backend m_backend = Backend::File;
};

} // namespace Bandwatch
