#pragma once

#include "alerts/smtpsettings.h"
#include "alerts/webhooksettings.h"

#include <optional>

namespace Bandwatch {

// The `notifications:` section: where alerts go and how failed deliveries are
// retried. Every alert is queued in the outbox for each configured channel.
struct NotificationSettings
{
    std::optional<SmtpSettings> email;
    std::optional<WebhookSettings> webhook;
    // Failed deliveries are retried after retryInitialMs, doubling up to
    // retryMaxMs, and given up (loudly) once older than giveUpAfterMs.
    qint64 retryInitialMs = 30'000;
    qint64 retryMaxMs = 3'600'000;
    qint64 giveUpAfterMs = 7LL * 24 * 3'600'000;
    // How often quotas are evaluated.
    qint64 evaluateIntervalMs = 60'000;
};

} // namespace Bandwatch
