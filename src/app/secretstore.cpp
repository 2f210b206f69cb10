#include "app/secretstore.h"

#include "app/keychain.h"
#include "app/secretfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

} // namespace

SecretStore::SecretStore(const QString &configPath, std::optional<bool> useKeychain)
    : m_configPath(configPath)
{
    const bool keychain = useKeychain.value_or(true) && Keychain::isAvailable();
    m_backend = keychain ? Backend::Keychain : Backend::File;
}

QString SecretStore::describe() const
{
    if (m_backend == Backend::Keychain)
        return tr("Secrets are stored in the desktop keychain (service \"bandwatch\"). Headless mode on a "
                  "server cannot read them: give it <key>_file or ${ENV} instead.");
    return tr("Secrets are stored in files only you can read, in %1.")
        .arg(SecretFile::folderFor(m_configPath));
}

std::optional<SecretStore::Stored> SecretStore::store(const QString &name, const QByteArray &secret,
                                                      QString *error) const
{
    if (m_backend == Backend::Keychain) {
        // One entry per configuration file, so two configurations never share a token by accident.
        const QString account = QFileInfo(m_configPath).absoluteFilePath() + QLatin1Char('#') + name;
        if (Keychain::write(account, secret, error))
            return Stored { QStringLiteral("_keychain"), account };
        return std::nullopt;
    }
    const QString path = SecretFile::write(SecretFile::folderFor(m_configPath), name, secret, error);
    if (path.isEmpty())
        return std::nullopt;
    return Stored { QStringLiteral("_file"), path };
}

void SecretStore::clear(ConfigNode &entry, const QString &key)
{
    entry.remove(key);
    entry.remove(QString(key + QStringLiteral("_file")));
    entry.remove(QString(key + QStringLiteral("_keychain")));
}

void SecretStore::apply(ConfigNode &entry, const QString &key, const Stored &stored)
{
    clear(entry, key);
    entry.set(key + stored.suffix, stored.value);
}

QString SecretStore::where(const ConfigNode &entry, const QString &key)
{
    if (entry.has(QString(key + QStringLiteral("_keychain"))))
        return tr("in the keychain");
    if (entry.has(QString(key + QStringLiteral("_file"))))
        return tr("in file %1").arg(entry.text(QString(key + QStringLiteral("_file"))));
    const QString inline_ = entry.text(key);
    if (inline_.isEmpty())
        return {};
    if (inline_.contains(QLatin1String("${")))
        return tr("from %1").arg(inline_);
    return tr("written in the configuration file");
}

} // namespace Bandwatch
