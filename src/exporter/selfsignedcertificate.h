#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace Bandwatch {

// TLS material for the exporter: a given certificate and key, or a
// self-signed pair generated once with the openssl command (Qt cannot create
// certificates) into a folder only the owner can enter, files 0600, and
// reused afterwards so that clients can pin its fingerprint.
class SelfSignedCertificate
{
public:
    // Creates dir/cert.pem and dir/key.pem unless both exist. *generated tells
    // which happened.
    static bool ensure(const QString &dir, QString *error, bool *generated = nullptr);

    // A server configuration from PEM files; nullopt with *error if they do
    // not load or do not belong together.
    static std::optional<QSslConfiguration> load(const QString &certFile, const QString &keyFile,
                                                 QString *error);

    // "AB:CD:..." SHA-256 of the DER certificate, as `openssl x509 -fingerprint -sha256` prints it.
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace Bandwatch
