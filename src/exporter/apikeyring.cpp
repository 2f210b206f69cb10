#include "exporter/apikeyring.h"

namespace Bandwatch {

QByteArray ApiKeyRing::extractToken(const QByteArray &authorizationHeader)
{
    const QByteArray h = authorizationHeader.trimmed();
    const qsizetype space = h.indexOf(' ');
    if (space <= 0)
        return {};
    const QByteArray scheme = h.left(space).toLower();
    if (scheme != "bearer" && scheme != "token")
        return {};
    return h.mid(space + 1).trimmed();
}

bool ApiKeyRing::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::optional<ApiKeyRing::Match> ApiKeyRing::match(const QByteArray &authorizationHeader) const
{
    const QByteArray token = extractToken(authorizationHeader);
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray presented = ApiKey::hash(token);
    // Every key is compared, also after a match, so the time taken does not
    // depend on which key matched.
    const ApiKey *found = nullptr;
    for (const ApiKey &key : m_keys) {
        if (constantTimeEquals(presented, key.sha256) && !found)
            found = &key;
    }
    if (!found)
        return std::nullopt;
    return Match { found->name, found->scope };
}

} // namespace Bandwatch
