#pragma once

#include "exporter/apikey.h"

#include <QList>
#include <optional>

namespace Bandwatch {

// The configured keys and the check of an Authorization header against them.
// The presented key is hashed and compared with every stored hash in
// constant time, so neither the match position nor a common prefix shows in
// the response time.
class ApiKeyRing
{
public:
    struct Match
    {
        QString name;
        ApiScope scope = ApiScope::Read;
    };

    void setKeys(QList<ApiKey> keys) { m_keys = std::move(keys); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }

    // "Bearer <key>" or "token <key>" (the scheme the old push server's
    // clients send), scheme case-insensitive. nullopt: no or a wrong key.
    std::optional<Match> match(const QByteArray &authorizationHeader) const;

    // The key part of an Authorization header, or empty if the scheme is not
    // one of ours.
    static QByteArray extractToken(const QByteArray &authorizationHeader);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    QList<ApiKey> m_keys;
};

} // namespace Bandwatch
