#include "gui/sourcetreetext.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Bandwatch {

QString SourceTreeText::health(SourceState::Health h)
{
    switch (h) {
    case SourceState::Health::Ok:
        return tr("OK");
    case SourceState::Health::Error:
        return tr("Error");
    case SourceState::Health::Pending:
        break;
    }
    return tr("Waiting");
}

QString SourceTreeText::status(const SourceState &st)
{
    if (st.health == SourceState::Health::Ok && !st.message.isEmpty())
        return tr("Degraded");
    return health(st.health);
}

QString SourceTreeText::sourceToolTip(const SourceState &st)
{
    QString tip = tr("Source \"%1\" (%2): %3").arg(st.id, st.type, status(st));
    if (!st.message.isEmpty())
        tip += u'\n' + st.message;
    tip += u'\n'
        + (st.lastSuccess.isValid()
               ? tr("Last success: %1")
                     .arg(QLocale().toString(st.lastSuccess.toLocalTime(), QLocale::LongFormat))
               : tr("No successful poll yet"));
    if (st.polls > 0)
        tip += u'\n' + tr("Polls: %1, failed: %2").arg(st.polls).arg(st.failures);
    return tip;
}

QString SourceTreeText::seriesToolTip(const QString &name, const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.isEmpty() ? name : tr("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QString SourceTreeText::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QLocale::ShortFormat);
}

QString SourceTreeText::rate(const std::optional<double> &bps)
{
    return bps ? Units::formatBitRate(*bps, 1) : QStringLiteral("—");
}

} // namespace Bandwatch
