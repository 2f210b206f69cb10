#include "gui/startupguard.h"

#include "app/collector.h"
#include "app/configloader.h"
#include "storage/historystore.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <cstdio>

namespace Bandwatch {

namespace {

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

// Paths and messages are long; QMessageBox would wrap them into a narrow column.
void widen(QMessageBox &box)
{
    box.setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 32em; }"));
}

} // namespace

StartupGuard::StartupGuard(const QString &configPath, bool writeDefault, Collector *collector)
    : m_configPath(configPath)
    , m_writeDefault(writeDefault)
    , m_collector(collector)
{ }

std::optional<AppConfig> StartupGuard::start()
{
    for (;;) {
        QStringList errors;
        const std::optional<AppConfig> config = loadConfig(&errors);
        if (!config) {
            for (const QString &e : std::as_const(errors))
                printErr(e);
            if (configProblem(errors) == Choice::Quit)
                return std::nullopt;
            continue;
        }
        QString error;
        if (m_collector->start(*config, &error))
            return config;
        printErr(error);
        if (startProblem(*config, error) == Choice::Quit)
            return std::nullopt;
    }
}

std::optional<AppConfig> StartupGuard::loadConfig(QStringList *errors) const
{
    QString error;
    if (m_writeDefault && !ConfigLoader::writeDefaultIfMissing(m_configPath, &error)) {
        *errors << error;
        return std::nullopt;
    }
    const ConfigLoader::Result r = ConfigLoader::loadFile(m_configPath);
    for (const QString &w : r.warnings)
        printErr(tr("warning: %1").arg(w));
    if (!r.ok()) {
        *errors = r.errors;
        return std::nullopt;
    }
    return r.config;
}

StartupGuard::Choice StartupGuard::configProblem(const QStringList &errors) const
{
    QMessageBox box(QMessageBox::Critical, tr("Bandwatch"),
                    tr("Bandwatch cannot start: the configuration file has problems."));
    box.setObjectName(QStringLiteral("startupProblem"));
    widen(box);
    box.setInformativeText(errors.join(u'\n'));
    QPushButton *open = box.addButton(tr("Open Configuration File"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openConfig"));
    QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retry"));
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    box.setDefaultButton(retry);
    box.setEscapeButton(quit);
    for (;;) {
        box.exec();
        if (box.clickedButton() != open)
            return box.clickedButton() == retry ? Choice::Retry : Choice::Quit;
        // The dialog stays: the user edits, saves and comes back to "Try Again".
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_configPath));
    }
}

StartupGuard::Choice StartupGuard::startProblem(const AppConfig &config, const QString &error) const
{
    const QString path = config.effectiveStoragePath();
    QString detail;
    const bool damaged = HistoryStore::needsRepair(path, &detail);

    QMessageBox box(QMessageBox::Critical, tr("Bandwatch"), tr("Bandwatch cannot start."));
    box.setObjectName(QStringLiteral("startupProblem"));
    widen(box);
    box.setInformativeText(error);
    QPushButton *repair = nullptr;
    if (damaged) {
        repair = box.addButton(tr("Repair History"), QMessageBox::ActionRole);
        repair->setObjectName(QStringLiteral("repair"));
        box.setDetailedText(
            tr("Repairing renames the damaged file to %1.damaged-<time>, keeps it there, and copies every "
               "row that can still be read into a new database at %1.")
                .arg(path));
    }
    QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retry"));
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    box.setDefaultButton(repair ? repair : retry);
    box.setEscapeButton(quit);
    box.exec();
    if (repair && box.clickedButton() == repair) {
        repairHistory(path);
        return Choice::Retry;
    }
    return box.clickedButton() == retry ? Choice::Retry : Choice::Quit;
}

void StartupGuard::repairHistory(const QString &path) const
{
    QString report;
    const bool ok = HistoryStore::repair(path, &report);
    printErr(report);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Critical, tr("Bandwatch"),
                    ok ? tr("The history database was repaired.")
                       : tr("The history database could not be repaired."));
    box.setObjectName(QStringLiteral("repairReport"));
    widen(box);
    box.setInformativeText(report);
    box.exec();
}

} // namespace Bandwatch
