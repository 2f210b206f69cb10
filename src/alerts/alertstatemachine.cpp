#include "alerts/alertstatemachine.h"

#include "alerts/quota.h"

namespace Bandwatch {

AlertStateMachine::Decision AlertStateMachine::decide(const QList<double> &thresholdPercents, double value,
                                                      double limit, double hysteresisPoints,
                                                      const QHash<int, ThresholdState> &states)
{
    Decision d;
    if (!(limit > 0))
        return d;
    for (double t : thresholdPercents) {
        const int bp = Quota::basisPoints(t);
        const auto it = states.constFind(bp);
        bool fired = it != states.cend() && it->fired;
        if (fired && limit > it->limit * (1.0 + 1e-9)) {
            const double rearmBelow = (t - hysteresisPoints) / 100.0 * limit;
            if (value < rearmBelow) {
                d.rearm << bp;
                fired = false;
            }
        }
        if (!fired && value >= t / 100.0 * limit)
            d.fire << bp;
    }
    return d;
}

AlertStateMachine::Decision AlertStateMachine::decideProjection(double value, double projectedTotal,
                                                                double limit, double hysteresisPoints,
                                                                const QHash<int, ThresholdState> &states)
{
    Decision d;
    if (!(limit > 0))
        return d;
    const int bp = Quota::projectionBasisPoints;
    const auto it = states.constFind(bp);
    bool fired = it != states.cend() && it->fired;
    if (fired && limit > it->limit * (1.0 + 1e-9)
        && projectedTotal < (100.0 - hysteresisPoints) / 100.0 * limit) {
        d.rearm << bp;
        fired = false;
    }
    // Once the limit is reached the 100 % alert says more than a forecast can.
    if (!fired && value < limit && projectedTotal > limit * (1.0 + 1e-9))
        d.fire << bp;
    return d;
}

} // namespace Bandwatch
