#include "sources/vnstatcommand.h"

#include "core/textexcerpt.h"
#include "core/units.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Bandwatch {

namespace {

constexpr qint64 kMaxOutputBytes = 32 * 1024 * 1024;

} // namespace

VnstatCommand::VnstatCommand(QString program, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VnstatCommand::onTimeout);
}

VnstatCommand::~VnstatCommand()
{
    stop();
}

QString VnstatCommand::printable(const QByteArray &bytes, int maxChars)
{
    return TextExcerpt::printable(bytes, maxChars);
}

void VnstatCommand::start(const QStringList &arguments, std::chrono::milliseconds timeout,
                          const QString &interface)
{
    stop();
    m_interface = interface;
    m_timeout = timeout;
    m_stdout.clear();
    m_stderr.clear();
    m_missingInterfaceFile = false;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &VnstatCommand::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, &VnstatCommand::onReadyRead);
    connect(m_process, &QProcess::errorOccurred, this, &VnstatCommand::onProcessError);
    connect(m_process, &QProcess::finished, this, &VnstatCommand::onFinished);
    m_timer.start(timeout);
    m_process->start(QIODevice::ReadOnly);
}

void VnstatCommand::abort()
{
    stop();
}

void VnstatCommand::stop()
{
    m_timer.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000); // SIGKILL: only the reaping is waited for
    }
    process->deleteLater();
}

void VnstatCommand::onReadyRead()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    if (m_stdout.size() + m_stderr.size() > kMaxOutputBytes) {
        stop();
        Q_EMIT failed(tr("vnstat printed more than %1; stopped it")
                          .arg(Units::formatBytes(kMaxOutputBytes, UnitSystem::IEC)));
    }
}

void VnstatCommand::onProcessError(QProcess::ProcessError error)
{
    // Crashes are reported by finished() as well; only a failed start ends here.
    if (!m_process || error != QProcess::FailedToStart)
        return;
    const QString reason = m_process->errorString();
    stop();
    const bool exists = m_program.contains(QLatin1Char('/'))
        ? QFileInfo::exists(m_program)
        : !QStandardPaths::findExecutable(m_program).isEmpty();
    if (!exists)
        Q_EMIT failed(tr("the vnstat command \"%1\" was not found (install the vnstat package, or set "
                         "command: to its full path)")
                          .arg(m_program));
    else
        Q_EMIT failed(tr("cannot run \"%1\": %2").arg(m_program, reason));
}

void VnstatCommand::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_timer.stop();
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;

    if (status == QProcess::CrashExit) {
        const QString said = printable(m_stdout + '\n' + m_stderr, 300);
        Q_EMIT failed(said.isEmpty() ? tr("vnstat crashed or was killed")
                                     : tr("vnstat crashed or was killed: %1").arg(said));
    } else if (exitCode != 0) {
        Q_EMIT failed(describeExit(exitCode));
    } else {
        Q_EMIT succeeded(m_stdout);
    }
}

void VnstatCommand::onTimeout()
{
    if (!m_process)
        return;
    stop();
    Q_EMIT failed(tr("vnstat did not finish within %1 and was stopped (command_timeout)")
                      .arg(Units::formatDuration(m_timeout)));
}

QString VnstatCommand::describeExit(int exitCode)
{
    // vnstat prints its errors on stdout ("Error: No interface matching "x"
    // found in database.") and exits with 1. vnstat 1.x keeps one database
    // file per interface and names that file instead ("Error: Unable to read
    // database "/var/lib/vnstat/x": No such file or directory").
    const QString said = printable(m_stdout + '\n' + m_stderr, 300);
    const QString lower = said.toLower();
    m_missingInterfaceFile = !m_interface.isEmpty() && lower.contains(u"unable to read database")
        && said.contains(QLatin1Char('/') + m_interface + QLatin1Char('"'));
    const bool unknownInterface = lower.contains(u"no interface matching")
        || (lower.contains(u"interface") && lower.contains(u"not found")) || m_missingInterfaceFile;
    if (unknownInterface && !m_interface.isEmpty())
        return tr("vnstat does not know the interface \"%1\" (exit code %2): %3")
            .arg(m_interface)
            .arg(exitCode)
            .arg(said);
    if (lower.contains(u"database"))
        return tr("vnstat cannot read its database (exit code %1; check dbdir/config and that vnstatd "
                  "created it): %2")
            .arg(exitCode)
            .arg(said);
    if (lower.contains(u"config file"))
        return tr("vnstat cannot read its configuration (exit code %1): %2").arg(exitCode).arg(said);
    return tr("vnstat failed with exit code %1: %2")
        .arg(exitCode)
        .arg(said.isEmpty() ? tr("(no output)") : said);
}

} // namespace Bandwatch
