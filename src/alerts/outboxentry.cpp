#include "alerts/outboxentry.h"

namespace Bandwatch {

QString OutboxEntry::statusName(Status s)
{
    switch (s) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

OutboxEntry::Status OutboxEntry::statusFromName(const QString &name)
{
    if (name == u"failed")
        return Status::Failed;
    if (name == u"sent")
        return Status::Sent;
    if (name == u"abandoned")
        return Status::Abandoned;
    return Status::Pending;
}

} // namespace Bandwatch
