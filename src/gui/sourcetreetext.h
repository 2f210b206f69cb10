#pragma once

#include "app/sourcestate.h"
#include "core/sample.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Bandwatch {

// The texts of the source tree (health names, tooltips, times and rates),
// kept apart from the model's structure. Translated in the context of
// Bandwatch::SourceTreeModel, where the translators see them.
class SourceTreeText
{
    Q_DECLARE_TR_FUNCTIONS(Bandwatch::SourceTreeModel)

public:
    static QString health(SourceState::Health health);
    // As health(), but "Degraded" for a source that stored its poll while part of it failed.
    static QString status(const SourceState &st);
    static QString sourceToolTip(const SourceState &state);
    static QString seriesToolTip(const QString &name, const Labels &labels);
    // Local time of day for today, a short date and time otherwise; a dash when invalid.
    static QString time(const QDateTime &utc);
    static QString rate(const std::optional<double> &bps);
};

} // namespace Bandwatch
