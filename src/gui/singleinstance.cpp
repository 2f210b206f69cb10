#include "gui/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>
#include <algorithm>
#include <unistd.h>

namespace Bandwatch {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{ }

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    // m_lock unlocks on destruction, after the socket is gone.
}

QString SingleInstance::keyFor(const QString &configPath)
{
    // The uid keeps users apart on a shared machine (the socket lives in the
    // shared temporary directory); the hash keeps the name short and free of
    // the path's characters.
    const QString config = QFileInfo(configPath).absoluteFilePath();
    const QByteArray id = QByteArray::number(::getuid()) + '\n' + config.toUtf8();
    return QStringLiteral("bandwatch-%1-%2")
        .arg(::getuid())
        .arg(QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(16)));
}

QString SingleInstance::lockFilePath() const
{
    // XDG_RUNTIME_DIR is private to the user and cleared at logout; read
    // directly, as QStandardPaths warns (to the log) when it is unset.
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::tempPath();
    return QDir(dir).filePath(m_key + QStringLiteral(".lock"));
}

SingleInstance::Result SingleInstance::start(int timeoutMs)
{
    if (m_primary)
        return Result::Primary;
    m_error.clear();
    QDeadlineTimer deadline(timeoutMs);
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // Never stale by age: the owner lives as long as the window does. A dead
    // owner's lock is still taken over (QLockFile checks the process id).
    m_lock->setStaleLockTime(0);
    while (true) {
        if (m_lock->tryLock(0)) {
            // Without the socket later launches cannot raise this window, but
            // the lock still keeps them from starting a second collector.
            if (!listen())
                qWarning("%s", qPrintable(m_error));
            m_primary = true;
            return Result::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("cannot create the instance lock %1").arg(lockFilePath());
            return Result::Failed;
        }
        // Held by a live process: it may still be starting, so its socket may not be up yet.
        if (askToRaise(int(std::max<qint64>(1, deadline.remainingTime()))))
            return Result::RaisedOther;
        if (deadline.hasExpired()) {
            m_error = tr("another Bandwatch is running for this configuration but does not answer "
                         "(lock file %1)")
                          .arg(lockFilePath());
            return Result::Failed;
        }
        QThread::msleep(100);
    }
}

bool SingleInstance::listen()
{
    // We hold the lock, so any socket by this name was left by a crashed owner.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        m_error = tr("cannot listen on the local socket %1: %2").arg(m_key, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine();
                if (line == kRaise) {
                    socket->write(kAck);
                    socket->flush();
                    Q_EMIT raiseRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool SingleInstance::askToRaise(int timeoutMs)
{
    QLocalSocket socket;
    QDeadlineTimer deadline(timeoutMs);
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    return socket.readLine() == kAck;
}

} // namespace Bandwatch
