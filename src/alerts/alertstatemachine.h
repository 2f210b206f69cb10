#pragma once

#include <QHash>
#include <QList>

namespace Bandwatch {

// The persisted state of one (quota, cycle, threshold).
struct ThresholdState
{
    int basisPoints = 0; // threshold in hundredths of a percent
    bool fired = false;
    double limit = 0.0; // the limit when it last fired (or was re-armed)
    double value = 0.0; // the value when it last fired
    qint64 firedAtMs = 0;
    int fireCount = 0; // crossings notified in this cycle
};

// Decides which thresholds fire. The rules:
//  - a threshold fires when the value reaches it and it has not fired in this
//    cycle (states are per cycle, so a new cycle starts with all armed);
//  - once fired it stays fired for the cycle however the value moves: a value
//    hovering at a threshold cannot flap;
//  - a raised limit re-arms a fired threshold once the value is at least
//    `hysteresis` percentage points below it under the new limit; it then
//    fires again when the value reaches it under the new limit;
//  - a lowered limit fires what the value now reaches.
class AlertStateMachine
{
public:
    struct Decision
    {
        QList<int> fire; // basis points, ascending
        QList<int> rearm; // basis points
        bool isEmpty() const { return fire.isEmpty() && rearm.isEmpty(); }
    };

    static Decision decide(const QList<double> &thresholdPercents, double value, double limit,
                           double hysteresisPoints, const QHash<int, ThresholdState> &states);
    // The "projected to exceed" warning (Quota::projectionBasisPoints), by the
    // same rules with the forecast as the value: it fires when the forecast
    // for the cycle's end is above the limit while the value is still below
    // it, once per cycle however the forecast wanders around 100 % later, and
    // a raised limit re-arms it only once the forecast is `hysteresis` points
    // below 100 % of the new limit.
    static Decision decideProjection(double value, double projectedTotal, double limit,
                                     double hysteresisPoints, const QHash<int, ThresholdState> &states);
};

} // namespace Bandwatch
