// The quota, notification and exporter settings pages under
// QT_QPA_PLATFORM=offscreen: each page is loaded from a configuration file in
// a temporary directory through ConfigEditor, edited with QTest's keyboard and
// mouse (dialogs included), applied, and the editor's text, the saved file and
// the secret files are checked. With BANDWATCH_SCREENSHOT_DIR set, the pages
// and dialogs are also rendered to PNG there.
#include "app/configeditor.h"
#include "gui/apikeydialog.h"
#include "gui/apikeylistmodel.h"
#include "gui/exporterpage.h"
#include "gui/newkeydialog.h"
#include "gui/notificationspage.h"
#include "gui/quotadialog.h"
#include "gui/quotalistmodel.h"
#include "gui/quotaspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace Bandwatch;

namespace {

const QByteArray kConfig =
    "# my bandwatch\n"
    "storage:\n"
    "  path: DIR/history.db   # keep me\n"
    "sources:\n"
    "  - id: kong\n"
    "    type: interfaces\n"
    "  - id: local\n"
    "    type: interfaces\n"
    "quotas:\n"
    "  # the CDN quota\n"
    "  - id: cdn-monthly\n"
    "    series: {source: kong, labels: {service: api}}   # selector\n"
    "    direction: out\n"
    "    kind: volume\n"
    "    limit: 2TB\n"
    "    cycle: {period: monthly, start_day: 15, timezone: Asia/Taipei}\n"
    "    hysteresis: 3   # kept\n"
    "notifications:\n"
    "  email: {url: \"smtp://127.0.0.1:2525\", starttls: optional, from: ops@example.com, "
    "to: [noc@example.com]}\n"
    "  retry: {initial: 30s, max: 1h}   # untouched\n";

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// Runs `f` on the next modal dialog of type T once it is shown (dialogs are exec()'d by the pages).
template<typename T> void onModal(std::function<void(T *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        auto *w = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!w || !w->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        f(w);
    });
    timer->start();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    QVERIFY2(i >= 0, qPrintable(value));
    combo->setFocus();
    combo->setCurrentIndex(i);
}

void clickOk(QDialog *d)
{
    QTest::mouseClick(child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void savePng(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BANDWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    for (auto *e : root->findChildren<QLineEdit *>())
        out << e->text();
    for (auto *l : root->findChildren<QLabel *>())
        out << l->text();
    for (auto *p : root->findChildren<QPlainTextEdit *>())
        out << p->toPlainText();
    for (auto *v : root->findChildren<QTableView *>())
        for (int r = 0; r < v->model()->rowCount(); ++r)
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out << v->model()->index(r, c).data().toString();
    return out;
}

} // namespace

class TestSettingsPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cyclePreview_data();
    void cyclePreview();
    void editQuota_data();
    void editQuota();
    void addAndRemoveQuota();
    void notifications();
    void notificationsRefuseInvalid();
    void testMailShowsTheError();
    void exporterListen_data();
    void exporterListen();
    void exporterKeyShownOnce();
    void render();

private:
    ConfigEditor load(const QByteArray &text = kConfig);
    QByteArray m_config;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSettingsPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Secrets go to the desktop keychain where one answers; these tests check
    // the file fallback (tests/keychain covers the keychain with its own bus).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QLocale::setDefault(QLocale::c()); // month names in the preview
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath("bandwatch.yaml");
}

void TestSettingsPages::init()
{
    QDir(m_dir.filePath("secrets")).removeRecursively();
}

ConfigEditor TestSettingsPages::load(const QByteArray &text)
{
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the config");
    f.write(QByteArray(text).replace("DIR", m_dir.path().toUtf8()));
    f.close();
    ConfigEditor editor;
    QString error;
    if (!editor.load(m_path, &error))
        qWarning("%s", qPrintable(error));
    return editor;
}

void TestSettingsPages::cyclePreview_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("monthly 15 Taipei") << "monthly" << 15 << "Asia/Taipei"
                                       << "15 Nov 2026 00:00 – 15 Dec 2026 00:00 (Asia/Taipei)";
    QTest::newRow("monthly 31 UTC") << "monthly" << 31 << "UTC"
                                    << "31 Oct 2026 00:00 – 30 Nov 2026 00:00 (UTC)";
    QTest::newRow("weekly friday Berlin") << "weekly" << 5 << "Europe/Berlin"
                                          << "20 Nov 2026 00:00 – 27 Nov 2026 00:00 (Europe/Berlin)";
    QTest::newRow("daily New York") << "daily" << 0 << "America/New_York"
                                    << "21 Nov 2026 00:00 – 22 Nov 2026 00:00 (America/New_York)";
}

void TestSettingsPages::cyclePreview()
{
    QFETCH(QString, period);
    QFETCH(int, day);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QuotaDialog d;
    d.setNow(utc("2026-11-22T03:00:00"));
    selectData(child<QComboBox>(&d, "periodCombo"), period);
    if (period == "monthly")
        child<QSpinBox>(&d, "startDaySpin")->setValue(day);
    else if (period == "weekly")
        child<QComboBox>(&d, "weekdayCombo")->setCurrentIndex(day - 1);
    selectData(child<QComboBox>(&d, "timeZoneCombo"), zone);
    QCOMPARE(d.cyclePreview(), expected);
}

void TestSettingsPages::editQuota_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("expectedLine"); // in the file afterwards; empty: refused
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("volume 3TB") << "volume"
                                << "3TB"
                                << "    limit: 3TB\n"
                                << QString();
    QTest::newRow("unchanged") << "volume"
                               << "2TB" << QString() << QString();
    QTest::newRow("bandwidth 500Mbit/s") << "bandwidth"
                                         << "500Mbit/s"
                                         << "    limit: 500Mbit/s\n"
                                         << QString();
    QTest::newRow("invalid 2 parsecs")
        << "volume"
        << "2 parsecs" << QString() << "the limit of a volume quota is a byte count such as 2TB";
    QTest::newRow("rate for a volume quota")
        << "volume"
        << "500Mbit/s" << QString() << "the limit of a volume quota is a byte count";
}

void TestSettingsPages::editQuota()
{
    QFETCH(QString, kind);
    QFETCH(QString, limit);
    QFETCH(QString, expectedLine);
    QFETCH(QString, expectedError);
    ConfigEditor editor = load();
    QuotasPage page;
    page.load(editor);
    QCOMPARE(page.model()->rowCount(), 1);
    QSignalSpy changed(&page, &SettingsPage::changed);
    auto *view = child<QTableView>(&page, "quotaView");
    view->selectRow(0);
    bool checked = false;
    onModal<QuotaDialog>([&](QuotaDialog *d) {
        QCOMPARE(child<QComboBox>(d, "sourceCombo")->currentText(), QString("kong"));
        QCOMPARE(child<QLineEdit>(d, "labelsEdit")->text(), QString("service=api"));
        QCOMPARE(child<QSpinBox>(d, "startDaySpin")->value(), 15);
        QCOMPARE(child<QComboBox>(d, "timeZoneCombo")->currentData().toString(), QString("Asia/Taipei"));
        selectData(child<QComboBox>(d, "kindCombo"), kind);
        typeInto(child<QLineEdit>(d, "limitEdit"), limit);
        clickOk(d);
        if (expectedError.isEmpty() && expectedLine.isEmpty()) {
            QVERIFY(!d->isVisible()); // accepted, but nothing to write
        } else if (!expectedError.isEmpty()) {
            QVERIFY(d->isVisible()); // refused: the dialog stays open with the parser's message
            auto *error = child<QLabel>(d, "errorLabel");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(expectedError), qPrintable(error->text()));
            d->reject();
        }
        checked = true;
    });
    QTest::mouseClick(child<QPushButton>(&page, "editButton"), Qt::LeftButton);
    QVERIFY(checked);
    QString error;
    QVERIFY2(page.apply(editor, &error), qPrintable(error));
    const QString text = QString::fromUtf8(editor.text());
    if (expectedLine.isEmpty()) {
        QCOMPARE(changed.size(), 0);
        QVERIFY(!editor.isModified());
        return;
    }
    QCOMPARE(changed.size(), 1);
    QVERIFY2(text.contains(expectedLine), qPrintable(text));
    // What the dialog did not change is as the user wrote it: the rest of the
    // file with its comments, and the quota's other keys with theirs.
    for (const char *kept : { "# my bandwatch\n", "  # the CDN quota\n", "    hysteresis: 3   # kept\n",
                              "    series: {source: kong, labels: {service: api}}   # selector\n",
                              "    cycle: {period: monthly, start_day: 15, timezone: Asia/Taipei}\n",
                              "  retry: {initial: 30s, max: 1h}   # untouched\n" })
        QVERIFY2(text.contains(QString::fromUtf8(kept)), kept);
    QCOMPARE(text.contains("kind: bandwidth"), kind == "bandwidth");
    const ConfigLoader::Result r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QStringList errors;
    QVERIFY2(editor.save(&errors), qPrintable(errors.join('\n')));
}

void TestSettingsPages::addAndRemoveQuota()
{
    ConfigEditor editor = load();
    QuotasPage page;
    page.load(editor);
    onModal<QuotaDialog>([&](QuotaDialog *d) {
        QCOMPARE(child<QComboBox>(d, "sourceCombo")->count(), 2); // the sources of the file
        QTest::keyClicks(child<QLineEdit>(d, "idEdit"), "transit-95th");
        QTest::keyClicks(child<QLineEdit>(d, "nameEdit"), "Transit");
        child<QComboBox>(d, "sourceCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(d, "seriesNameEdit"), "eth*");
        selectData(child<QComboBox>(d, "kindCombo"), "p95");
        QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), "500Mbit/s");
        QCOMPARE(child<QLabel>(d, "limitValueLabel")->text(), QString("= 500.00 Mbit/s"));
        selectData(child<QComboBox>(d, "periodCombo"), "weekly");
        QVERIFY(child<QComboBox>(d, "weekdayCombo")->isVisible());
        QVERIFY(!child<QSpinBox>(d, "startDaySpin")->isVisible());
        child<QComboBox>(d, "weekdayCombo")->setCurrentIndex(4);
        selectData(child<QComboBox>(d, "timeZoneCombo"), "Europe/Berlin");
        typeInto(child<QLineEdit>(d, "thresholdsEdit"), "50, 100");
        clickOk(d);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addButton"), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 2);
    // Removing the file's quota in the same go.
    child<QTableView>(&page, "quotaView")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "removeButton"), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 1);
    QString error;
    QVERIFY2(page.apply(editor, &error), qPrintable(error));
    const QString text = QString::fromUtf8(editor.text());
    QVERIFY2(!text.contains("cdn-monthly"), qPrintable(text));
    QVERIFY2(
        text.contains("  - id: transit-95th\n    name: Transit\n"
                      "    series: {source: local, name: \"eth*\"}\n    kind: p95\n    limit: 500Mbit/s\n"
                      "    thresholds: [50, 100]\n"
                      "    cycle: {period: weekly, start_day: friday, timezone: Europe/Berlin}\n"),
        qPrintable(text));
    QVERIFY(text.contains("  retry: {initial: 30s, max: 1h}   # untouched\n"));
    QVERIFY(text.contains("quotas:\n  # the CDN quota\n  - id: transit-95th\n"));
    const ConfigLoader::Result r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(page.model()->rows().first().origin, 0); // reloaded from the editor
}

void TestSettingsPages::notifications()
{
    ConfigEditor editor = load();
    NotificationsPage page;
    page.load(editor);
    auto *email = child<QGroupBox>(&page, "emailGroup");
    QVERIFY(email->isChecked());
    QCOMPARE(child<QLineEdit>(&page, "urlEdit")->text(), QString("smtp://127.0.0.1:2525"));
    QCOMPARE(child<QComboBox>(&page, "starttlsCombo")->currentData().toString(), QString("optional"));
    typeInto(child<QLineEdit>(&page, "toEdit"), "noc@example.com, oncall@example.com");
    QTest::keyClicks(child<QLineEdit>(&page, "usernameEdit"), "ops");
    QTest::keyClicks(child<QLineEdit>(&page, "passwordEdit"), "hunter2-secret");
    auto *verify = child<QCheckBox>(&page, "tlsVerifyCheck");
    QVERIFY(verify->isChecked());
    QVERIFY(!child<QLabel>(&page, "tlsWarningLabel")->isVisibleTo(&page));
    QTest::mouseClick(verify, Qt::LeftButton, {}, QPoint(4, verify->height() / 2));
    QVERIFY(!verify->isChecked());
    QVERIFY(child<QLabel>(&page, "tlsWarningLabel")->isVisibleTo(&page));
    auto *webhook = child<QGroupBox>(&page, "webhookGroup");
    QVERIFY(!webhook->isChecked());
    webhook->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&page, "webhookUrlEdit"), "https://hooks.example.com/bandwatch");
    QTest::keyClicks(child<QPlainTextEdit>(&page, "headersEdit"), "X-Team: noc");
    QTest::keyClicks(child<QLineEdit>(&page, "webhookTimeoutEdit"), "20s");

    QString error;
    QVERIFY2(page.apply(editor, &error), qPrintable(error));
    const QString text = QString::fromUtf8(editor.text());
    const QString secret = m_dir.filePath("secrets/smtp-password");
    QVERIFY2(!text.contains("hunter2"), qPrintable(text));
    QVERIFY2(text.contains("password_file: " + secret), qPrintable(text));
    QVERIFY2(text.contains("to: [noc@example.com, oncall@example.com]"), qPrintable(text));
    QVERIFY2(text.contains("tls_verify: false"), qPrintable(text));
    QVERIFY2(text.contains("webhook: {url: \"https://hooks.example.com/bandwatch\", headers: {X-Team: noc}, "
                           "timeout: 20s}")
                 || text.contains("url: \"https://hooks.example.com/bandwatch\"")
                 || text.contains("url: https://hooks.example.com/bandwatch"),
             qPrintable(text));
    QVERIFY(text.contains("X-Team: noc"));
    for (const char *kept : { "# my bandwatch\n", "  path: ", "   # keep me\n", "  # the CDN quota\n",
                              "  retry: {initial: 30s, max: 1h}   # untouched\n" })
        QVERIFY2(text.contains(QString::fromUtf8(kept)), kept);
    QFile f(secret);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("hunter2-secret\n"));
    QCOMPARE(f.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    const ConfigLoader::Result r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QVERIFY2(r.warnings.join('\n').contains("certificate verification is off"),
             qPrintable(r.warnings.join('\n')));
    QStringList errors;
    QVERIFY2(editor.save(&errors), qPrintable(errors.join('\n')));
    QVERIFY(!QFile(m_path).open(QIODevice::ReadOnly) || !QFile(m_path).readAll().contains("hunter2"));
    // The password field is empty again and says where the password is.
    QVERIFY(child<QLineEdit>(&page, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(&page, "passwordHint")->text().contains(secret));
}

void TestSettingsPages::notificationsRefuseInvalid()
{
    ConfigEditor editor = load();
    NotificationsPage page;
    page.load(editor);
    typeInto(child<QLineEdit>(&page, "urlEdit"), "http://mail.example.com");
    QString error;
    QVERIFY(!page.apply(editor, &error));
    QVERIFY2(error.contains("url must be smtp://HOST[:PORT] or smtps://HOST[:PORT]"), qPrintable(error));
    QVERIFY(!editor.isModified());
}

void TestSettingsPages::testMailShowsTheError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ConfigEditor editor = load();
    NotificationsPage page;
    page.load(editor);
    typeInto(child<QLineEdit>(&page, "urlEdit"), QString("smtp://127.0.0.1:%1").arg(port));
    QTest::mouseClick(child<QPushButton>(&page, "testButton"), Qt::LeftButton);
    QVERIFY(page.isTestRunning());
    QVERIFY(!child<QPushButton>(&page, "testButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isTestRunning(), 20'000);
    QVERIFY2(page.testResult().contains(QString("cannot connect to 127.0.0.1:%1").arg(port)),
             qPrintable(page.testResult()));
    QVERIFY(child<QPushButton>(&page, "testButton")->isEnabled());
    QVERIFY(!editor.isModified()); // a test changes nothing
    child<QCheckBox>(&page, "tlsVerifyCheck")->setChecked(false);
    page.resize(640, page.sizeHint().height());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    savePng(&page, "page-2-testmail");
}

void TestSettingsPages::exporterListen_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("expectedError"); // empty: accepted
    QTest::newRow("loopback") << "127.0.0.1:9100" << QString();
    QTest::newRow("IPv6 loopback") << "[::1]:18563" << QString();
    QTest::newRow("all interfaces without keys")
        << "0.0.0.0:18563"
        << "refusing to serve the exporter on 0.0.0.0:18563: that address is reachable from other hosts";
    QTest::newRow("IPv6 without brackets") << "::1:18563"
                                           << "is not address:port";
    QTest::newRow("no port") << "localhost"
                             << "is not address:port";
}

void TestSettingsPages::exporterListen()
{
    QFETCH(QString, listen);
    QFETCH(QString, expectedError);
    ConfigEditor editor = load();
    ExporterPage page;
    page.load(editor);
    QVERIFY(!child<QCheckBox>(&page, "enabledCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&page, "listenEdit")->text(), QString("127.0.0.1:18563"));
    child<QCheckBox>(&page, "enabledCheck")->setChecked(true);
    typeInto(child<QLineEdit>(&page, "listenEdit"), listen);
    auto *warning = child<QLabel>(&page, "listenWarningLabel");
    QCOMPARE(warning->isVisibleTo(&page), !expectedError.isEmpty());
    QString error;
    const bool ok = page.apply(editor, &error);
    if (!expectedError.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY2(warning->text().contains(expectedError), qPrintable(warning->text()));
        QVERIFY(!editor.isModified());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    const QString text = QString::fromUtf8(editor.text());
    QVERIFY2(text.contains(listen), qPrintable(text));
    QCOMPARE(editor.node({ "exporter", "enabled" })->scalar, QString("true"));
    QCOMPARE(editor.node({ "exporter", "listen" })->scalar, listen);
    QVERIFY(page.urlsText().contains("http://" + listen + "/metrics"));
    QVERIFY(page.urlsText().contains("http://" + listen + "/api/v1/openapi.json"));
    const ConfigLoader::Result r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
}

void TestSettingsPages::exporterKeyShownOnce()
{
    ConfigEditor editor = load();
    ExporterPage page;
    page.load(editor);
    child<QCheckBox>(&page, "enabledCheck")->setChecked(true);
    typeInto(child<QLineEdit>(&page, "listenEdit"), "0.0.0.0:18563");
    QVERIFY(child<QLabel>(&page, "listenWarningLabel")->isVisibleTo(&page));
    child<QRadioButton>(&page, "tlsSelfSignedRadio")->click();

    QString shownKey, shownText;
    onModal<ApiKeyDialog>([&](ApiKeyDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "nameEdit"), "prometheus");
        selectData(child<QComboBox>(d, "scopeCombo"), "write");
        clickOk(d);
        onModal<NewKeyDialog>([&](NewKeyDialog *k) {
            savePng(k, "dialog-newkey");
            shownKey = child<QLineEdit>(k, "keyEdit")->text();
            shownText = visibleTexts(k).join('\n');
            QTest::mouseClick(child<QPushButton>(k, "copyButton"), Qt::LeftButton);
            QCOMPARE(QGuiApplication::clipboard()->text(), shownKey);
            k->reject();
        });
    });
    QTest::mouseClick(child<QPushButton>(&page, "createKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!shownKey.isEmpty());
    QCOMPARE(shownKey.size(), 43);
    QVERIFY2(shownText.contains("This key will not be shown again."), qPrintable(shownText));
    QVERIFY(!child<QLabel>(&page, "listenWarningLabel")->isVisibleTo(&page)); // a key protects it now

    const QString keyFile = m_dir.filePath("secrets/exporter-prometheus.key");
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), shownKey.toLatin1() + '\n');
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // The page never shows the key again; the scrape config names its file.
    QVERIFY(!visibleTexts(&page).join('\n').contains(shownKey));
    QVERIFY2(page.scrapeConfig().contains("credentials_file: " + keyFile), qPrintable(page.scrapeConfig()));
    QVERIFY(page.scrapeConfig().contains("scheme: https"));
    QVERIFY(page.urlsText().startsWith("Metrics: https://"));

    QString error;
    QVERIFY2(page.apply(editor, &error), qPrintable(error));
    const QString text = QString::fromUtf8(editor.text());
    QVERIFY(!text.contains(shownKey));
    const ConfigNode *keys = editor.node({ "exporter", "api_keys" });
    QVERIFY(keys && keys->items.size() == 1);
    QCOMPARE(keys->items.first().text(u"name"), QString("prometheus"));
    QCOMPARE(keys->items.first().text(u"scope"), QString("write"));
    QCOMPARE(keys->items.first().text(u"key_file"), keyFile);
    QCOMPARE(keys->items.first().entries.size(), 3);
    QVERIFY2(text.contains("  tls: {self_signed: true}\n"), qPrintable(text));
    ConfigLoader::Result r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QStringList errors;
    QVERIFY2(editor.save(&errors), qPrintable(errors.join('\n')));

    // Removing it, with its file; a non-loopback listener without keys is then refused.
    page.load(editor);
    QCOMPARE(page.keyModel()->rowCount(), 1);
    child<QTableView>(&page, "keyView")->selectRow(0);
    onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&page, "removeKeyButton"), Qt::LeftButton);
    QCOMPARE(page.keyModel()->rowCount(), 0);
    QVERIFY(!page.apply(editor, &error));
    QVERIFY2(error.contains("no API key is configured"), qPrintable(error));
    QVERIFY(QFile::exists(keyFile)); // refused: nothing deleted
    typeInto(child<QLineEdit>(&page, "listenEdit"), "127.0.0.1:18563");
    QVERIFY2(page.apply(editor, &error), qPrintable(error));
    QVERIFY(QFile::exists(keyFile)); // the file on disk still names it until saved
    QVERIFY2(!QString::fromUtf8(editor.text()).contains("api_keys"), editor.text().constData());
    r = editor.validate();
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QVERIFY2(editor.save(&errors), qPrintable(errors.join('\n')));
    page.saved();
    QVERIFY(!QFile::exists(keyFile));
}

void TestSettingsPages::render()
{
    ConfigEditor editor =
        load(QByteArray(kConfig)
             + "exporter:\n  enabled: true\n  listen: \"[::]:18563\"\n  tls: {self_signed: true}\n"
               "  api_keys:\n    - {name: prometheus, scope: read, key_file: "
               "/etc/bandwatch/prometheus.key}\n"
               "    - {name: scripts, scope: write, key: \"${BANDWATCH_PUSH_KEY}\"}\n");
    QuotasPage quotas;
    NotificationsPage notifications;
    ExporterPage exporter;
    int i = 0;
    for (SettingsPage *p : std::initializer_list<SettingsPage *> { &quotas, &notifications, &exporter }) {
        p->load(editor);
        p->resize(p->sizeHint().expandedTo(QSize(640, 0)));
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p));
        QVERIFY(!p->title().isEmpty());
        savePng(p, QStringLiteral("page-%1").arg(++i));
    }
    QuotaDialog d;
    d.setSources({ "kong", "local" });
    d.setQuota(editor.node({ "quotas" })->items.first());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    savePng(&d, "dialog-quota");
    ApiKeyDialog k;
    k.show();
    QVERIFY(QTest::qWaitForWindowExposed(&k));
    savePng(&k, "dialog-apikey");
}

QTEST_MAIN(TestSettingsPages)
#include "tst_gui_settingspages.moc"
