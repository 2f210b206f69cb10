#include "exporter/selfsignedcertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SelfSignedCertificate", text);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool SelfSignedCertificate::ensure(const QString &dir, QString *error, bool *generated)
{
    if (generated)
        *generated = false;
    const QString cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const QString key = QDir(dir).filePath(QStringLiteral("key.pem"));
    if (QFileInfo::exists(cert) && QFileInfo::exists(key)) {
        // Tighten what an earlier version or an operator may have loosened.
        QFile::setPermissions(key, kOwnerOnly);
        return true;
    }
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the folder %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error =
            tr("exporter.tls.self_signed needs the openssl command to create a certificate; install openssl "
               "or give tls.cert_file and tls.key_file");
        return false;
    }
    const QString tmpCert = cert + QStringLiteral(".new");
    const QString tmpKey = key + QStringLiteral(".new");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), tmpKey, QStringLiteral("-out"), tmpCert,
              QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-subj"),
              QStringLiteral("/CN=bandwatch"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1") });
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = tr("openssl could not create a self-signed certificate: %1")
                     .arg(QString::fromLocal8Bit(p.readAll()).trimmed());
        QFile::remove(tmpCert);
        QFile::remove(tmpKey);
        return false;
    }
    QFile::setPermissions(tmpKey, kOwnerOnly);
    QFile::setPermissions(tmpCert, kOwnerOnly);
    QFile::remove(cert);
    QFile::remove(key);
    if (!QFile::rename(tmpKey, key) || !QFile::rename(tmpCert, cert)) {
        *error = tr("cannot store the certificate in %1").arg(dir);
        return false;
    }
    if (generated)
        *generated = true;
    return true;
}

std::optional<QSslConfiguration> SelfSignedCertificate::load(const QString &certFile, const QString &keyFile,
                                                             QString *error)
{
    QFile cf(certFile);
    if (!cf.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the TLS certificate %1: %2").arg(certFile, cf.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("%1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    QFile kf(keyFile);
    if (!kf.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the TLS key %1: %2").arg(keyFile, kf.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = kf.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa, QSsl::Dsa }) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key (EC, RSA or DSA)").arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    return conf;
}

QString SelfSignedCertificate::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace Bandwatch
