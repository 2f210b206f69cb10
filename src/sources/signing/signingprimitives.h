#pragma once

#include <QByteArray>

namespace Bandwatch {

// The hash, HMAC and encoding building blocks the providers' request signing
// schemes share. Pure functions, so every scheme can be checked against the
// providers' published vectors without a network.
class SigningPrimitives
{
public:
    static QByteArray sha256(const QByteArray &data);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
    static QByteArray hmacSha1(const QByteArray &key, const QByteArray &message);

    // RFC 3986 percent-encoding: everything except A-Z a-z 0-9 - _ . ~ is
    // encoded, with upper-case hex digits (the rule AWS, Alibaba and Tencent
    // all sign with; form encoding's "+" for space would break signatures).
    // `keepSlash` leaves "/" alone, for path segments.
    static QByteArray percentEncode(const QByteArray &utf8, bool keepSlash = false);
};

} // namespace Bandwatch
