#include "alerts/notificationconfig.h"

#include "core/secrets.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NotificationConfig", text);
}

void add(QList<ConfigError> *list, int line, const QString &message)
{
    if (list)
        list->append(ConfigError { line, message });
}

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"true" || t == u"yes" || t == u"on" || t == u"1";
}

bool isBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return isTrue(t) || t == u"false" || t == u"no" || t == u"off" || t == u"0";
}

// The address inside "Name <addr>", or the text itself.
QString bareAddress(const QString &text)
{
    const qsizetype open = text.lastIndexOf(u'<');
    const qsizetype close = text.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return text.mid(open + 1, close - open - 1).trimmed();
    return text.trimmed();
}

bool plausibleAddress(const QString &text)
{
    const QString a = bareAddress(text);
    const qsizetype at = a.indexOf(u'@');
    return at > 0 && at < a.size() - 1 && !a.contains(u' ') && !a.contains(u'\r') && !a.contains(u'\n');
}

// `key` inline (after ${ENV} expansion) or `key_file`; both at once is an error.
std::optional<QString> secretValue(const ConfigNode &node, const QString &key, const QString &section,
                                   QList<ConfigError> *errors, QList<ConfigError> *warnings)
{
    const ConfigNode *inlineValue = node.child(key);
    const ConfigNode *fileValue = node.child(QString(key + QStringLiteral("_file")));
    if (inlineValue && fileValue) {
        add(errors, fileValue->line, tr("%1: give either %2 or %2_file, not both").arg(section, key));
        return std::nullopt;
    }
    if (fileValue) {
        QString err, warn;
        const auto v = Secrets::readFile(fileValue->scalar, &err, &warn);
        if (!v) {
            add(errors, fileValue->line, tr("%1: %2").arg(section, err));
            return std::nullopt;
        }
        if (!warn.isEmpty())
            add(warnings, fileValue->line, tr("%1: %2").arg(section, warn));
        return *v;
    }
    if (inlineValue)
        return inlineValue->scalar;
    return QString();
}

std::optional<int> durationMs(const ConfigNode &node, QStringView key, const QString &section,
                              QList<ConfigError> *errors)
{
    const ConfigNode *v = node.child(key);
    if (!v)
        return std::nullopt;
    QString err;
    const auto d = v->isScalar() ? Units::parseDuration(v->scalar, &err) : std::nullopt;
    if (!d || d->count() < 100 || d->count() > 24LL * 3'600'000) {
        add(errors, v->line,
            tr("%1: %2 must be a duration from 100ms to 1d, e.g. 30s").arg(section, key.toString()));
        return std::nullopt;
    }
    return int(d->count());
}

} // namespace

NotificationSettings NotificationConfig::parse(const ConfigNode &node, QList<ConfigError> *errors,
                                               QList<ConfigError> *warnings)
{
    NotificationSettings s;
    if (node.isNull())
        return s;
    if (!node.isMap()) {
        add(errors, node.line, tr("\"notifications\" must be a mapping with email:, webhook: or retry:"));
        return s;
    }
    for (const auto &[key, value] : node.entries) {
        if (key == u"email") {
            if (!value.isNull() && value.text(u"enabled", QStringLiteral("true")) != u"false")
                s.email = parseEmail(value, errors, warnings);
        } else if (key == u"webhook") {
            if (!value.isNull() && value.text(u"enabled", QStringLiteral("true")) != u"false")
                s.webhook = parseWebhook(value, errors, warnings);
        } else if (key == u"retry") {
            parseRetry(value, s, errors);
        } else if (key == u"check_interval") {
            if (const auto ms = durationMs(node, u"check_interval", QStringLiteral("notifications"), errors))
                s.evaluateIntervalMs = *ms;
        } else {
            add(errors, value.line,
                tr("unknown key \"%1\" under notifications "
                   "(expected email, webhook, retry, check_interval)")
                    .arg(key));
        }
    }
    return s;
}

std::optional<SmtpSettings> NotificationConfig::parseEmail(const ConfigNode &node, QList<ConfigError> *errors,
                                                           QList<ConfigError> *warnings)
{
    const QString section = QStringLiteral("notifications.email");
    if (!node.isMap()) {
        add(errors, node.line,
            tr("%1 must be a mapping such as {url: \"smtp://mail.example.com:587\", "
               "from: ops@example.com, to: [noc@example.com]}")
                .arg(section));
        return std::nullopt;
    }
    static const QStringList known { QStringLiteral("url"),           QStringLiteral("starttls"),
                                     QStringLiteral("from"),          QStringLiteral("to"),
                                     QStringLiteral("username"),      QStringLiteral("password"),
                                     QStringLiteral("password_file"), QStringLiteral("ca_file"),
                                     QStringLiteral("tls_verify"),    QStringLiteral("auth"),
                                     QStringLiteral("timeout"),       QStringLiteral("subject_prefix"),
                                     QStringLiteral("enabled") };
    bool ok = true;
    auto fail = [&](int line, const QString &message) {
        add(errors, line, message);
        ok = false;
    };
    for (const auto &[key, value] : node.entries)
        if (!known.contains(key))
            fail(value.line,
                 tr("%1: unknown key \"%2\" (expected one of: %3)")
                     .arg(section, key, known.join(QStringLiteral(", "))));

    SmtpSettings s;
    s.url = node.text(u"url").trimmed();
    const QUrl url(s.url);
    const QString scheme = url.scheme().toLower();
    if (s.url.isEmpty())
        fail(node.line,
             tr("%1 needs a url such as \"smtp://mail.example.com:587\" or \"smtps://mail.example.com:465\"")
                 .arg(section));
    else if (!url.isValid() || (scheme != u"smtp" && scheme != u"smtps") || url.host().isEmpty())
        fail(node.lineOf(u"url"),
             tr("%1: url must be smtp://HOST[:PORT] or smtps://HOST[:PORT], got \"%2\"").arg(section, s.url));
    else if (!url.userInfo().isEmpty())
        fail(node.lineOf(u"url"),
             tr("%1: put the user name in username: and the password in password_file:, "
                "not in the url")
                 .arg(section));

    if (const ConfigNode *st = node.child(u"starttls")) {
        const QString v = st->scalar.trimmed().toLower();
        if (v == u"required" || v == u"true")
            s.startTls = SmtpSettings::StartTls::Required;
        else if (v == u"optional")
            s.startTls = SmtpSettings::StartTls::Optional;
        else
            fail(st->line, tr("%1: starttls must be required or optional").arg(section));
        if (scheme == u"smtps")
            add(warnings, st->line,
                tr("%1: starttls has no effect with smtps:// (TLS from the start)").arg(section));
        if (s.startTls == SmtpSettings::StartTls::Optional)
            add(warnings, st->line,
                tr("%1: with starttls: optional the password and alerts may travel in clear "
                   "text if the server does not offer STARTTLS")
                    .arg(section));
    }

    s.from = node.text(u"from").trimmed();
    if (s.from.isEmpty())
        fail(node.line, tr("%1 needs a sender address (from: ops@example.com)").arg(section));
    else if (!plausibleAddress(s.from))
        fail(node.lineOf(u"from"), tr("%1: \"%2\" is not an e-mail address").arg(section, s.from));

    if (const ConfigNode *to = node.child(u"to")) {
        const QList<ConfigNode> items = to->isList() ? to->items : QList<ConfigNode> { *to };
        for (const ConfigNode &item : items) {
            if (!item.isScalar() || !plausibleAddress(item.scalar))
                fail(item.line, tr("%1: \"%2\" is not an e-mail address").arg(section, item.scalar));
            else
                s.to << item.scalar.trimmed();
        }
    }
    if (s.to.isEmpty() && ok)
        fail(node.line, tr("%1 needs at least one recipient (to: [noc@example.com])").arg(section));

    s.username = node.text(u"username");
    const auto password = secretValue(node, QStringLiteral("password"), section, errors, warnings);
    if (!password)
        ok = false;
    else
        s.password = *password;
    if (!s.username.isEmpty() && s.password.isEmpty() && password)
        fail(node.lineOf(u"username"),
             tr("%1: username is set but no password (give password_file: or "
                "password: ${ENV_VAR})")
                 .arg(section));
    s.caFile = node.text(u"ca_file").trimmed();
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        fail(node.lineOf(u"ca_file"), tr("%1: cannot read the CA file %2").arg(section, s.caFile));
    if (const ConfigNode *v = node.child(u"tls_verify")) {
        if (!isBool(v->scalar))
            fail(v->line, tr("%1: tls_verify must be true or false").arg(section));
        s.verifyPeer = isTrue(v->scalar);
        if (!s.verifyPeer)
            add(warnings, v->line,
                tr("%1: certificate verification is off; anyone on the path can read "
                   "the password")
                    .arg(section));
    }
    if (const ConfigNode *a = node.child(u"auth")) {
        const QString mech = a->scalar.trimmed().toUpper();
        if (mech.isEmpty() || mech.contains(u' ') || mech.contains(u';'))
            fail(a->line, tr("%1: auth names one SASL mechanism such as PLAIN or LOGIN").arg(section));
        else
            s.loginOptions = QStringLiteral("AUTH=") + mech;
    }
    if (const auto ms = durationMs(node, u"timeout", section, errors))
        s.timeoutMs = *ms;
    else if (node.has(u"timeout"))
        ok = false;
    if (node.has(u"subject_prefix"))
        s.subjectPrefix = node.text(u"subject_prefix");
    if (!ok)
        return std::nullopt;
    return s;
}

std::optional<WebhookSettings> NotificationConfig::parseWebhook(const ConfigNode &node,
                                                                QList<ConfigError> *errors,
                                                                QList<ConfigError> *warnings)
{
    const QString section = QStringLiteral("notifications.webhook");
    if (!node.isMap()) {
        add(errors, node.line,
            tr("%1 must be a mapping such as {url: \"https://hooks.example.com/bandwatch\"}").arg(section));
        return std::nullopt;
    }
    static const QStringList known { QStringLiteral("url"),     QStringLiteral("url_file"),
                                     QStringLiteral("headers"), QStringLiteral("timeout"),
                                     QStringLiteral("ca_file"), QStringLiteral("enabled") };
    bool ok = true;
    auto fail = [&](int line, const QString &message) {
        add(errors, line, message);
        ok = false;
    };
    for (const auto &[key, value] : node.entries)
        if (!known.contains(key))
            fail(value.line,
                 tr("%1: unknown key \"%2\" (expected one of: %3)")
                     .arg(section, key, known.join(QStringLiteral(", "))));
    WebhookSettings s;
    const auto url = secretValue(node, QStringLiteral("url"), section, errors, warnings);
    if (!url)
        return std::nullopt;
    s.url = url->trimmed();
    const QUrl parsed(s.url);
    const QString scheme = parsed.scheme().toLower();
    const int urlLine = node.has(u"url_file") ? node.lineOf(u"url_file") : node.lineOf(u"url");
    if (s.url.isEmpty())
        fail(node.line, tr("%1 needs a url").arg(section));
    else if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty())
        fail(urlLine, tr("%1: url must be http:// or https://").arg(section));
    else if (scheme == u"http" && parsed.host() != u"127.0.0.1" && parsed.host() != u"localhost"
             && parsed.host() != u"::1")
        add(warnings, urlLine, tr("%1: alerts will be sent unencrypted over http://").arg(section));

    if (const ConfigNode *headers = node.child(u"headers")) {
        if (!headers->isMap()) {
            fail(headers->line, tr("%1: headers must be a mapping of name: value").arg(section));
        } else {
            for (const auto &[name, value] : headers->entries) {
                if (!value.isScalar() || name.contains(u':') || name.contains(u' ')
                    || value.scalar.contains(u'\n'))
                    fail(value.line, tr("%1: invalid header \"%2\"").arg(section, name));
                else
                    s.headers.append({ name.toLatin1(), value.scalar.toUtf8() });
            }
        }
    }
    if (const auto ms = durationMs(node, u"timeout", section, errors))
        s.timeoutMs = *ms;
    else if (node.has(u"timeout"))
        ok = false;
    s.caFile = node.text(u"ca_file").trimmed();
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        fail(node.lineOf(u"ca_file"), tr("%1: cannot read the CA file %2").arg(section, s.caFile));
    if (!ok)
        return std::nullopt;
    return s;
}

void NotificationConfig::parseRetry(const ConfigNode &node, NotificationSettings &s,
                                    QList<ConfigError> *errors)
{
    const QString section = QStringLiteral("notifications.retry");
    if (!node.isMap()) {
        add(errors, node.line,
            tr("%1 must be a mapping such as {initial: 30s, max: 1h, give_up_after: 7d}").arg(section));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        QString err;
        // Milliseconds, -1 when not a duration (an optional here trips GCC's -Wmaybe-uninitialized at -O3).
        const qint64 ms = value.isScalar()
            ? Units::parseDuration(value.scalar, &err).value_or(std::chrono::milliseconds(-1)).count()
            : -1;
        if (key != u"initial" && key != u"max" && key != u"give_up_after") {
            add(errors, value.line,
                tr("%1: unknown key \"%2\" (expected initial, max, give_up_after)").arg(section, key));
        } else if (ms < 100) {
            add(errors, value.line, tr("%1: %2 must be a duration of at least 100ms").arg(section, key));
        } else if (key == u"initial") {
            s.retryInitialMs = ms;
        } else if (key == u"max") {
            s.retryMaxMs = ms;
        } else {
            s.giveUpAfterMs = ms;
        }
    }
    if (s.retryMaxMs < s.retryInitialMs)
        add(errors, node.line, tr("%1: max must not be shorter than initial").arg(section));
}

} // namespace Bandwatch
