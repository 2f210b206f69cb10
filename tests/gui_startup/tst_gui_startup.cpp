// What a desktop user sees when Bandwatch cannot start: a broken
// configuration, a damaged history database, a database held by another
// instance. StartupGuard runs with the real Collector, real files and real
// QMessageBoxes; the test answers the dialogs like a user would.
#include "app/collector.h"
#include "gui/startupguard.h"
#include "storage/historystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace Bandwatch;

namespace {

// One answer: which dialog (object name) is expected, and what to do in it.
struct Answer
{
    QString dialog;
    QString button; // object name of the button to click; empty: accept (OK)
    std::function<void()> before {}; // e.g. fix the file before "Try Again"
};

// Answers the modal dialogs in order. Each dialog's text is recorded.
class DialogScript : public QObject
{
public:
    explicit DialogScript(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogScript::poll);
        m_timer.start(20);
    }
    QStringList texts; // "<dialog>: <text> | <informative text>"
    QStringList buttons; // object names of each dialog's buttons, joined by ","
    QStringList unexpected; // dialogs shown after the script ran out, or in the wrong order

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == m_last)
            return;
        m_last = box;
        texts << box->objectName() + QStringLiteral(": ") + box->text() + QStringLiteral(" | ")
                + box->informativeText();
        QStringList names;
        for (QAbstractButton *b : box->buttons())
            if (!b->objectName().isEmpty()) // not QMessageBox's own "Show Details..."
                names << b->objectName();
        names.sort();
        // To look at the dialogs: BANDWATCH_TEST_GRAB=<folder>.
        if (const QString dir = qEnvironmentVariable("BANDWATCH_TEST_GRAB"); !dir.isEmpty())
            box->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(dir, QLatin1String(QTest::currentTestFunction()), box->objectName())
                                 .arg(texts.size()));
        buttons << names.join(u',');
        if (m_answers.isEmpty() || m_answers.first().dialog != box->objectName()) {
            unexpected << box->objectName();
            box->reject(); // never hang on an unexpected dialog: Escape is "Quit"
            return;
        }
        const Answer a = m_answers.takeFirst();
        if (a.before)
            a.before();
        if (a.button.isEmpty()) {
            QTimer::singleShot(0, box, &QMessageBox::accept);
            return;
        }
        QAbstractButton *button = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->objectName() == a.button)
                button = b;
        if (!button) {
            unexpected << box->objectName() + QStringLiteral(" without ") + a.button;
            box->reject();
            return;
        }
        // Clicked from the event loop, as a user would, not from inside poll().
        QTimer::singleShot(0, button, &QAbstractButton::click);
    }

    QList<Answer> m_answers;
    QPointer<QMessageBox> m_last;
    QTimer m_timer;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brokenConfig_data();
    void brokenConfig();
    void damagedHistoryRepaired();
    void historyInUse();

private:
    QByteArray goodConfig() const;
    QString m_dbPath;
    QString m_configPath;
    QTemporaryDir m_dir;
};

void TestGuiStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("history.db"));
    m_configPath = m_dir.filePath(QStringLiteral("bandwatch.yaml"));
}

QByteArray TestGuiStartup::goodConfig() const
{
    return "storage:\n  path: " + m_dbPath.toUtf8()
        + "\nsources:\n  - id: local\n    type: interfaces\n    interval: 5s\n";
}

void TestGuiStartup::brokenConfig_data()
{
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<QString>("expected"); // in the dialog: file, line and problem
    QTest::addColumn<bool>("fixAndRetry");
    const QByteArray head = "sources:\n  - id: local\n    type: interfaces\n";
    QTest::newRow("bad interval, quit") << head + "    interval: five\n"
                                        << QStringLiteral("bandwatch.yaml:4:") << false;
    QTest::newRow("bad interval, fixed, retry") << head + "    interval: five\n"
                                                << QStringLiteral("bandwatch.yaml:4:") << true;
    QTest::newRow("yaml syntax") << QByteArray("sources: [\n  - id: x\n") << QStringLiteral("bandwatch.yaml:")
                                 << false;
    QTest::newRow("unknown type") << QByteArray("sources:\n  - id: x\n    type: telepathy\n")
                                  << QStringLiteral("telepathy") << true;
}

void TestGuiStartup::brokenConfig()
{
    QFETCH(QByteArray, broken);
    QFETCH(QString, expected);
    QFETCH(bool, fixAndRetry);
    writeFile(m_configPath, broken);
    QList<Answer> answers;
    if (fixAndRetry)
        answers << Answer { QStringLiteral("startupProblem"), QStringLiteral("retry"), [this] {
                               writeFile(m_configPath, goodConfig());
                           } };
    else
        answers << Answer { QStringLiteral("startupProblem"), QStringLiteral("quit") };
    DialogScript script(answers);
    Collector collector;
    StartupGuard guard(m_configPath, false, &collector);
    const std::optional<AppConfig> config = guard.start();
    QVERIFY2(script.unexpected.isEmpty(), qPrintable(script.unexpected.join(u';')));
    QCOMPARE(script.texts.size(), 1);
    QVERIFY2(script.texts.first().contains(expected), qPrintable(script.texts.first()));
    QCOMPARE(script.buttons.first(), QStringLiteral("openConfig,quit,retry"));
    QCOMPARE(config.has_value(), fixAndRetry);
    if (config) {
        QCOMPARE(config->sources.size(), 1);
        QVERIFY(collector.store()->isOpen());
        collector.stop();
    }
}

void TestGuiStartup::damagedHistoryRepaired()
{
    writeFile(m_configPath, goodConfig());
    QFile::remove(m_dbPath);
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_dbPath, &error), qPrintable(error));
    }
    {
        // The header destroyed: SQLite no longer sees a database.
        QFile f(m_dbPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x'));
    }
    QVERIFY(HistoryStore::needsRepair(m_dbPath));
    DialogScript script({ Answer { QStringLiteral("startupProblem"), QStringLiteral("repair") },
                          Answer { QStringLiteral("repairReport"), QString() } });
    Collector collector;
    StartupGuard guard(m_configPath, false, &collector);
    const std::optional<AppConfig> config = guard.start();
    QVERIFY2(script.unexpected.isEmpty(), qPrintable(script.unexpected.join(u';')));
    QVERIFY(config.has_value());
    QVERIFY(collector.store()->isOpen());
    QVERIFY2(script.texts.value(0).contains(QLatin1String("is damaged")), qPrintable(script.texts.value(0)));
    QVERIFY2(script.buttons.value(0) == QLatin1String("quit,repair,retry"),
             qPrintable(script.buttons.value(0)));
    QVERIFY2(script.texts.value(1).contains(QLatin1String(".damaged-")), qPrintable(script.texts.value(1)));
    collector.stop();
    const QStringList kept =
        QDir(m_dir.path()).entryList({ QStringLiteral("history.db.damaged-*") }, QDir::Files);
    QVERIFY2(!kept.isEmpty(), "the damaged file is kept next to the new one");
    QVERIFY(!HistoryStore::needsRepair(m_dbPath));
}

void TestGuiStartup::historyInUse()
{
    writeFile(m_configPath, goodConfig());
    QFile::remove(m_dbPath);
    HistoryStore other; // another instance holding the database
    QString error;
    QVERIFY2(other.open(m_dbPath, &error), qPrintable(error));
    QVERIFY(!HistoryStore::needsRepair(m_dbPath));

    // First "Try Again" while it is still held; then the other one stops.
    DialogScript script({ Answer { QStringLiteral("startupProblem"), QStringLiteral("retry") },
                          Answer { QStringLiteral("startupProblem"), QStringLiteral("retry"), [&other] {
                                      other.close();
                                  } } });
    Collector collector;
    StartupGuard guard(m_configPath, false, &collector);
    const std::optional<AppConfig> config = guard.start();
    QVERIFY2(script.unexpected.isEmpty(), qPrintable(script.unexpected.join(u';')));
    QVERIFY(config.has_value());
    QCOMPARE(script.texts.size(), 2);
    QVERIFY2(script.texts.first().contains(QLatin1String("in use by another Bandwatch")),
             qPrintable(script.texts.first()));
    // Not damaged: no repair offered.
    QCOMPARE(script.buttons.first(), QStringLiteral("quit,retry"));
    collector.stop();
}

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
