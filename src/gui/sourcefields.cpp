#include "gui/sourcefields.h"

#include <QCoreApplication>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SourceFields", text);
}

using Kind = SourceField::Kind;

SourceField field(const char *key, Kind kind, const char *label, const char *placeholder = nullptr,
                  const char *toolTip = nullptr)
{
    SourceField f;
    f.key = QLatin1String(key);
    f.kind = kind;
    f.label = tr(label);
    if (placeholder)
        f.placeholder = tr(placeholder);
    if (toolTip)
        f.toolTip = tr(toolTip);
    return f;
}

SourceField choice(const char *key, const char *label, QStringList choices, const char *toolTip = nullptr)
{
    SourceField f = field(key, Kind::Choice, label, nullptr, toolTip);
    f.choices = std::move(choices);
    return f;
}

QList<SourceField> httpAuth(const char *defaultHeader)
{
    QList<SourceField> fields {
        field("username", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "User name:"),
              QT_TRANSLATE_NOOP("SourceFields", "none (basic authentication)")),
        field("password", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Password:")),
        field("token", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Token:")),
        field("header", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Token header:")),
    };
    fields.last().placeholder = QLatin1String(defaultHeader);
    return fields;
}

} // namespace

QList<SourceField> SourceFields::forType(const QString &type)
{
    if (type == u"interfaces") {
        return {
            field("include", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Include:"),
                  QT_TRANSLATE_NOOP("SourceFields", "all interfaces, or globs such as eth*, wlan*")),
            field("exclude", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Exclude:"), "lo",
                  QT_TRANSLATE_NOOP("SourceFields", "Glob patterns, separated by commas")),
            field("max_gap_intervals", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Max. gap (intervals):"),
                  "5"),
        };
    }
    if (type == u"vnstat") {
        return {
            field("interface", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Interface:"),
                  QT_TRANSLATE_NOOP("SourceFields", "every interface vnstat knows")),
            field("command", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Command:"), "vnstat"),
            field("config", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "vnstat configuration:"),
                  QT_TRANSLATE_NOOP("SourceFields", "vnstat's default")),
            field("dbdir", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Database folder:"),
                  QT_TRANSLATE_NOOP("SourceFields", "vnstat's default")),
            field("stale_after", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Stale after:"), "15m"),
        };
    }
    if (type == u"vnstat-exporter") {
        SourceField health =
            field("check_health", Kind::Bool, QT_TRANSLATE_NOOP("SourceFields", "Check /health first"));
        health.defaultValue = QStringLiteral("false");
        return {
            field("url", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "URL:"),
                  "http://host:50000/webhook/secret-…",
                  QT_TRANSLATE_NOOP("SourceFields", "The exporter's address including its secret path")),
            health,
            field("series", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Series name:"), "total"),
            field("max_gap_intervals", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Max. gap (intervals):"),
                  "5"),
        };
    }
    if (type == u"kong") {
        return QList<SourceField> {
            field("url", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "URL:"), "http://kong:8001/metrics"),
            field("urls", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "URLs (several nodes):"),
                  QT_TRANSLATE_NOOP("SourceFields", "instead of URL: node URLs separated by commas")),
            field("keep_labels", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Keep labels:"),
                  QT_TRANSLATE_NOOP("SourceFields", "none (aggregated); consumer, workspace")),
            field("max_gap_intervals", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Max. gap (intervals):"),
                  "5"),
        }
        + httpAuth("Kong-Admin-Token");
    }
    if (type == u"prometheus") {
        return QList<SourceField> {
            field("url", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "URL:"), "http://prometheus:9090"),
            field("query", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Query (PromQL):"),
                  "sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))"),
            choice("value", QT_TRANSLATE_NOOP("SourceFields", "Value:"),
                   { QStringLiteral("bytes_per_second"), QStringLiteral("bits_per_second"),
                     QStringLiteral("counter") }),
            field("series_labels", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Series labels:"),
                  QT_TRANSLATE_NOOP("SourceFields", "labels that name a series, e.g. service")),
            field("direction_label", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Direction label:"),
                  "direction"),
            choice("direction", QT_TRANSLATE_NOOP("SourceFields", "Fixed direction:"),
                   { QStringLiteral("in"), QStringLiteral("out") }),
            choice("mode", QT_TRANSLATE_NOOP("SourceFields", "Mode:"),
                   { QStringLiteral("range"), QStringLiteral("instant") }),
            field("step", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Step:"),
                  QT_TRANSLATE_NOOP("SourceFields", "the interval")),
            field("delay", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Delay:"),
                  QT_TRANSLATE_NOOP("SourceFields", "range mode: max(30s, step); instant: 0s")),
        }
        + httpAuth("Authorization");
    }
    // CDN providers: credentials are secrets; the window options are shared.
    const QList<SourceField> cdnCommon {
        field("lookback", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "First poll reaches back:"), "24h"),
        field("refetch", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Fetch again (late data):"), "30m"),
        field("endpoint", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "API endpoint:"),
              QT_TRANSLATE_NOOP("SourceFields", "the provider's default")),
    };
    const auto domains = [] {
        return field("domains", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Domains:"),
                     QT_TRANSLATE_NOOP("SourceFields", "cdn.example.com, img.example.com"));
    };
    if (type == u"cloudflare") {
        return QList<SourceField> {
            field("zone_id", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Zone ID:")),
            field("api_token", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "API token:"), nullptr,
                  QT_TRANSLATE_NOOP("SourceFields", "A token with the Analytics Read permission")),
            domains(),
        }
        + cdnCommon;
    }
    if (type == u"tencent-cdn") {
        return QList<SourceField> {
            domains(),
            field("secret_id", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "SecretId:")),
            field("secret_key", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "SecretKey:")),
            choice("area", QT_TRANSLATE_NOOP("SourceFields", "Area:"),
                   { QStringLiteral("mainland"), QStringLiteral("overseas") }),
        }
        + cdnCommon;
    }
    if (type == u"aliyun-cdn") {
        return QList<SourceField> {
            domains(),
            field("access_key_id", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "AccessKey ID:")),
            field("access_key_secret", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "AccessKey secret:")),
        }
        + cdnCommon;
    }
    if (type == u"fastly") {
        return QList<SourceField> {
            field("service_id", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Service ID:")),
            field("api_token", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "API token:")),
            field("name", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Series name:"),
                  QT_TRANSLATE_NOOP("SourceFields", "the service ID")),
        }
        + cdnCommon;
    }
    if (type == u"akamai") {
        return QList<SourceField> {
            domains(),
            field("client_token", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Client token:")),
            field("client_secret", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Client secret:")),
            field("access_token", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Access token:")),
        }
        + cdnCommon;
    }
    if (type == u"cloudfront") {
        return QList<SourceField> {
            field("distribution_id", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Distribution IDs:"),
                  "E1ABCDEF23456"),
            field("access_key_id", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Access key ID:")),
            field("secret_access_key", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "Secret access key:"),
                  nullptr, QT_TRANSLATE_NOOP("SourceFields", "An IAM key allowed cloudwatch:GetMetricData")),
            choice("period", QT_TRANSLATE_NOOP("SourceFields", "Period (seconds):"),
                   { QStringLiteral("300"), QStringLiteral("60") }),
            field("delay", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Settling delay:"), "10m"),
        }
        + cdnCommon;
    }
    if (type == u"cdnetworks") {
        return QList<SourceField> {
            domains(),
            field("username", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Account name:"), nullptr,
                  QT_TRANSLATE_NOOP("SourceFields", "With an API key; or leave empty and use an AccessKey")),
            field("api_key", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "API key:")),
            field("access_key", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "AccessKey:")),
            field("secret_key", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "SecretKey:")),
            choice(
                "data_interval", QT_TRANSLATE_NOOP("SourceFields", "Granularity:"),
                { QStringLiteral("5m"), QStringLiteral("1m"), QStringLiteral("1h"), QStringLiteral("1d") }),
        }
        + cdnCommon;
    }
    return {};
}

QStringList SourceFields::formKeys(const QString &type)
{
    QStringList keys;
    for (const SourceField &f : forType(type)) {
        keys << f.key;
        if (f.kind == Kind::Secret)
            keys << f.fileKey() << f.key + QStringLiteral("_keychain");
    }
    return keys;
}

QString SourceFields::detailKey(const QString &type)
{
    if (type == u"interfaces")
        return QStringLiteral("include");
    if (type == u"vnstat")
        return QStringLiteral("interface");
    if (type == u"prometheus")
        return QStringLiteral("query");
    if (type == u"cloudflare" || type == u"tencent-cdn" || type == u"aliyun-cdn" || type == u"akamai"
        || type == u"cdnetworks")
        return QStringLiteral("domains");
    if (type == u"cloudfront")
        return QStringLiteral("distribution_id");
    if (type == u"fastly")
        return QStringLiteral("service_id");
    return QStringLiteral("url");
}

} // namespace Bandwatch
