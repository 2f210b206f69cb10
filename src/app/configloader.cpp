#include "app/configloader.h"

#include "alerts/alertsconfig.h"
#include "app/keychain.h"
#include "app/yamldocument.h"
#include "core/secrets.h"
#include "core/units.h"
#include "exporter/exporterconfig.h"
#include "sources/sourcefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

namespace Bandwatch {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ConfigLoader", s);
}

// Sections that later parts of the application read from AppConfig::document.
const QStringList kTopLevelKeys { QStringLiteral("storage"),  QStringLiteral("sources"),
                                  QStringLiteral("quotas"),   QStringLiteral("notifications"),
                                  QStringLiteral("exporter"), QStringLiteral("ui") };

const QStringList kCommonSourceKeys { QStringLiteral("id"), QStringLiteral("type"),
                                      QStringLiteral("interval"), QStringLiteral("timeout"),
                                      QStringLiteral("enabled") };

} // namespace

class ConfigLoader::Context
{
public:
    explicit Context(QString fileName)
        : m_fileName(std::move(fileName))
    { }
    void error(int line, const QString &message) { m_errors << format(line, message); }
    void warning(int line, const QString &message) { m_warnings << format(line, message); }
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }

private:
    QString format(int line, const QString &message) const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(m_fileName, message);
    }
    QString m_fileName;
    QStringList m_errors;
    QStringList m_warnings;
};

namespace {

// `<key>_keychain: account` becomes `<key>: <the secret>`, as if it came from
// the environment, so every section reads keychain secrets without knowing
// about keychains (and never warns that the secret is written inline).
void resolveKeychainSecrets(ConfigNode &map, auto &ctx)
{
    static const QString suffix = QStringLiteral("_keychain");
    for (auto &[key, value] : map.entries) {
        if (!key.endsWith(suffix) || key.size() == suffix.size())
            continue;
        const QString base = key.chopped(suffix.size());
        if (map.has(base) || map.has(QString(base + QStringLiteral("_file")))) {
            ctx.error(value.line, tr("give only one of %1, %1_file and %1_keychain").arg(base));
            continue;
        }
        if (!value.isScalar() || value.scalar.trimmed().isEmpty()) {
            ctx.error(value.line, tr("%1 must name a keychain entry").arg(key));
            continue;
        }
        QString err;
        const std::optional<QByteArray> secret = Keychain::read(value.scalar.trimmed(), &err);
        if (!secret) {
            ctx.error(value.line, tr("%1: %2").arg(key, err));
            continue;
        }
        key = base;
        value.scalar = QString::fromUtf8(*secret).trimmed();
        value.expanded = true;
    }
}

// ${VAR} expansion everywhere, and duplicate keys (which YAML libraries
// silently collapse) reported, before any section looks at the tree.
void preprocess(ConfigNode &node, auto &ctx)
{
    switch (node.kind) {
    case ConfigNode::Kind::Scalar: {
        QString err;
        if (auto expanded = Secrets::expandEnvironment(node.scalar, &err)) {
            node.expanded = *expanded != node.scalar;
            node.scalar = *expanded;
        } else
            ctx.error(node.line, err);
        break;
    }
    case ConfigNode::Kind::List:
        for (auto &item : node.items)
            preprocess(item, ctx);
        break;
    case ConfigNode::Kind::Map: {
        QSet<QString> seen;
        for (auto &[key, value] : node.entries) {
            if (seen.contains(key))
                ctx.error(value.line, tr("key \"%1\" appears twice in the same mapping").arg(key));
            seen.insert(key);
            preprocess(value, ctx);
        }
        // After expansion: a secret from the keychain is never expanded again.
        resolveKeychainSecrets(node, ctx);
        break;
    }
    case ConfigNode::Kind::Null:
        break;
    }
}

} // namespace

ConfigLoader::Result ConfigLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.errors << QStringLiteral("%1: %2").arg(
            path, tr("cannot read the configuration file: %1").arg(f.errorString()));
        return r;
    }
    // A config file is small; anything huge is a mistake (or an attack on a parser).
    if (f.size() > 4 * 1024 * 1024) {
        Result r;
        r.errors << QStringLiteral("%1: %2").arg(path, tr("the configuration file is larger than 4 MiB"));
        return r;
    }
    return parse(f.readAll(), path);
}

ConfigLoader::Result ConfigLoader::parse(const QByteArray &yaml, const QString &fileName)
{
    Result result;
    Context ctx(fileName);
    ConfigError yamlError;
    std::optional<ConfigNode> doc = YamlDocument::parse(yaml, &yamlError);
    if (!doc) {
        ctx.error(yamlError.line, yamlError.message);
        result.errors = ctx.errors();
        return result;
    }
    AppConfig config;
    config.fileName = fileName;
    if (doc->isNull()) {
        // An empty file is a valid, empty configuration.
        doc->kind = ConfigNode::Kind::Map;
    }
    if (!doc->isMap()) {
        ctx.error(
            doc->line,
            tr("the top level must be a mapping (storage:, sources:, ...), found %1").arg(doc->kindName()));
        result.errors = ctx.errors();
        return result;
    }
    preprocess(*doc, ctx);

    for (const auto &[key, value] : doc->entries) {
        if (!kTopLevelKeys.contains(key))
            ctx.error(value.line,
                      tr("unknown top-level key \"%1\" (expected one of: %2)")
                          .arg(key, kTopLevelKeys.join(QStringLiteral(", "))));
    }
    if (const ConfigNode *storage = doc->child(u"storage"))
        parseStorage(*storage, config, ctx);
    if (const ConfigNode *sources = doc->child(u"sources"))
        parseSources(*sources, config, ctx);
    {
        // The exporter reads its own section; its problems are reported here with the rest.
        QList<ConfigError> exporterErrors;
        QList<ConfigError> exporterWarnings;
        ExporterConfig::parse(doc->child(u"exporter"), QFileInfo(fileName).absolutePath(), &exporterErrors,
                              &exporterWarnings);
        for (const ConfigError &e : std::as_const(exporterErrors))
            ctx.error(e.line, e.message);
        for (const ConfigError &w : std::as_const(exporterWarnings))
            ctx.warning(w.line, w.message);
    }
    {
        // quotas: and notifications: belong to the alerts module (issue 6), checked here with the rest.
        QList<ConfigError> alertErrors;
        QList<ConfigError> alertWarnings;
        AlertsConfig::validate(*doc, &alertErrors, &alertWarnings);
        for (const ConfigError &e : std::as_const(alertErrors))
            ctx.error(e.line, e.message);
        for (const ConfigError &w : std::as_const(alertWarnings))
            ctx.warning(w.line, w.message);
    }

    if (config.sources.isEmpty() && ctx.errors().isEmpty())
        ctx.warning(0,
                    tr("no enabled sources: nothing will be collected (the exporter and its push API still "
                       "run if enabled)"));
    config.document = *doc;
    result.errors = ctx.errors();
    result.warnings = ctx.warnings();
    if (result.errors.isEmpty())
        result.config = std::move(config);
    return result;
}

void ConfigLoader::parseStorage(const ConfigNode &node, AppConfig &config, Context &ctx)
{
    if (node.isNull())
        return;
    if (!node.isMap()) {
        ctx.error(node.line, tr("\"storage\" must be a mapping with a \"path\" key"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (key == u"path") {
            if (!value.isScalar() || value.scalar.isEmpty())
                ctx.error(value.line, tr("storage.path must be a file path"));
            else
                config.storage.path = QDir::cleanPath(value.scalar);
        } else if (key == u"retention") {
            parseRetention(value, config.storage.retention, ctx);
        } else {
            ctx.error(value.line, tr("unknown key \"%1\" under storage (expected path, retention)").arg(key));
        }
    }
}

void ConfigLoader::parseRetention(const ConfigNode &node, RetentionPolicy &policy, Context &ctx)
{
    static const QList<std::pair<QString, Resolution>> keys {
        { QStringLiteral("raw"), Resolution::Raw },
        { QStringLiteral("minute"), Resolution::Minute },
        { QStringLiteral("five_minute"), Resolution::FiveMinutes },
        { QStringLiteral("hour"), Resolution::Hour },
        { QStringLiteral("day"), Resolution::Day }
    };
    if (!node.isMap()) {
        ctx.error(node.line, tr("storage.retention must be a mapping such as {raw: 48h, hour: 731d}"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        const auto it =
            std::find_if(keys.cbegin(), keys.cend(), [&](const auto &k) { return k.first == key; });
        if (it == keys.cend()) {
            ctx.error(value.line,
                      tr("unknown key \"%1\" under storage.retention (expected raw, minute, "
                         "five_minute, hour, day)")
                          .arg(key));
            continue;
        }
        if (value.isScalar() && value.scalar == u"forever") {
            policy.setKeep(it->second, 0);
            continue;
        }
        const qint64 ms = value.isScalar()
            ? Units::parseDuration(value.scalar).value_or(std::chrono::milliseconds(0)).count()
            : 0;
        if (ms < RetentionPolicy::hourMs) {
            ctx.error(value.line,
                      tr("storage.retention.%1 must be a duration of at least 1h, or \"forever\"").arg(key));
            continue;
        }
        policy.setKeep(it->second, ms);
    }
}

void ConfigLoader::parseSources(const ConfigNode &node, AppConfig &config, Context &ctx)
{
    if (node.isNull())
        return;
    if (!node.isList()) {
        ctx.error(node.line, tr("\"sources\" must be a list of sources (each starting with \"- id: ...\")"));
        return;
    }
    QSet<QString> ids;
    for (const ConfigNode &item : node.items) {
        std::optional<SourceConfig> source = parseSource(item, ctx);
        if (!source)
            continue;
        if (ids.contains(source->id)) {
            ctx.error(item.lineOf(u"id"), tr("source id \"%1\" is used twice").arg(source->id));
            continue;
        }
        ids.insert(source->id);
        if (item.text(u"enabled", QStringLiteral("true")) == u"false")
            continue;
        config.sources << *source;
    }
}

std::optional<SourceConfig> ConfigLoader::parseSource(const ConfigNode &node, Context &ctx)
{
    if (!node.isMap()) {
        ctx.error(node.line, tr("each source must be a mapping with at least \"id\" and \"type\""));
        return std::nullopt;
    }
    SourceConfig sc;
    sc.line = node.line;
    sc.id = node.text(u"id");
    sc.type = node.text(u"type");
    bool ok = true;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    if (sc.id.isEmpty()) {
        ctx.error(node.line, tr("source without \"id\""));
        ok = false;
    } else if (!idPattern.match(sc.id).hasMatch()) {
        ctx.error(node.lineOf(u"id"),
                  tr("source id \"%1\" may only contain letters, digits, '_', '-' and '.' (at most 64)")
                      .arg(sc.id));
        ok = false;
    }
    if (sc.type.isEmpty()) {
        ctx.error(node.line,
                  tr("source \"%1\" has no \"type\" (one of: %2)")
                      .arg(sc.id, SourceFactory::types().join(QStringLiteral(", "))));
        ok = false;
    }
    auto duration = [&](QStringView key, std::chrono::milliseconds *out) {
        const ConfigNode *v = node.child(key);
        if (!v)
            return;
        QString err;
        const auto d = v->isScalar() ? Units::parseDuration(v->scalar, &err) : std::nullopt;
        if (!d) {
            ctx.error(v->line,
                      tr("%1: %2").arg(key.toString(),
                                       err.isEmpty() ? tr("expected a duration such as 30s") : err));
            ok = false;
        } else if (d->count() < 100) {
            ctx.error(v->line, tr("%1 must be at least 100ms").arg(key.toString()));
            ok = false;
        } else {
            *out = *d;
        }
    };
    sc.interval = SourceFactory::defaultInterval(sc.type);
    duration(u"interval", &sc.interval);
    sc.timeout = std::min(sc.interval, std::chrono::milliseconds(std::chrono::seconds(30)));
    duration(u"timeout", &sc.timeout);

    for (const auto &[key, value] : node.entries) {
        if (kCommonSourceKeys.contains(key))
            continue;
        // `password_file: /path` becomes `password` here, read once, so sources
        // only ever see the secret itself and the file's mode is checked.
        const QString base = key.endsWith(u"_file") ? key.chopped(5) : QString();
        if (!base.isEmpty() && Secrets::isSecretKey(base) && value.isScalar()) {
            if (node.has(base)) {
                ctx.error(value.line, tr("source \"%1\": give %2 or %3, not both").arg(sc.id, base, key));
                ok = false;
                continue;
            }
            QString err, warn;
            const std::optional<QString> secret = Secrets::readFile(value.scalar, &err, &warn);
            if (!secret) {
                ctx.error(value.line, tr("source \"%1\": %2").arg(sc.id, err));
                ok = false;
                continue;
            }
            if (!warn.isEmpty())
                ctx.warning(value.line, warn);
            sc.options.insert(base, *secret);
            sc.optionLines.insert(base, value.line);
            continue;
        }
        sc.options.insert(key, value.toVariant());
        sc.optionLines.insert(key, value.line);
    }
    if (!ok)
        return std::nullopt;
    const QList<ConfigIssue> issues = SourceFactory::validate(sc);
    for (const ConfigIssue &issue : issues)
        ctx.error(issue.key == u"type" ? node.lineOf(u"type") : sc.lineOf(issue.key),
                  tr("source \"%1\": %2").arg(sc.id, issue.message));
    // A secret written into the file itself works, but deserves a nudge.
    for (auto it = sc.options.cbegin(); it != sc.options.cend(); ++it) {
        const ConfigNode *raw = node.child(it.key());
        if (Secrets::isSecretKey(it.key()) && raw && raw->isScalar() && !raw->scalar.isEmpty()
            && !raw->expanded)
            ctx.warning(
                sc.lineOf(it.key()),
                tr("source \"%1\": %2 is written inline; prefer ${ENV_VAR} or %2_file").arg(sc.id, it.key()));
    }
    if (!issues.isEmpty())
        return std::nullopt;
    return sc;
}

QString ConfigLoader::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bandwatch/bandwatch.yaml");
}

QString ConfigLoader::defaultStoragePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/bandwatch/history.db");
}

QByteArray ConfigLoader::defaultConfigText()
{
    return QByteArrayLiteral(
        "# Bandwatch configuration. Documented example: docs/bandwatch.example.yaml\n"
        "# storage:\n"
        "#   path: /var/lib/bandwatch/history.db   # default: the standard data location\n"
        "sources:\n"
        "  - id: local\n"
        "    type: interfaces\n"
        "    interval: 5s\n"
        "    exclude: [lo]\n");
}

bool ConfigLoader::writeDefaultIfMissing(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("cannot create the folder of %1").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(defaultConfigText());
    if (!f.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Bandwatch
