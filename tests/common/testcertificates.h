#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

// A private CA (ca.pem, ca.key) and a server certificate it signed for
// 127.0.0.1 / localhost (server.pem, server.key), made with openssl in `dir`.
// For tests of TLS servers (SMTP STARTTLS, SMTPS) that must verify for real.
inline bool makeTestCertificates(const QString &dir, QString *error)
{
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("openssl %1: %2")
                         .arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    };
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = ext.errorString();
        return false;
    }
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    return run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                 QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Bandwatch Test CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign") })
        && run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") })
        && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") });
}
