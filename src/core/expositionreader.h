#pragma once

#include "core/expositionlexer.h"
#include "core/expositionparser.h"

#include <QString>
#include <optional>

namespace Bandwatch::Exposition {

// What the text and OpenMetrics readers share: the line loop with its
// limits, the first error, label checks and delivery to the visitor (each
// run of samples of one family is announced once; the visitor may decline it).
class ExpositionReader
{
public:
    ExpositionReader(const ExpositionParser::Options &options, ExpositionVisitor &visitor)
        : m_options(options)
        , m_visitor(visitor)
    { }
    virtual ~ExpositionReader() = default;
    ExpositionReader(const ExpositionReader &) = delete;
    ExpositionReader &operator=(const ExpositionReader &) = delete;

    bool run(QByteArrayView body, ExpositionError *error);

protected:
    // `terminated`: the line ended with a line break (not the body's end).
    virtual bool line(QByteArrayView line, bool terminated) = 0;
    virtual bool finish(QByteArrayView body) = 0;

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool addLabel(LabelBuffer &labels, QByteArrayView name, QByteArrayView raw, bool escaped);
    bool deliver(const ExpositionFamily &family, QByteArrayView name, const LabelBuffer &labels, double value,
                 std::optional<qint64> ts);

    const ExpositionParser::Options &m_options;
    ExpositionVisitor &m_visitor;
    QString m_error;
    int m_line = 0;

    LabelBuffer m_labels;
    LabelBuffer m_exemplarLabels;

    // Has family() been called for the current run of samples, and did the
    // visitor want it?
    bool m_announced = false;
    bool m_wanted = false;
};

} // namespace Bandwatch::Exposition
