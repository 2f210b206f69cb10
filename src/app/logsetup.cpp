#include "app/logsetup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <cstdio>

namespace Bandwatch {

namespace {

bool g_journal = false;
int g_minLevel = 1; // 0 debug, 1 info, 2 warning, 3 critical

int rank(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
    case QtFatalMsg:
        return 3;
    }
    return 1;
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (rank(type) < g_minLevel && type != QtFatalMsg)
        return;
    static const char *names[] = { "debug", "info", "warning", "error" };
    static const char *prio[] = { "<7>", "<6>", "<4>", "<3>" };
    const int r = rank(type);
    const QByteArray category = ctx.category ? QByteArray(ctx.category) : QByteArray("default");
    QByteArray line;
    if (g_journal) {
        line = QByteArray(prio[r]) + category + ": " + msg.toUtf8() + '\n';
    } else {
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + names[r] + ' '
            + category + ": " + msg.toUtf8() + '\n';
    }
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

bool LogSetup::install(const QString &level, QString *error)
{
    static const QStringList levels { QStringLiteral("debug"), QStringLiteral("info"),
                                      QStringLiteral("warning"), QStringLiteral("error") };
    const qsizetype idx = levels.indexOf(level.toLower());
    if (idx < 0) {
        if (error)
            *error = QCoreApplication::translate("LogSetup", "unknown log level \"%1\" (use %2)")
                         .arg(level, levels.join(QStringLiteral(", ")));
        return false;
    }
    g_minLevel = int(idx);
    g_journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    if (g_minLevel == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("bandwatch.*.debug=true"));
    qInstallMessageHandler(handler);
    return true;
}

} // namespace Bandwatch
