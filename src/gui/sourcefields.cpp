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
    QList<SourceField> fields{
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
            field("max_gap_intervals", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Max. gap (intervals):"), "5"),
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
        SourceField health = field("check_health", Kind::Bool, QT_TRANSLATE_NOOP("SourceFields", "Check /health first"));
        health.defaultValue = QStringLiteral("false");
        return {
            field("url", Kind::Secret, QT_TRANSLATE_NOOP("SourceFields", "URL:"), "http://host:50000/webhook/secret-…",
                  QT_TRANSLATE_NOOP("SourceFields", "The exporter's address including its secret path")),
            health,
            field("series", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Series name:"), "total"),
            field("max_gap_intervals", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Max. gap (intervals):"), "5"),
        };
    }
    if (type == u"kong") {
        return QList<SourceField>{
                   field("url", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "URL:"), "http://kong:8001/metrics"),
                   field("urls", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "URLs (several nodes):"),
                         QT_TRANSLATE_NOOP("SourceFields", "instead of URL: node URLs separated by commas")),
                   field("keep_labels", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Keep labels:"),
                         QT_TRANSLATE_NOOP("SourceFields", "none (aggregated); consumer, workspace")),
               }
            + httpAuth("Kong-Admin-Token");
    }
    if (type == u"prometheus") {
        return QList<SourceField>{
                   field("url", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "URL:"), "http://prometheus:9090"),
                   field("query", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Query (PromQL):"),
                         "sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))"),
                   choice("value", QT_TRANSLATE_NOOP("SourceFields", "Value:"),
                          {QStringLiteral("bytes_per_second"), QStringLiteral("bits_per_second"),
                           QStringLiteral("counter")}),
                   field("series_labels", Kind::List, QT_TRANSLATE_NOOP("SourceFields", "Series labels:"),
                         QT_TRANSLATE_NOOP("SourceFields", "labels that name a series, e.g. service")),
                   field("direction_label", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Direction label:"),
                         "direction"),
                   choice("direction", QT_TRANSLATE_NOOP("SourceFields", "Fixed direction:"),
                          {QStringLiteral("in"), QStringLiteral("out")}),
                   choice("mode", QT_TRANSLATE_NOOP("SourceFields", "Mode:"),
                          {QStringLiteral("range"), QStringLiteral("instant")}),
                   field("step", Kind::Text, QT_TRANSLATE_NOOP("SourceFields", "Step:"),
                         QT_TRANSLATE_NOOP("SourceFields", "the interval")),
               }
            + httpAuth("Authorization");
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
    return QStringLiteral("url");
}

} // namespace Bandwatch
