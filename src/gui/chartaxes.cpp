#include "gui/chartaxes.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>
#include <QValueAxis>
#include <array>
#include <chrono>
#include <cmath>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

// A round step for the time axis that gives at most this many labels.
constexpr int kMaxTimeLabels = 8;
constexpr std::array<std::chrono::milliseconds, 19> kTimeSteps {
    1min, 2min, 5min, 10min, 15min, 30min, 1h, 2h, 3h, 6h, 12h, 24h, 48h, 168h, 336h,
    // Beyond a month, steps of about one, two, three and six months.
    720h, 1440h, 2160h, 4320h
};

} // namespace

void ChartAxes::setNiceRange(QValueAxis *axis, double maxValue)
{
    double max = 1.0;
    int ticks = 6;
    int decimals = 1;
    if (maxValue > 0.0 && std::isfinite(maxValue)) {
        const double target = maxValue * 1.08 / 5.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
        const double norm = target / magnitude;
        const double step = (norm <= 1.0       ? 1.0
                                 : norm <= 2.0 ? 2.0
                                 : norm <= 2.5 ? 2.5
                                 : norm <= 5.0 ? 5.0
                                               : 10.0)
            * magnitude;
        const double steps = std::ceil(maxValue * 1.08 / step - 1e-9);
        max = steps * step;
        ticks = int(steps) + 1;
        decimals = 0;
        while (decimals < 4) {
            const double scaled = step * std::pow(10.0, decimals);
            if (std::abs(scaled - std::round(scaled)) < 1e-6)
                break;
            ++decimals;
        }
    }
    axis->setRange(0.0, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

void ChartAxes::setTimeRange(QCategoryAxis *axis, qint64 fromMs, qint64 toMs)
{
    const std::chrono::milliseconds range(std::max<qint64>(1, toMs - fromMs));
    std::chrono::milliseconds step = kTimeSteps.back();
    for (auto s : kTimeSteps) {
        if (range / s <= kMaxTimeLabels) {
            step = s;
            break;
        }
    }
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(double(fromMs));
    axis->setRange(double(fromMs), double(toMs));

    // Ticks fall on round local times (xx:00, xx:10, ...), not on whatever
    // second the range happens to start.
    const QDateTime fromLocal = QDateTime::fromMSecsSinceEpoch(fromMs);
    const qint64 offsetMs = qint64(fromLocal.offsetFromUtc()) * 1000;
    const qint64 stepMs = step.count();
    const QLocale locale;
    // The first round time at or after the start (a cycle's start gets its label).
    qint64 tick = ((fromMs + offsetMs + stepMs - 1) / stepMs) * stepMs - offsetMs;
    for (; tick <= toMs; tick += stepMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(tick);
        QString label;
        if (step >= 24h)
            label = locale.toString(t.date(), QStringLiteral("MMM d"));
        else if (t.time() == QTime(0, 0) && range > 6h)
            label = locale.toString(t.date(), QStringLiteral("ddd d"));
        else
            label = locale.toString(t.time(), QStringLiteral("HH:mm"));
        // Two ticks can get the same text only in a DST fold; QCategoryAxis needs unique labels.
        if (axis->categoriesLabels().contains(label))
            continue;
        axis->append(label, double(tick));
    }
}

} // namespace Bandwatch
