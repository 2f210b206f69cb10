#include "sources/sourcefactory.h"

#include "sources/cdn/akamaisource.h"
#include "sources/cdn/aliyuncdnsource.h"
#include "sources/cdn/cdnetworkssource.h"
#include "sources/cdn/cloudflaresource.h"
#include "sources/cdn/cloudfrontsource.h"
#include "sources/cdn/fastlysource.h"
#include "sources/cdn/tencentcdnsource.h"
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
    std::chrono::milliseconds defaultInterval;
};

template<typename T>
SourceType entry(const char *name, std::chrono::milliseconds defaultInterval = std::chrono::seconds(60))
{
    return { name, &T::validate, [](const SourceConfig &c, QObject *p) -> Source * { return new T(c, p); },
             defaultInterval };
}

// CDN APIs report in 1- or 5-minute buckets, late, with rate limits: polling
// more often than every 5 minutes only spends the quota.
constexpr std::chrono::milliseconds kCdnInterval = std::chrono::minutes(5);

const std::vector<SourceType> &table()
{
    static const std::vector<SourceType> t {
        entry<InterfacesSource>("interfaces"),
        entry<VnstatSource>("vnstat"),
        entry<VnstatExporterSource>("vnstat-exporter"),
        entry<KongSource>("kong"),
        entry<PrometheusSource>("prometheus"),
        entry<CloudflareSource>("cloudflare", kCdnInterval),
        entry<TencentCdnSource>("tencent-cdn", kCdnInterval),
        entry<AliyunCdnSource>("aliyun-cdn", kCdnInterval),
        entry<FastlySource>("fastly", kCdnInterval),
        entry<AkamaiSource>("akamai", kCdnInterval),
        entry<CloudFrontSource>("cloudfront", kCdnInterval),
        entry<CdnetworksSource>("cdnetworks", kCdnInterval),
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
    return { { QStringLiteral("type"),
               QCoreApplication::translate("SourceFactory", "unknown source type \"%1\" (known types: %2)")
                   .arg(config.type, types().join(QStringLiteral(", "))) } };
}

std::chrono::milliseconds SourceFactory::defaultInterval(const QString &type)
{
    const auto *t = find(type);
    return t ? t->defaultInterval : std::chrono::milliseconds(std::chrono::seconds(60));
}

Source *SourceFactory::create(const SourceConfig &config, QObject *parent)
{
    const auto *t = find(config.type);
    return t ? t->create(config, parent) : nullptr;
}

} // namespace Bandwatch
