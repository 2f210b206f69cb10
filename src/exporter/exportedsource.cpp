#include "exporter/exportedsource.h"

namespace Bandwatch {

QString ExportedSource::healthName(Health h)
{
    // Machine-readable values of the JSON API: never translated.
    switch (h) {
    case Health::Pending:
        return QStringLiteral("pending");
    case Health::Ok:
        return QStringLiteral("ok");
    case Health::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace Bandwatch
