#pragma once

#include "exporter/quotastatusprovider.h"

namespace Bandwatch {

class AlertService;

// QuotaStatusProvider over the quotas module (issue 6): the latest snapshot of
// every quota, as AlertService evaluates them on its timer. The service must
// outlive this provider (ExporterBridge drops it when the service goes).
class AlertQuotaStatusProvider : public QuotaStatusProvider
{
public:
    explicit AlertQuotaStatusProvider(const AlertService *service)
        : m_service(service)
    { }

    QList<QuotaStatus> quotaStatuses() const override;

private:
    const AlertService *m_service;
};

} // namespace Bandwatch
