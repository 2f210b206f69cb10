#include "sources/sourceconfig.h"

#include "core/secrets.h"
#include "core/units.h"

namespace Bandwatch {

QString SourceConfig::string(const QString &key, const QString &fallback) const
{
    const auto it = options.constFind(key);
    return it == options.cend() ? fallback : it->toString();
}

QStringList SourceConfig::stringList(const QString &key) const
{
    const auto it = options.constFind(key);
    if (it == options.cend())
        return {};
    if (it->typeId() == QMetaType::QString)
        return it->toString().isEmpty() ? QStringList {} : QStringList { it->toString() };
    return it->toStringList();
}

bool SourceConfig::boolean(const QString &key, bool fallback) const
{
    const auto it = options.constFind(key);
    if (it == options.cend())
        return fallback;
    const QString v = it->toString().toLower();
    if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
        return false;
    return fallback;
}

std::chrono::milliseconds SourceConfig::duration(const QString &key, std::chrono::milliseconds fallback) const
{
    if (!options.contains(key))
        return fallback;
    return Units::parseDuration(string(key)).value_or(fallback);
}

QString SourceConfig::secret(const QString &key, QString *error) const
{
    if (options.contains(key))
        return string(key);
    const QString fileKey = key + QStringLiteral("_file");
    if (!options.contains(fileKey))
        return {};
    return Secrets::readFile(string(fileKey), error).value_or(QString());
}

} // namespace Bandwatch
