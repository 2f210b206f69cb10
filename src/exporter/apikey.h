#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Bandwatch {

// What a key may do: `read` covers /metrics and every GET of the JSON API;
// `write` also changes pushed metrics.
enum class ApiScope { Read, Write };

QString apiScopeName(ApiScope scope);
std::optional<ApiScope> parseApiScope(QStringView text);
inline bool scopeAllows(ApiScope granted, ApiScope needed)
{
    return granted == ApiScope::Write || needed == ApiScope::Read;
}

// One configured API key. Only the SHA-256 of the key is kept: the clear
// text is read from the environment or a file, hashed, and dropped.
struct ApiKey
{
    QString name;
    ApiScope scope = ApiScope::Read;
    QByteArray sha256; // 32 bytes

    static QByteArray hash(const QByteArray &clearKey);
};

} // namespace Bandwatch
