#include "core/expositionsample.h"

namespace Bandwatch {

QByteArray ExpositionSample::unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const char n = raw[++i];
        if (n == 'n')
            out += '\n';
        else if (n == '\\' || n == '"')
            out += n;
        else
            out.append(c).append(n);
    }
    return out;
}

QByteArray ExpositionSample::labelUtf8(QByteArrayView name, const QByteArray &fallback) const
{
    const ExpositionLabel *l = find(name);
    if (!l)
        return fallback;
    return l->escaped ? unescape(l->rawValue) : l->rawValue.toByteArray();
}

QString ExpositionSample::label(QByteArrayView name, const QString &fallback) const
{
    const ExpositionLabel *l = find(name);
    if (!l)
        return fallback;
    return l->escaped ? QString::fromUtf8(unescape(l->rawValue)) : QString::fromUtf8(l->rawValue);
}

Labels ExpositionSample::labels() const
{
    Labels out;
    for (int i = 0; i < m_labelCount; ++i) {
        const ExpositionLabel &l = m_labels[i];
        out.insert(QString::fromUtf8(l.name),
                   QString::fromUtf8(l.escaped ? unescape(l.rawValue) : l.rawValue.toByteArray()));
    }
    return out;
}

QString ExpositionFamily::help() const
{
    QByteArray out;
    out.reserve(rawHelp.size());
    for (qsizetype i = 0; i < rawHelp.size(); ++i) {
        const char c = rawHelp[i];
        if (c != '\\' || i + 1 == rawHelp.size()) {
            out += c;
            continue;
        }
        const char n = rawHelp[++i];
        if (n == 'n')
            out += '\n';
        else if (n == '\\' || (n == '"' && format == ExpositionFormat::OpenMetrics))
            out += n;
        else
            out.append(c).append(n);
    }
    return QString::fromUtf8(out);
}

} // namespace Bandwatch
