#include "sources/sourcefactory.h"

#include "sources/interfacessource.h"
#include "sources/kongsource.h"
#include "sources/prometheussource.h"
#include "sources/vnstatexportersource.h"
#include "sources/vnstatsource.h"

#include <QCoreApplication>

#include <functional>

namespace Bandwatch {

namespace {

struct SourceType
{
    const char *name;
    std::function<QList<ConfigIssue>(const SourceConfig &)> validate;
    std::function<Source *(const SourceConfig &, QObject *)> create;
};

template<typename T>
SourceType entry(const char *name)
{
    return {name, &T::validate, [](const SourceConfig &c, QObject *p) -> Source * { return new T(c, p); }};
}

const std::vector<SourceType> &table()
{
    static const std::vector<SourceType> t{
        entry<InterfacesSource>("interfaces"),
        entry<VnstatSource>("vnstat"),
        entry<VnstatExporterSource>("vnstat-exporter"),
        entry<KongSource>("kong"),
        entry<PrometheusSource>("prometheus"),
    };
    return t;
}

const SourceType *find(const QString &type)
{
    for (const auto &t : table())
        if (type == QLatin1String(t.name))
            return &t;
    return nullptr;
}

} // namespace

QStringList SourceFactory::types()
{
    QStringList names;
    for (const auto &t : table())
        names << QLatin1String(t.name);
    return names;
}

bool SourceFactory::isKnownType(const QString &type)
{
    return find(type) != nullptr;
}

QList<ConfigIssue> SourceFactory::validate(const SourceConfig &config)
{
    if (const auto *t = find(config.type))
        return t->validate(config);
    return {{QStringLiteral("type"),
             QCoreApplication::translate("SourceFactory", "unknown source type \"%1\" (known types: %2)")
                 .arg(config.type, types().join(QStringLiteral(", ")))}};
}

Source *SourceFactory::create(const SourceConfig &config, QObject *parent)
{
    const auto *t = find(config.type);
    return t ? t->create(config, parent) : nullptr;
}

} // namespace Bandwatch
