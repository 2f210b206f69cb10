#include "exporter/apikey.h"

#include <QCryptographicHash>

namespace Bandwatch {

QString apiScopeName(ApiScope scope)
{
    return scope == ApiScope::Write ? QStringLiteral("write") : QStringLiteral("read");
}

std::optional<ApiScope> parseApiScope(QStringView text)
{
    if (text == u"read")
        return ApiScope::Read;
    if (text == u"write")
        return ApiScope::Write;
    return std::nullopt;
}

QByteArray ApiKey::hash(const QByteArray &clearKey)
{
    return QCryptographicHash::hash(clearKey, QCryptographicHash::Sha256);
}

} // namespace Bandwatch
