#include "alerts/quotaconfig.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuotaConfig", text);
}

void addError(QList<ConfigError> *errors, int line, const QString &message)
{
    if (errors)
        errors->append(ConfigError { line, message });
}

const QStringList kQuotaKeys { QStringLiteral("id"),
                               QStringLiteral("name"),
                               QStringLiteral("series"),
                               QStringLiteral("direction"),
                               QStringLiteral("kind"),
                               QStringLiteral("limit"),
                               QStringLiteral("cycle"),
                               QStringLiteral("thresholds"),
                               QStringLiteral("hysteresis"),
                               QStringLiteral("window"),
                               QStringLiteral("statistic"),
                               QStringLiteral("enabled"),
                               QStringLiteral("projection_alert") };

} // namespace

QList<Quota> QuotaConfig::parse(const ConfigNode &quotas, QList<ConfigError> *errors)
{
    QList<Quota> out;
    if (quotas.isNull())
        return out;
    if (!quotas.isList()) {
        addError(errors, quotas.line,
                 tr("\"quotas\" must be a list of quotas (each starting with \"- id: ...\")"));
        return out;
    }
    QSet<QString> ids;
    for (const ConfigNode &item : quotas.items) {
        std::optional<Quota> q = parseOne(item, errors);
        if (!q)
            continue;
        if (ids.contains(q->id)) {
            addError(errors, item.lineOf(u"id"), tr("quota id \"%1\" is used twice").arg(q->id));
            continue;
        }
        ids.insert(q->id);
        if (item.text(u"enabled", QStringLiteral("true")).toLower() == u"false")
            continue;
        out << *q;
    }
    return out;
}

std::optional<Quota> QuotaConfig::parseOne(const ConfigNode &node, QList<ConfigError> *errors)
{
    if (!node.isMap()) {
        addError(errors, node.line,
                 tr("each quota must be a mapping with at least \"id\", \"series\" and \"limit\""));
        return std::nullopt;
    }
    Quota q;
    q.line = node.line;
    bool ok = true;
    auto fail = [&](int line, const QString &message) {
        addError(errors, line, message);
        ok = false;
    };

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    q.id = node.text(u"id");
    if (q.id.isEmpty())
        fail(node.line, tr("quota without \"id\""));
    else if (!idPattern.match(q.id).hasMatch())
        fail(node.lineOf(u"id"),
             tr("quota id \"%1\" may only contain letters, digits, '_', '-' and '.' (at most 64)").arg(q.id));
    const QString label = q.id.isEmpty() ? tr("quota") : tr("quota \"%1\"").arg(q.id);

    for (const auto &[key, value] : node.entries) {
        if (!kQuotaKeys.contains(key))
            fail(value.line,
                 tr("%1: unknown key \"%2\" (expected one of: %3)")
                     .arg(label, key, kQuotaKeys.join(QStringLiteral(", "))));
    }
    q.name = node.text(u"name");

    if (const ConfigNode *series = node.child(u"series"))
        ok = parseSelector(*series, q, errors) && ok;
    else
        fail(node.line,
             tr("%1 has no \"series\" (e.g. series: {source: kong, labels: {service: api}})").arg(label));

    if (const ConfigNode *d = node.child(u"direction")) {
        if (!d->isScalar() || !Quota::parseDirection(d->scalar, &q.direction))
            fail(d->line, tr("%1: direction must be in, out or both").arg(label));
    }
    if (const ConfigNode *k = node.child(u"kind")) {
        if (!k->isScalar() || !Quota::parseKind(k->scalar, &q.kind))
            fail(k->line, tr("%1: kind must be volume, bandwidth or p95").arg(label));
    }

    const ConfigNode *limit = node.child(u"limit");
    if (!limit || !limit->isScalar() || limit->scalar.trimmed().isEmpty()) {
        fail(limit ? limit->line : node.line,
             tr("%1 has no \"limit\" (e.g. 2TB for a volume quota, 500Mbit/s for bandwidth and p95)")
                 .arg(label));
    } else if (q.kind == QuotaKind::Volume) {
        QString err;
        const auto bytes = Units::parseBytes(limit->scalar, &err);
        if (!bytes)
            fail(limit->line,
                 tr("%1: the limit of a volume quota is a byte count such as 2TB: %2").arg(label, err));
        else if (*bytes == 0)
            fail(limit->line, tr("%1: the limit must be greater than zero").arg(label));
        else
            q.limit = double(*bytes);
    } else {
        QString err;
        const auto rate = Units::parseBitRate(limit->scalar, &err);
        if (!rate)
            fail(limit->line,
                 tr("%1: the limit of a %2 quota is a bit rate such as 500Mbit/s: %3")
                     .arg(label, Quota::kindName(q.kind), err));
        else if (*rate <= 0)
            fail(limit->line, tr("%1: the limit must be greater than zero").arg(label));
        else
            q.limit = *rate;
    }

    if (const ConfigNode *cycle = node.child(u"cycle"))
        ok = parseCycle(*cycle, q, errors) && ok;
    if (const ConfigNode *thresholds = node.child(u"thresholds"))
        ok = parseThresholds(*thresholds, q, errors) && ok;

    if (const ConfigNode *h = node.child(u"hysteresis")) {
        bool numOk = false;
        const double v = h->isScalar() ? QString(h->scalar).remove(u'%').trimmed().toDouble(&numOk) : 0.0;
        if (!numOk || v < 0 || v > 50)
            fail(h->line, tr("%1: hysteresis is a number of percentage points from 0 to 50").arg(label));
        else
            q.hysteresis = v;
    }

    if (const ConfigNode *p = node.child(u"projection_alert")) {
        const QString v = p->isScalar() ? p->scalar.trimmed().toLower() : QString();
        if (q.kind != QuotaKind::Volume)
            fail(p->line,
                 tr("%1: \"projection_alert\" applies to volume quotas only (they have a forecast)")
                     .arg(label));
        else if (v == u"true" || v == u"yes" || v == u"on")
            q.projectionAlert = true;
        else if (v == u"false" || v == u"no" || v == u"off")
            q.projectionAlert = false;
        else
            fail(p->line, tr("%1: projection_alert must be true or false").arg(label));
    }

    const ConfigNode *window = node.child(u"window");
    const ConfigNode *statistic = node.child(u"statistic");
    if (q.kind != QuotaKind::Bandwidth) {
        if (window)
            fail(window->line, tr("%1: \"window\" applies to bandwidth quotas only").arg(label));
        if (statistic)
            fail(statistic->line, tr("%1: \"statistic\" applies to bandwidth quotas only").arg(label));
    } else {
        if (window) {
            QString err;
            const auto d = window->isScalar() ? Units::parseDuration(window->scalar, &err) : std::nullopt;
            if (!d || d->count() < 300'000 || d->count() % 300'000 != 0)
                fail(window->line,
                     tr("%1: window must be a multiple of 5 minutes (5m, 15m, 1h, ...)").arg(label));
            else
                q.windowMs = d->count();
        }
        if (statistic) {
            const QString s = statistic->scalar.trimmed().toLower();
            if (s == u"peak" || s == u"max")
                q.statistic = BandwidthStatistic::Peak;
            else if (s == u"average" || s == u"mean" || s == u"latest")
                q.statistic = BandwidthStatistic::Average;
            else
                fail(statistic->line, tr("%1: statistic must be peak or average").arg(label));
        }
    }
    if (!ok)
        return std::nullopt;
    return q;
}

bool QuotaConfig::parseSelector(const ConfigNode &node, Quota &q, QList<ConfigError> *errors)
{
    if (node.isScalar() && !node.scalar.trimmed().isEmpty()) {
        // `series: kong` is short for every series of that source.
        q.selector.source = node.scalar.trimmed();
        return true;
    }
    if (!node.isMap()) {
        addError(errors, node.line,
                 tr("quota \"%1\": series must be a mapping such as "
                    "{source: kong, labels: {service: api}}")
                     .arg(q.id));
        return false;
    }
    bool ok = true;
    for (const auto &[key, value] : node.entries) {
        if (key == u"source") {
            q.selector.source = value.scalar.trimmed();
        } else if (key == u"name" || key == u"series" || key == u"interface") {
            if (!value.isScalar()) {
                addError(errors, value.line,
                         tr("quota \"%1\": series.%2 must be a name or a glob pattern").arg(q.id, key));
                ok = false;
            }
            q.selector.name = value.scalar.trimmed();
        } else if (key == u"labels") {
            if (!value.isMap() && !value.isNull()) {
                addError(
                    errors, value.line,
                    tr("quota \"%1\": series.labels must be a mapping such as {service: api}").arg(q.id));
                ok = false;
                continue;
            }
            for (const auto &[labelName, labelValue] : value.entries) {
                if (!labelValue.isScalar()) {
                    addError(errors, labelValue.line,
                             tr("quota \"%1\": label \"%2\" must have a single value or glob")
                                 .arg(q.id, labelName));
                    ok = false;
                    continue;
                }
                q.selector.labels.insert(labelName, labelValue.scalar);
            }
        } else {
            addError(errors, value.line,
                     tr("quota \"%1\": unknown key \"%2\" under series "
                        "(expected source, name, labels)")
                         .arg(q.id, key));
            ok = false;
        }
    }
    if (q.selector.source.isEmpty()) {
        addError(errors, node.line, tr("quota \"%1\": series needs a \"source\" (a source id)").arg(q.id));
        ok = false;
    }
    return ok;
}

bool QuotaConfig::parseCycle(const ConfigNode &node, Quota &q, QList<ConfigError> *errors)
{
    QString period, startDay, zone;
    if (node.isScalar()) {
        period = node.scalar;
    } else if (node.isMap()) {
        for (const auto &[key, value] : node.entries) {
            if (key != u"period" && key != u"start_day" && key != u"timezone") {
                addError(errors, value.line,
                         tr("quota \"%1\": unknown key \"%2\" under cycle "
                            "(expected period, start_day, timezone)")
                             .arg(q.id, key));
                return false;
            }
        }
        period = node.text(u"period", QStringLiteral("monthly"));
        startDay = node.text(u"start_day");
        zone = node.text(u"timezone");
    } else {
        addError(errors, node.line,
                 tr("quota \"%1\": cycle must be a mapping such as "
                    "{period: monthly, start_day: 15, timezone: Asia/Taipei}")
                     .arg(q.id));
        return false;
    }
    QString err;
    const auto cycle = BillingCycle::fromSpec(period, startDay, zone, &err);
    if (!cycle) {
        int line = node.line;
        if (err.contains(u"time zone"))
            line = node.lineOf(u"timezone");
        else if (err.contains(u"start_day"))
            line = node.lineOf(u"start_day");
        addError(errors, line, tr("quota \"%1\": %2").arg(q.id, err));
        return false;
    }
    q.cycle = *cycle;
    return true;
}

bool QuotaConfig::parseThresholds(const ConfigNode &node, Quota &q, QList<ConfigError> *errors)
{
    QList<ConfigNode> items;
    if (node.isList())
        items = node.items;
    else if (node.isScalar())
        items << node;
    QList<double> values;
    for (const ConfigNode &item : std::as_const(items)) {
        bool ok = false;
        const double v = item.isScalar() ? QString(item.scalar).remove(u'%').trimmed().toDouble(&ok) : 0.0;
        if (!ok || v <= 0 || v > 1000) {
            addError(errors, item.line,
                     tr("quota \"%1\": a threshold is a percentage of the limit "
                        "greater than 0 and at most 1000, e.g. [80, 90, 100]")
                         .arg(q.id));
            return false;
        }
        values << v;
    }
    if (values.isEmpty()) {
        addError(errors, node.line,
                 tr("quota \"%1\": thresholds must be a non-empty list such as [80, 90, 100]").arg(q.id));
        return false;
    }
    std::sort(values.begin(), values.end());
    QList<double> unique;
    for (double v : std::as_const(values))
        if (unique.isEmpty() || Quota::basisPoints(unique.last()) != Quota::basisPoints(v))
            unique << v;
    q.thresholds = unique;
    return true;
}

} // namespace Bandwatch
