#pragma once

#include <QByteArrayView>

namespace Bandwatch {

// One label of a parsed sample, as a view into the exposition body: `rawValue`
// is the text between the quotes, still escaped when `escaped` is true.
struct ExpositionLabel
{
    QByteArrayView name;
    QByteArrayView rawValue;
    bool escaped = false;
};

} // namespace Bandwatch
