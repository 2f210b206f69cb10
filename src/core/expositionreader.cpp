#include "core/expositionreader.h"

#include <QCoreApplication>

namespace Bandwatch::Exposition {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpositionParser", text);
}

} // namespace

bool ExpositionReader::run(QByteArrayView body, ExpositionError *error)
{
    const char *p = body.data();
    const char *const end = p + body.size();
    bool ok = true;
    while (ok && p < end) {
        ++m_line;
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        if (lineEnd - p > m_options.maxLineLength) {
            ok = fail(tr("line is longer than %1 bytes").arg(m_options.maxLineLength));
            break;
        }
        ok = line(QByteArrayView(p, lineEnd - p), nl != nullptr);
        p = nl ? nl + 1 : end;
    }
    if (ok)
        ok = finish(body);
    if (!ok && error) {
        error->line = m_line;
        error->message = m_error;
    }
    return ok;
}

bool ExpositionReader::addLabel(LabelBuffer &labels, QByteArrayView name, QByteArrayView raw, bool escaped)
{
    // Cheap checks first: this runs for every label of every line.
    for (const ExpositionLabel &l : labels)
        if (l.name.size() == name.size() && l.name[0] == name[0]
            && std::memcmp(l.name.data(), name.data(), size_t(name.size())) == 0)
            return fail(tr("label %1 appears twice").arg(quoted(name)));
    if (labels.size() >= m_options.maxLabels)
        return fail(tr("more than %1 labels").arg(m_options.maxLabels));
    labels.append(ExpositionLabel { name, raw, escaped });
    return true;
}

bool ExpositionReader::deliver(const ExpositionFamily &family, QByteArrayView name, const LabelBuffer &labels,
                               double value, std::optional<qint64> ts)
{
    if (!m_announced) {
        m_announced = true;
        m_wanted = m_visitor.family(family);
    }
    if (m_wanted)
        m_visitor.sample(
            ExpositionSample(family, name, labels.constData(), int(labels.size()), value, ts, m_line));
    return true;
}

} // namespace Bandwatch::Exposition
