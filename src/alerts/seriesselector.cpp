#include "alerts/seriesselector.h"

#include <QRegularExpression>

namespace Bandwatch {

namespace {

// '*' and '?' only; unlike QRegularExpression's wildcards, '*' also matches
// '/' (Kong routes and URL paths are series names too).
bool globMatches(const QString &pattern, const QString &value)
{
    if (pattern.isEmpty() || pattern == u"*")
        return true;
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern == value;
    QString re;
    for (const QChar c : pattern) {
        if (c == u'*')
            re += QStringLiteral(".*");
        else if (c == u'?')
            re += u'.';
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(value).hasMatch();
}

} // namespace

bool SeriesSelector::matches(const SeriesKey &key) const
{
    if (key.source != source)
        return false;
    if (!name.isEmpty() && !globMatches(name, key.series))
        return false;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto found = key.labels.constFind(it.key());
        if (found == key.labels.cend() || !globMatches(it.value(), found.value()))
            return false;
    }
    return true;
}

QString SeriesSelector::describe() const
{
    QStringList parts { source };
    if (!name.isEmpty())
        parts << name;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral(", "));
}

} // namespace Bandwatch
