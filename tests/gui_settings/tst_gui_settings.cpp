#include "app/sourceprobe.h"
#include "gui/settingsdialog.h"
#include "gui/sourcedialog.h"
#include "gui/sourcelistmodel.h"
#include "gui/sourcespage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Bandwatch;

namespace {

const QByteArray kBase = "# Bandwatch test configuration\n"
                         "storage:\n"
                         "  path: @DIR@/history.db   # the history\n"
                         "\n"
                         "sources:\n"
                         "  # the local one\n"
                         "  - id: local\n"
                         "    type: interfaces\n"
                         "    interval: 5s\n"
                         "    proc_path: /proc/net/dev   # the form does not show this key\n"
                         "    exclude: [lo]   # not the loopback\n"
                         "\n"
                         "# trailing comment\n";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Field values for the source dialog: objectName -> text ("typeCombo" picks the type).
using Fields = QList<QPair<QString, QString>>;

void fill(SourceDialog *dialog, const Fields &fields)
{
    for (const auto &[name, value] : fields) {
        if (name == "typeCombo") {
            auto *combo = dialog->findChild<QComboBox *>(name);
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findText(value));
            continue;
        }
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, value);
    }
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>("buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Runs `work` on the source dialog the page opens (it is modal, so from the event loop).
void withSourceDialog(std::function<void(SourceDialog *)> work)
{
    QTimer::singleShot(0, [work] {
        auto *dialog = qobject_cast<SourceDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no source dialog open");
            return;
        }
        work(dialog);
        if (dialog->isVisible()) // refused, or the work only looked
            dialog->reject();
    });
}

} // namespace

class TestGuiSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addSource_data();
    void addSource();
    void editAndRemove();
    void invalidInput_data();
    void invalidInput();
    void editSecret();
    void refusedSave();
    void screenshots();

private:
    QString m_configPath;
    QByteArray m_base;
    std::unique_ptr<QTemporaryDir> m_dir;
    SourcesPage *sourcesPage(SettingsDialog &dialog);
    void apply(SettingsDialog &dialog);
};

void TestGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Secrets go to the desktop keychain where one answers; these tests check
    // the file fallback (tests/keychain covers the keychain with its own bus).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestGuiSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath("bandwatch.yaml");
    m_base = QByteArray(kBase).replace("@DIR@", m_dir->path().toUtf8());
    QFile f(m_configPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_base);
    f.close();
    // Readable by others at first: saving must tighten it.
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}

SourcesPage *TestGuiSettings::sourcesPage(SettingsDialog &dialog)
{
    for (int i = 0; i < dialog.pageCount(); ++i)
        if (auto *page = qobject_cast<SourcesPage *>(dialog.page(i)))
            return page;
    return nullptr;
}

void TestGuiSettings::apply(SettingsDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>("buttonBox");
    QVERIFY(box->button(QDialogButtonBox::Apply)->isEnabled());
    QTest::mouseClick(box->button(QDialogButtonBox::Apply), Qt::LeftButton);
}

void TestGuiSettings::addSource_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("expected"); // the new entry as it must appear in the file
    QTest::addColumn<QString>("secret"); // typed into a secret field; must land in a 0600 file

    QTest::newRow("interfaces")
        << Fields { { "idEdit", "wired" },
                    { "typeCombo", "interfaces" },
                    { "intervalEdit", "10s" },
                    { "option_include", "eth*, en*" } }
        << QByteArray(
               "  - id: wired\n    type: interfaces\n    interval: 10s\n    include: [\"eth*\", \"en*\"]\n")
        << QString();
    QTest::newRow("kong with a token")
        << Fields { { "idEdit", "kong1" },
                    { "typeCombo", "kong" },
                    { "intervalEdit", "15s" },
                    { "option_url", "http://127.0.0.1:8001/metrics" },
                    { "option_token", "s3cret-t0ken" } }
        << QByteArray(
               "  - id: kong1\n    type: kong\n    interval: 15s\n    url: http://127.0.0.1:8001/metrics\n"
               "    token_file: @SECRETS@/kong1-token\n")
        << QString("s3cret-t0ken");
    QTest::newRow("vnstat-exporter url is a secret")
        << Fields { { "idEdit", "vps1" },
                    { "typeCombo", "vnstat-exporter" },
                    { "intervalEdit", "5m" },
                    { "option_url", "http://127.0.0.1:50000/webhook/secret-abc" } }
        << QByteArray("  - id: vps1\n    type: vnstat-exporter\n    interval: 5m\n    url_file: "
                      "@SECRETS@/vps1-url\n")
        << QString("http://127.0.0.1:50000/webhook/secret-abc");
}

void TestGuiSettings::addSource()
{
    QFETCH(Fields, fields);
    QFETCH(QByteArray, expected);
    QFETCH(QString, secret);
    const QString secrets = m_dir->filePath("secrets");
    expected.replace("@SECRETS@", secrets.toUtf8());

    SettingsDialog dialog(m_configPath);
    dialog.show();
    QVERIFY(dialog.errorText().isEmpty());
    SourcesPage *page = sourcesPage(dialog);
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 1);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);

    bool accepted = false;
    withSourceDialog([&](SourceDialog *d) {
        fill(d, fields);
        clickOk(d);
        accepted = !d->isVisible();
    });
    QTest::mouseClick(page->findChild<QPushButton *>("addButton"), Qt::LeftButton);
    QVERIFY(accepted);
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(readFile(m_configPath), m_base); // nothing written before Apply

    apply(dialog);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(saved.count(), 1);
    const QByteArray text = readFile(m_configPath);
    // The new entry is appended to the list; every other line, comments included, is untouched.
    QByteArray want = m_base;
    want.replace("    exclude: [lo]   # not the loopback\n",
                 QByteArray(QByteArray("    exclude: [lo]   # not the loopback\n") + expected));
    QCOMPARE(QString::fromUtf8(text).split('\n'), QString::fromUtf8(want).split('\n'));
    QCOMPARE(QFile::permissions(m_configPath),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    if (!secret.isEmpty()) {
        QVERIFY(!text.contains(secret.toUtf8()));
        const QString file = QString::fromUtf8(expected.mid(expected.indexOf("_file: ") + 7).trimmed());
        QCOMPARE(readFile(file), secret.toUtf8() + '\n');
        QCOMPARE(QFile::permissions(file),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }
}

void TestGuiSettings::editAndRemove()
{
    SettingsDialog dialog(m_configPath);
    dialog.show();
    SourcesPage *page = sourcesPage(dialog);
    auto *table = page->findChild<QTableView *>("sourceTable");
    table->setCurrentIndex(page->model()->index(0, SourceListModel::IdColumn));

    withSourceDialog([&](SourceDialog *d) {
        // Loaded from the file, not from defaults.
        QCOMPARE(d->findChild<QLineEdit *>("idEdit")->text(), QString("local"));
        QCOMPARE(d->findChild<QLineEdit *>("option_exclude")->text(), QString("lo"));
        QCOMPARE(d->findChild<QLabel *>("otherKeysLabel")->text(),
                 QString("Also in the file, kept as written: proc_path"));
        fill(d, { { "intervalEdit", "30s" } });
        clickOk(d);
    });
    QTest::mouseClick(page->findChild<QPushButton *>("editButton"), Qt::LeftButton);
    apply(dialog);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    // Only the edited entry is rewritten; everything around it stays as written.
    const QByteArray edited = QByteArray(m_base).replace("interval: 5s", "interval: 30s");
    QCOMPARE(QString::fromUtf8(readFile(m_configPath)), QString::fromUtf8(edited));

    // Disable, then remove: each Apply writes exactly that change.
    QTest::mouseClick(page->findChild<QPushButton *>("toggleButton"), Qt::LeftButton);
    QVERIFY(!page->model()->isEnabled(0));
    apply(dialog);
    QVERIFY(readFile(m_configPath).contains("    enabled: false\n"));

    table->setCurrentIndex(page->model()->index(0, SourceListModel::IdColumn));
    QTest::mouseClick(page->findChild<QPushButton *>("removeButton"), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 0);
    apply(dialog);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    const QByteArray text = readFile(m_configPath);
    QVERIFY(!text.contains("id: local"));
    QVERIFY(text.startsWith("# Bandwatch test configuration\nstorage:\n"));
    QVERIFY(text.contains("# trailing comment\n"));
    QVERIFY(QFile::exists(m_configPath + ".bak"));
}

void TestGuiSettings::invalidInput_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate id") << Fields { { "idEdit", "local" } } << "idError"
                                  << "Another source already has the id \"local\".";
    QTest::newRow("bad interval")
        << Fields { { "idEdit", "x" }, { "intervalEdit", "5 parsecs" } } << "intervalError"
        << "interval: \"5 parsecs\" is not a valid duration: unknown unit \"parsecs\"; accepted: a number "
           "followed by ms, s, m, h, d or w, several such parts from the largest unit to "
           "the smallest (\"1h30m\"), or a bare number of seconds";
    QTest::newRow("bad id")
        << Fields { { "idEdit", "a b" } } << "idError"
        << "source id \"a b\" may only contain letters, digits, '_', '-' and '.' (at most 64)";
    QTest::newRow("kong without url")
        << Fields { { "idEdit", "k" }, { "typeCombo", "kong" } } << "error_url"
        << "a kong source needs url: (one node's /metrics) or urls: (a list of nodes)";
    QTest::newRow("prometheus bad value") << Fields { { "idEdit", "p" },
                                                      { "typeCombo", "prometheus" },
                                                      { "option_url", "http://127.0.0.1:9090" },
                                                      { "option_query", "up" },
                                                      { "option_step", "0.5s" } }
                                          << "error_step"
                                          << "step: must be at least 1s";
}

void TestGuiSettings::invalidInput()
{
    QFETCH(Fields, fields);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);

    SettingsDialog dialog(m_configPath);
    dialog.show();
    SourcesPage *page = sourcesPage(dialog);
    bool refused = false;
    QString shown;
    withSourceDialog([&](SourceDialog *d) {
        fill(d, fields);
        clickOk(d);
        refused = d->isVisible();
        if (auto *label = d->findChild<QLabel *>(errorLabel))
            shown = label->isVisible() ? label->text() : QString("(hidden) ") + label->text();
    });
    QTest::mouseClick(page->findChild<QPushButton *>("addButton"), Qt::LeftButton);
    QVERIFY(refused);
    QCOMPARE(shown, message);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Apply)->isEnabled());
    QCOMPARE(readFile(m_configPath), m_base);
}

void TestGuiSettings::editSecret()
{
    // A token from the environment is shown as such, never as its value; a
    // new one typed in replaces the inline reference with a secret file.
    qputenv("BW_TEST_KONG_TOKEN", "from-env");
    const QByteArray kong = "  - id: kong\n"
                            "    type: kong\n"
                            "    url: http://127.0.0.1:8001/metrics\n"
                            "    token: ${BW_TEST_KONG_TOKEN}\n";
    {
        QFile f(m_configPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QByteArray(m_base).replace("\n# trailing comment", QByteArray(kong + "\n# trailing comment")));
    }
    SettingsDialog dialog(m_configPath);
    dialog.show();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    SourcesPage *page = sourcesPage(dialog);
    QCOMPARE(page->model()->rowCount(), 2);
    page->findChild<QTableView *>("sourceTable")
        ->setCurrentIndex(page->model()->index(1, SourceListModel::IdColumn));
    QString status;
    withSourceDialog([&](SourceDialog *d) {
        status = d->findChild<QLabel *>("secretStatus_token")->text();
        QVERIFY(d->findChild<QLineEdit *>("option_token")->text().isEmpty());
        fill(d, { { "option_token", "typed-t0ken" } });
        clickOk(d);
    });
    QTest::mouseClick(page->findChild<QPushButton *>("editButton"), Qt::LeftButton);
    QCOMPARE(status, QString("From ${BW_TEST_KONG_TOKEN}"));
    apply(dialog);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    const QByteArray text = readFile(m_configPath);
    const QString file = m_dir->filePath("secrets/kong-token");
    QVERIFY2(text.contains(QByteArray("    token_file: " + file.toUtf8() + "\n")), text.constData());
    QVERIFY(!text.contains("token: ${BW_TEST_KONG_TOKEN}"));
    QVERIFY(!text.contains("typed-t0ken"));
    QCOMPARE(readFile(file), QByteArray("typed-t0ken\n"));
    qunsetenv("BW_TEST_KONG_TOKEN");
}

void TestGuiSettings::refusedSave()
{
    // Another program changes the file while the dialog is open: Apply must
    // refuse with the reason shown, and leave that program's version alone.
    SettingsDialog dialog(m_configPath);
    dialog.show();
    SourcesPage *page = sourcesPage(dialog);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QTest::mouseClick(page->findChild<QPushButton *>("toggleButton"), Qt::LeftButton);
    const QByteArray other = m_base + "# edited elsewhere\n";
    {
        QFile f(m_configPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(other);
    }
    apply(dialog);
    QCOMPARE(saved.count(), 0);
    QVERIFY2(dialog.errorText().contains(m_configPath + " was changed by another program"),
             qPrintable(dialog.errorText()));
    QCOMPARE(readFile(m_configPath), other);
}

void TestGuiSettings::screenshots()
{
    // For looking at by hand: BANDWATCH_SCREENSHOTS=/tmp ctest -R gui_settings
    const QString dir = qEnvironmentVariable("BANDWATCH_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set BANDWATCH_SCREENSHOTS to a folder to render the dialogs");
    SettingsDialog dialog(m_configPath);
    dialog.resize(860, 540);
    dialog.show();
    for (int i = 0; i < dialog.pageCount(); ++i) {
        dialog.setCurrentPage(i);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QStringLiteral("%1/settings-page%2.png").arg(dir).arg(i)));
    }
    dialog.setCurrentPage(0);
    SourcesPage *page = sourcesPage(dialog);
    const QList<QPair<QString, Fields>> states {
        { "interfaces", { { "idEdit", "wired" }, { "intervalEdit", "5 parsecs" } } },
        { "kong", { { "idEdit", "local" }, { "typeCombo", "kong" }, { "option_token", "x" } } },
        { "prometheus", { { "idEdit", "prom" }, { "typeCombo", "prometheus" } } },
        { "vnstat", { { "idEdit", "vn" }, { "typeCombo", "vnstat" } } },
        { "vnstat-exporter", { { "idEdit", "vps" }, { "typeCombo", "vnstat-exporter" } } },
    };
    // The Test button: a real poll of the loopback interface, and a refused connection.
    const QList<QPair<QString, Fields>> tests {
        { "test-ok", { { "idEdit", "lo" }, { "option_include", "lo" }, { "option_exclude", "none" } } },
        { "test-failed",
          { { "idEdit", "k" }, { "typeCombo", "kong" }, { "option_url", "http://127.0.0.1:9/metrics" } } },
    };
    for (const auto &[name, fields] : tests) {
        withSourceDialog([&, name = name, fields = fields](SourceDialog *d) {
            fill(d, fields);
            d->probe()->setGap(std::chrono::milliseconds(500));
            QSignalSpy finished(d->probe(), &SourceProbe::finished);
            QTest::mouseClick(d->findChild<QPushButton *>("testButton"), Qt::LeftButton);
            QVERIFY(finished.wait(10000));
            QTest::qWait(50);
            d->grab().save(QStringLiteral("%1/settings-source-%2.png").arg(dir, name));
        });
        QTest::mouseClick(page->findChild<QPushButton *>("addButton"), Qt::LeftButton);
    }
    for (const auto &[name, fields] : states) {
        withSourceDialog([&, name = name, fields = fields](SourceDialog *d) {
            fill(d, fields);
            d->validate();
            QTest::qWait(50); // let the layouts take the shown errors into account
            d->grab().save(QStringLiteral("%1/settings-source-%2.png").arg(dir, name));
        });
        QTest::mouseClick(page->findChild<QPushButton *>("addButton"), Qt::LeftButton);
    }
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
