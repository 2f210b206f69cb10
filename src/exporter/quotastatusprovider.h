#pragma once

#include "exporter/quotastatus.h"

#include <QList>

namespace Bandwatch {

// The exporter's view of the quotas (issue 6 owns them). Implemented by an
// adapter over the alerts module and handed to Exporter::setQuotaStatusProvider();
// without one, no quota gauges are served and /api/v1/quotas is empty.
// Called on the exporter's thread for every scrape and API call: keep it cheap.
class QuotaStatusProvider
{
public:
    virtual ~QuotaStatusProvider() = default;
    virtual QList<QuotaStatus> quotaStatuses() const = 0;
};

} // namespace Bandwatch
