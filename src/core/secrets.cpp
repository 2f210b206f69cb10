#include "core/secrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Bandwatch {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Secrets", s);
}
} // namespace

std::optional<QString> Secrets::expandEnvironment(const QString &text, QString *error)
{
    if (!text.contains(u'$'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'$' && text.mid(i, 3) == u"$${") {
            out += QStringLiteral("${");
            i += 2;
            continue;
        }
        if (text.at(i) == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 2);
            if (close < 0) {
                if (error)
                    *error = tr("unterminated ${ in \"%1\"").arg(text);
                return std::nullopt;
            }
            const QString name = text.mid(i + 2, close - i - 2);
            if (name.isEmpty()) {
                if (error)
                    *error = tr("empty variable name ${} in a value");
                return std::nullopt;
            }
            const QByteArray value = qgetenv(name.toLocal8Bit().constData());
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
                if (error)
                    *error = tr("environment variable %1 is not set").arg(name);
                return std::nullopt;
            }
            out += QString::fromLocal8Bit(value);
            i = close;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

std::optional<QString> Secrets::readFile(const QString &path, QString *error, QString *warning)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read secret file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    if (warning && (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)))
        *warning = tr("secret file %1 is readable by other users; run chmod 600 on it").arg(path);
    // Only the first line: files written with `echo` end in a newline that is
    // not part of the secret.
    QByteArray data = f.read(64 * 1024);
    const qsizetype nl = data.indexOf('\n');
    if (nl >= 0)
        data.truncate(nl);
    if (data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

QString Secrets::redacted(const QString &secret)
{
    return secret.isEmpty() ? QString() : QStringLiteral("******");
}

bool Secrets::isSecretKey(const QString &key)
{
    static const QStringList needles { QStringLiteral("password"),     QStringLiteral("token"),
                                       QStringLiteral("secret"),       QStringLiteral("api_key"),
                                       QStringLiteral("apikey"),       QStringLiteral("access_key"),
                                       QStringLiteral("client_secret") };
    const QString k = key.toLower();
    if (k == u"key")
        return true;
    for (const QString &n : needles)
        if (k.contains(n))
            return true;
    return false;
}

} // namespace Bandwatch
