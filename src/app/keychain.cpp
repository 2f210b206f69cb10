#include "app/keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef BANDWATCH_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Bandwatch {

namespace {

const QString kService = QStringLiteral("bandwatch");

QString tr(const char *text)
{
    return QCoreApplication::translate("Keychain", text);
}

#ifdef BANDWATCH_HAVE_KEYCHAIN
// Without a session bus, the D-Bus library would try to start one (X11
// autolaunch), which may hang or pop up nothing useful on a server.
bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// Runs `job` to completion or until the timeout; returns false on timeout.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

QString jobError(QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? tr("keychain error %1").arg(int(job->error())) : job->errorString();
}
#endif

} // namespace

bool Keychain::isBuiltIn()
{
#ifdef BANDWATCH_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool Keychain::isAvailable(int timeoutMs)
{
#ifdef BANDWATCH_HAVE_KEYCHAIN
    if (!hasSessionBus())
        return false;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(QStringLiteral("bandwatch-availability-probe"));
    if (!runJob(&job, timeoutMs))
        return false;
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
#else
    Q_UNUSED(timeoutMs)
    return false;
#endif
}

bool Keychain::write(const QString &account, const QByteArray &secret, QString *error, int timeoutMs)
{
#ifdef BANDWATCH_HAVE_KEYCHAIN
    if (!hasSessionBus()) {
        *error = tr("no keychain: there is no D-Bus session bus");
        return false;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setBinaryData(secret);
    if (!runJob(&job, timeoutMs)) {
        *error = tr("the keychain did not answer within %1 s").arg(timeoutMs / 1000.0);
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = tr("cannot store \"%1\" in the keychain: %2").arg(account, jobError(&job));
        return false;
    }
    return true;
#else
    Q_UNUSED(account)
    Q_UNUSED(secret)
    Q_UNUSED(timeoutMs)
    *error = tr("this Bandwatch was built without keychain support (QtKeychain)");
    return false;
#endif
}

std::optional<QByteArray> Keychain::read(const QString &account, QString *error, int timeoutMs)
{
#ifdef BANDWATCH_HAVE_KEYCHAIN
    if (!hasSessionBus()) {
        *error = tr("no keychain: there is no D-Bus session bus (headless mode needs <key>_file or ${ENV})");
        return std::nullopt;
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    if (!runJob(&job, timeoutMs)) {
        *error = tr("the keychain did not answer within %1 s").arg(timeoutMs / 1000.0);
        return std::nullopt;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        *error = tr("the keychain has no entry \"%1\"").arg(account);
        return std::nullopt;
    }
    if (job.error() != QKeychain::NoError) {
        *error = tr("cannot read \"%1\" from the keychain: %2").arg(account, jobError(&job));
        return std::nullopt;
    }
    return job.binaryData();
#else
    Q_UNUSED(account)
    Q_UNUSED(timeoutMs)
    *error = tr("this Bandwatch was built without keychain support (QtKeychain)");
    return std::nullopt;
#endif
}

bool Keychain::remove(const QString &account, QString *error, int timeoutMs)
{
#ifdef BANDWATCH_HAVE_KEYCHAIN
    if (!hasSessionBus()) {
        *error = tr("no keychain: there is no D-Bus session bus");
        return false;
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    if (!runJob(&job, timeoutMs)) {
        *error = tr("the keychain did not answer within %1 s").arg(timeoutMs / 1000.0);
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = tr("cannot remove \"%1\" from the keychain: %2").arg(account, jobError(&job));
        return false;
    }
    return true;
#else
    Q_UNUSED(account)
    Q_UNUSED(timeoutMs)
    *error = tr("this Bandwatch was built without keychain support (QtKeychain)");
    return false;
#endif
}

} // namespace Bandwatch
