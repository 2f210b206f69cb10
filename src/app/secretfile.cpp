#include "app/secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace Bandwatch {

QString SecretFile::folderFor(const QString &configPath)
{
    return QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("secrets"));
}

QString SecretFile::write(const QString &folder, const QString &name, const QByteArray &secret,
                          QString *error)
{
    auto fail = [error](const QString &message) -> QString {
        if (error)
            *error = message;
        return {};
    };
    QString safe = name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1String("secret"));
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(QCoreApplication::translate("SecretFile", "cannot create the folder %1").arg(folder));
    // Tighten even an existing folder: it holds nothing but secrets.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = dir.absoluteFilePath(safe);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(
            QCoreApplication::translate("SecretFile", "cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(secret + '\n') != secret.size() + 1 || !f.commit())
        return fail(
            QCoreApplication::translate("SecretFile", "cannot write %1: %2").arg(path, f.errorString()));
    return path;
}

QByteArray SecretFile::generateKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Bandwatch
