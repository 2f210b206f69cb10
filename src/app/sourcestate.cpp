#include "app/sourcestate.h"

#include <QCoreApplication>

namespace Bandwatch {

QString SourceState::healthName(Health h)
{
    switch (h) {
    case Health::Pending:
        return QCoreApplication::translate("SourceState", "waiting");
    case Health::Ok:
        return QCoreApplication::translate("SourceState", "ok");
    case Health::Error:
        return QCoreApplication::translate("SourceState", "error");
    }
    return {};
}

} // namespace Bandwatch
