#pragma once

#include "alerts/notificationsettings.h"
#include "alerts/quota.h"
#include "core/confignode.h"

#include <QList>

namespace Bandwatch {

// The `quotas:` and `notifications:` sections of the configuration document,
// validated. ConfigLoader calls validate() so that --check-config and start-up
// report every problem with its line; AlertService calls parse() to run them.
struct AlertsConfig
{
    QList<Quota> quotas;
    NotificationSettings notifications;

    // `document` is the whole file (after ${ENV} expansion). Errors and
    // warnings carry the line they concern.
    static AlertsConfig parse(const ConfigNode &document, QList<ConfigError> *errors,
                              QList<ConfigError> *warnings = nullptr);
    // Same checks, for the loader; true when there was no error.
    static bool validate(const ConfigNode &document, QList<ConfigError> *errors,
                         QList<ConfigError> *warnings);
};

} // namespace Bandwatch
