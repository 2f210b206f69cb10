#include "alerts/alertsconfig.h"

#include "alerts/notificationconfig.h"
#include "alerts/quotaconfig.h"

#include <QCoreApplication>
#include <QSet>

namespace Bandwatch {

AlertsConfig AlertsConfig::parse(const ConfigNode &document, QList<ConfigError> *errors,
                                 QList<ConfigError> *warnings)
{
    AlertsConfig config;
    if (const ConfigNode *quotas = document.child(u"quotas"))
        config.quotas = QuotaConfig::parse(*quotas, errors);
    if (const ConfigNode *notifications = document.child(u"notifications"))
        config.notifications = NotificationConfig::parse(*notifications, errors, warnings);

    // A quota on a source that does not exist is almost always a typo; it is
    // not an error because a source may be disabled for a while.
    QSet<QString> sourceIds;
    if (const ConfigNode *sources = document.child(u"sources"); sources && sources->isList())
        for (const ConfigNode &s : sources->items)
            sourceIds.insert(s.text(u"id"));
    for (const Quota &q : std::as_const(config.quotas)) {
        if (!sourceIds.contains(q.selector.source) && warnings)
            warnings->append(ConfigError {
                q.line,
                QCoreApplication::translate("AlertsConfig",
                                            "quota \"%1\" selects source \"%2\", which is not configured")
                    .arg(q.id, q.selector.source) });
    }
    return config;
}

bool AlertsConfig::validate(const ConfigNode &document, QList<ConfigError> *errors,
                            QList<ConfigError> *warnings)
{
    const qsizetype before = errors ? errors->size() : 0;
    QList<ConfigError> local;
    parse(document, errors ? errors : &local, warnings);
    return errors ? errors->size() == before : local.isEmpty();
}

} // namespace Bandwatch
