#include "exporter/exporterconfig.h"

#include "core/secrets.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExporterConfig", text);
}

class Reader
{
public:
    Reader(QList<ConfigError> *errors, QList<ConfigError> *warnings)
        : m_errors(errors)
        , m_warnings(warnings)
    { }
    void error(int line, const QString &message)
    {
        if (m_errors)
            m_errors->append({ line, message });
    }
    void warning(int line, const QString &message)
    {
        if (m_warnings)
            m_warnings->append({ line, message });
    }
    bool hasErrors() const { return m_errors && !m_errors->isEmpty(); }

    // Each reader below leaves *out alone when the key is absent.
    void boolean(const ConfigNode &map, const QString &prefix, QStringView key, bool *out)
    {
        const ConfigNode *v = map.child(key);
        if (!v)
            return;
        static const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on") };
        static const QStringList no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off") };
        const QString s = v->isScalar() ? v->scalar.toLower() : QString();
        if (yes.contains(s))
            *out = true;
        else if (no.contains(s))
            *out = false;
        else
            error(v->line, tr("%1%2 must be true or false").arg(prefix, key.toString()));
    }
    void integer(const ConfigNode &map, const QString &prefix, QStringView key, int minimum, int *out)
    {
        const ConfigNode *v = map.child(key);
        if (!v)
            return;
        bool ok = false;
        const int n = v->isScalar() ? v->scalar.toInt(&ok) : 0;
        if (!ok || n < minimum)
            error(v->line,
                  tr("%1%2 must be a whole number of at least %3").arg(prefix, key.toString()).arg(minimum));
        else
            *out = n;
    }
    void bytes(const ConfigNode &map, const QString &prefix, QStringView key, qint64 *out)
    {
        const ConfigNode *v = map.child(key);
        if (!v)
            return;
        QString err;
        const auto b = v->isScalar() ? Units::parseBytes(v->scalar, &err) : std::nullopt;
        if (!b || *b == 0 || *b > quint64(1) << 40)
            error(
                v->line,
                tr("%1%2: %3")
                    .arg(prefix, key.toString(), err.isEmpty() ? tr("expected a size such as 64KiB") : err));
        else
            *out = qint64(*b);
    }
    void duration(const ConfigNode &map, const QString &prefix, QStringView key, qint64 *out)
    {
        const ConfigNode *v = map.child(key);
        if (!v)
            return;
        QString err;
        const auto d = v->isScalar() ? Units::parseDuration(v->scalar, &err) : std::nullopt;
        if (!d || d->count() < 100)
            error(v->line,
                  tr("%1%2: %3")
                      .arg(prefix, key.toString(),
                           err.isEmpty() ? tr("expected a duration of at least 100ms") : err));
        else
            *out = d->count();
    }
    void unknownKeys(const ConfigNode &map, const QString &where, const QStringList &known)
    {
        for (const auto &[key, value] : map.entries)
            if (!known.contains(key))
                error(value.line,
                      tr("unknown key \"%1\" under %2 (expected one of: %3)")
                          .arg(key, where, known.join(QStringLiteral(", "))));
    }

private:
    QList<ConfigError> *m_errors;
    QList<ConfigError> *m_warnings;
};

QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDir.isEmpty())
        return path;
    return QDir(baseDir).absoluteFilePath(path);
}

void parseKeys(const ConfigNode &node, const QString &baseDir, Reader &r, QList<ApiKey> *out)
{
    if (node.isNull())
        return;
    if (!node.isList()) {
        r.error(node.line,
                tr("exporter.api_keys must be a list of {name, scope, key_file} or {name, scope, key}"));
        return;
    }
    QSet<QString> names;
    QSet<QByteArray> hashes;
    for (const ConfigNode &item : node.items) {
        if (!item.isMap()) {
            r.error(item.line, tr("each API key must be a mapping with name, scope and key_file (or key)"));
            continue;
        }
        r.unknownKeys(item, QStringLiteral("exporter.api_keys"),
                      { QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("key"),
                        QStringLiteral("key_file") });
        ApiKey key;
        key.name = item.text(u"name").trimmed();
        if (key.name.isEmpty()) {
            r.error(item.line, tr("API key without a name"));
            continue;
        }
        if (names.contains(key.name)) {
            r.error(item.lineOf(u"name"), tr("API key name \"%1\" is used twice").arg(key.name));
            continue;
        }
        names.insert(key.name);
        const auto scope = parseApiScope(item.text(u"scope", QStringLiteral("read")));
        if (!scope) {
            r.error(item.lineOf(u"scope"), tr("API key \"%1\": scope must be read or write").arg(key.name));
            continue;
        }
        key.scope = *scope;
        const bool hasInline = item.has(u"key");
        const bool hasFile = item.has(u"key_file");
        QString clear;
        if (hasInline == hasFile) {
            r.error(item.line,
                    tr("API key \"%1\" needs exactly one of key (e.g. \"${ENV_VAR}\") and key_file")
                        .arg(key.name));
            continue;
        }
        if (hasFile) {
            QString err, warn;
            const QString path = resolvePath(item.text(u"key_file"), baseDir);
            const auto secret = Secrets::readFile(path, &err, &warn);
            if (!secret) {
                r.error(item.lineOf(u"key_file"), tr("API key \"%1\": %2").arg(key.name, err));
                continue;
            }
            if (!warn.isEmpty())
                r.warning(item.lineOf(u"key_file"), tr("API key \"%1\": %2").arg(key.name, warn));
            clear = secret->trimmed();
        } else {
            clear = item.text(u"key").trimmed();
            const ConfigNode *inlineKey = item.child(u"key");
            if (inlineKey && !inlineKey->expanded && !clear.isEmpty())
                r.warning(inlineKey->line,
                          tr("API key \"%1\" is written inline; prefer key: \"${ENV_VAR}\" or key_file")
                              .arg(key.name));
        }
        const int line = item.lineOf(hasFile ? u"key_file" : u"key");
        if (clear.isEmpty()) {
            r.error(line, tr("API key \"%1\" is empty").arg(key.name));
            continue;
        }
        if (clear.contains(QLatin1Char(' ')) || clear.contains(QLatin1Char('\t'))) {
            r.error(line,
                    tr("API key \"%1\" contains white space, which an Authorization header cannot carry")
                        .arg(key.name));
            continue;
        }
        if (clear.size() < 16)
            r.warning(line,
                      tr("API key \"%1\" is shorter than 16 characters; use a long random key "
                         "(e.g. openssl rand -hex 32)")
                          .arg(key.name));
        key.sha256 = ApiKey::hash(clear.toUtf8());
        if (hashes.contains(key.sha256)) {
            r.error(line, tr("API key \"%1\" has the same value as another key").arg(key.name));
            continue;
        }
        hashes.insert(key.sha256);
        out->append(key);
    }
}

void parseTls(const ConfigNode &node, const QString &baseDir, Reader &r, ExporterTlsConfig *out)
{
    if (node.isNull())
        return;
    if (!node.isMap()) {
        r.error(node.line,
                tr("exporter.tls must be a mapping: {cert_file, key_file} or {self_signed: true}"));
        return;
    }
    r.unknownKeys(node, QStringLiteral("exporter.tls"),
                  { QStringLiteral("cert_file"), QStringLiteral("key_file"), QStringLiteral("self_signed"),
                    QStringLiteral("dir") });
    bool selfSigned = false;
    r.boolean(node, QStringLiteral("exporter.tls."), u"self_signed", &selfSigned);
    const bool hasCert = node.has(u"cert_file");
    const bool hasKey = node.has(u"key_file");
    if (selfSigned && (hasCert || hasKey)) {
        r.error(node.line,
                tr("exporter.tls: give either cert_file and key_file, or self_signed: true, not both"));
        return;
    }
    if (selfSigned) {
        out->mode = ExporterTlsConfig::Mode::SelfSigned;
        out->selfSignedDir = resolvePath(node.text(u"dir"), baseDir);
        return;
    }
    if (hasCert != hasKey) {
        r.error(node.line, tr("exporter.tls needs both cert_file and key_file"));
        return;
    }
    if (!hasCert)
        return;
    out->mode = ExporterTlsConfig::Mode::Files;
    out->certFile = resolvePath(node.text(u"cert_file"), baseDir);
    out->keyFile = resolvePath(node.text(u"key_file"), baseDir);
}

} // namespace

bool ExporterConfig::parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString t = text.trimmed();
    QString host;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0 || t.mid(close + 1, 1) != QLatin1String(":"))
            return fail(
                tr("\"%1\": write an IPv6 listen address as [address]:port, e.g. [::1]:18563").arg(text));
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
    } else {
        const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || t.indexOf(QLatin1Char(':')) != colon)
            return fail(
                tr("\"%1\" is not address:port (e.g. 127.0.0.1:18563, or [::1]:18563 for IPv6)").arg(text));
        host = t.left(colon);
        portText = t.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return fail(tr("\"%1\": the port must be a number from 0 to 65535").arg(text));
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress(QHostAddress::LocalHost);
    else if (host.isEmpty() || host == QLatin1String("*"))
        a = QHostAddress(QHostAddress::Any);
    else if (!a.setAddress(host))
        return fail(
            tr("\"%1\": \"%2\" is not an IP address (host names other than localhost are not resolved)")
                .arg(text, host));
    *address = a;
    *port = quint16(p);
    return true;
}

QString ExporterConfig::bindRefusal() const
{
    if (!keys.isEmpty() || isLoopbackOnly())
        return {};
    return tr("refusing to serve the exporter on %1: that address is reachable from other hosts and no API "
              "key "
              "is configured. Add exporter.api_keys (e.g. - {name: prometheus, scope: read, key_file: "
              "/etc/bandwatch/prometheus.key}) or listen on 127.0.0.1:%2 or [::1]:%2.")
        .arg(listen)
        .arg(port);
}

ExporterConfig ExporterConfig::parse(const ConfigNode *section, const QString &baseDir,
                                     QList<ConfigError> *errors, QList<ConfigError> *warnings)
{
    ExporterConfig c;
    if (!section || section->isNull())
        return c;
    QList<ConfigError> localErrors;
    Reader r(errors ? errors : &localErrors, warnings);
    const qsizetype errorsBefore = (errors ? errors : &localErrors)->size();
    if (!section->isMap()) {
        r.error(section->line, tr("\"exporter\" must be a mapping (enabled:, listen:, api_keys:, ...)"));
        return c;
    }
    const QString p = QStringLiteral("exporter.");
    r.unknownKeys(*section, QStringLiteral("exporter"),
                  { QStringLiteral("enabled"), QStringLiteral("listen"), QStringLiteral("api_keys"),
                    QStringLiteral("tls"), QStringLiteral("limits"), QStringLiteral("stale_after"),
                    QStringLiteral("auth_failures_per_minute"), QStringLiteral("push"),
                    QStringLiteral("metricnexus_compat") });
    r.boolean(*section, p, u"enabled", &c.enabled);
    if (const ConfigNode *l = section->child(u"listen")) {
        QString err;
        if (!l->isScalar() || !parseListen(l->scalar, &c.address, &c.port, &err))
            r.error(l->line,
                    tr("exporter.listen: %1").arg(err.isEmpty() ? tr("expected address:port") : err));
        else
            c.listen = l->scalar.trimmed();
    }
    if (const ConfigNode *k = section->child(u"api_keys"))
        parseKeys(*k, baseDir, r, &c.keys);
    if (const ConfigNode *t = section->child(u"tls"))
        parseTls(*t, baseDir, r, &c.tls);
    if (const ConfigNode *lim = section->child(u"limits"); lim && !lim->isNull()) {
        if (!lim->isMap()) {
            r.error(lim->line, tr("exporter.limits must be a mapping"));
        } else {
            const QString lp = QStringLiteral("exporter.limits.");
            r.unknownKeys(*lim, QStringLiteral("exporter.limits"),
                          { QStringLiteral("max_body"), QStringLiteral("max_header"),
                            QStringLiteral("max_connections"), QStringLiteral("request_timeout"),
                            QStringLiteral("idle_timeout"), QStringLiteral("write_timeout") });
            r.bytes(*lim, lp, u"max_body", &c.limits.maxBodyBytes);
            r.bytes(*lim, lp, u"max_header", &c.limits.maxHeaderBytes);
            r.integer(*lim, lp, u"max_connections", 1, &c.limits.maxConnections);
            r.duration(*lim, lp, u"request_timeout", &c.limits.requestTimeoutMs);
            r.duration(*lim, lp, u"idle_timeout", &c.limits.idleTimeoutMs);
            r.duration(*lim, lp, u"write_timeout", &c.limits.writeTimeoutMs);
            if (c.limits.maxHeaderBytes < 1024)
                r.error(lim->lineOf(u"max_header"), tr("exporter.limits.max_header must be at least 1KiB"));
        }
    }
    r.duration(*section, p, u"stale_after", &c.staleAfterMs);
    r.integer(*section, p, u"auth_failures_per_minute", 1, &c.authFailuresPerMinute);
    r.boolean(*section, p, u"metricnexus_compat", &c.metricnexusCompat);
    if (const ConfigNode *push = section->child(u"push"); push && !push->isNull()) {
        if (!push->isMap()) {
            r.error(push->line, tr("exporter.push must be a mapping"));
        } else {
            const QString pp = QStringLiteral("exporter.push.");
            r.unknownKeys(*push, QStringLiteral("exporter.push"),
                          { QStringLiteral("enabled"), QStringLiteral("max_metrics"),
                            QStringLiteral("import_metricnexus_state") });
            r.boolean(*push, pp, u"enabled", &c.pushEnabled);
            r.integer(*push, pp, u"max_metrics", 1, &c.maxPushMetrics);
            c.metricnexusImport = resolvePath(push->text(u"import_metricnexus_state"), baseDir);
        }
    }
    const qsizetype errorsAfter = (errors ? errors : &localErrors)->size();
    if (c.enabled && errorsAfter == errorsBefore) {
        const QString refusal = c.bindRefusal();
        if (!refusal.isEmpty())
            r.error(section->lineOf(u"listen"), refusal);
    }
    return c;
}

} // namespace Bandwatch
