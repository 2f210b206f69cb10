#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// CDNetworks QueryTrafficBySpecificProtocol (POST /api/report/flow/protocol):
// resultList[].domain with httpFlowData or httpsFlowData (as asked) of
// {timestamp, value}. Each timestamp ("yyyy-MM-dd HH:mm" in the response's
// time zone, GMT+8 unless X-Time-Zone says otherwise) labels the END of its
// bucket (00:05 ... 24:00); values are strings in MB, taken as 10^6 bytes.
// Errors come as {"code": "...", "message": "..."}.
class CdnetworksFlowResponse
{
public:
    static constexpr double kBytesPerMb = 1e6;

    static CdnReport parse(const QByteArray &body, const QString &protocol, qint64 intervalMs,
                           int utcOffsetSeconds = 8 * 3600);
};

} // namespace Bandwatch
