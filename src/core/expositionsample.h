#pragma once

#include "core/expositionfamily.h"
#include "core/expositionlabel.h"
#include "core/sample.h" // Labels

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace Bandwatch {

// One parsed sample line, as views into the exposition body. Nothing is
// copied or unescaped until asked for, so visitors that only look at a few
// families pay nothing for the others. Valid only during the visitor call.
class ExpositionSample
{
public:
    ExpositionSample(const ExpositionFamily &family, QByteArrayView name, const ExpositionLabel *labels,
                     int labelCount, double value, std::optional<qint64> timestampMs, int line)
        : m_family(family)
        , m_name(name)
        , m_labels(labels)
        , m_labelCount(labelCount)
        , m_value(value)
        , m_timestampMs(timestampMs)
        , m_line(line)
    { }

    const ExpositionFamily &family() const { return m_family; }
    // The sample name: the family name, or the family name plus a suffix
    // such as _total, _bucket, _sum, _count, _created.
    QByteArrayView name() const { return m_name; }
    double value() const { return m_value; }
    // Text 0.0.4 timestamps are milliseconds; OpenMetrics seconds are converted.
    std::optional<qint64> timestampMs() const { return m_timestampMs; }
    int line() const { return m_line; }

    int labelCount() const { return m_labelCount; }
    const ExpositionLabel &labelAt(int i) const { return m_labels[i]; }
    // Labels are matched by name, never by position.
    bool hasLabel(QByteArrayView name) const { return find(name) != nullptr; }
    // The unescaped value of a label; `fallback` when absent.
    QString label(QByteArrayView name, const QString &fallback = {}) const;
    QByteArray labelUtf8(QByteArrayView name, const QByteArray &fallback = {}) const;
    Labels labels() const;

    // Resolves the escapes of a label value (\\, \", \n; anything else is kept).
    static QByteArray unescape(QByteArrayView raw);

private:
    const ExpositionLabel *find(QByteArrayView name) const
    {
        for (int i = 0; i < m_labelCount; ++i)
            if (m_labels[i].name == name)
                return &m_labels[i];
        return nullptr;
    }

    const ExpositionFamily &m_family;
    QByteArrayView m_name;
    const ExpositionLabel *m_labels;
    int m_labelCount;
    double m_value;
    std::optional<qint64> m_timestampMs;
    int m_line;
};

} // namespace Bandwatch
