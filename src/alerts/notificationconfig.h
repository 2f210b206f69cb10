#pragma once

#include "alerts/notificationsettings.h"
#include "core/confignode.h"

#include <QList>

namespace Bandwatch {

// Reads the `notifications:` section. Secrets come from ${ENV} (expanded by
// the loader) or from `password_file`/`url_file`, read here so that a missing
// or unreadable file is reported at start-up with its line, not at the first alert.
class NotificationConfig
{
public:
    static NotificationSettings parse(const ConfigNode &node, QList<ConfigError> *errors,
                                      QList<ConfigError> *warnings);

private:
    static std::optional<SmtpSettings> parseEmail(const ConfigNode &node, QList<ConfigError> *errors,
                                                  QList<ConfigError> *warnings);
    static std::optional<WebhookSettings> parseWebhook(const ConfigNode &node, QList<ConfigError> *errors,
                                                       QList<ConfigError> *warnings);
    static void parseRetry(const ConfigNode &node, NotificationSettings &s, QList<ConfigError> *errors);
};

} // namespace Bandwatch
