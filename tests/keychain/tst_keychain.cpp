#include "app/configloader.h"
#include "app/keychain.h"
#include "app/secretstore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

// A real Secret Service: a private D-Bus session bus and GNOME Keyring,
// with their files in a temporary HOME, started by the test and stopped after.
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void configReadsKeychainSecrets();
    void missingEntryIsAConfigError();
    void secretStoreUsesTheKeychain();
    void noSessionBusFallsBackToFiles();

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QByteArray m_busAddress;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!Keychain::isBuiltIn())
        QSKIP("built without QtKeychain (install qtkeychain-qt6-dev)");
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring-daemon (apt: dbus-daemon gnome-keyring)");
    QVERIFY(m_home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.remove(QStringLiteral("DISPLAY"));
    m_bus.setProcessEnvironment(env);
    m_bus.start(
        QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    QVERIFY2(m_bus.waitForStarted(10'000), qPrintable(m_bus.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10'000);
    m_busAddress = m_bus.readLine().trimmed();
    QVERIFY(!m_busAddress.isEmpty());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(m_busAddress));
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                      QStringLiteral("--components=secrets") });
    QVERIFY2(m_keyring.waitForStarted(10'000), qPrintable(m_keyring.errorString()));
    m_keyring.write("test-password"); // the new login keyring's password, read until EOF
    m_keyring.closeWriteChannel();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress);
    // The daemon takes the Secret Service name once it has set up the keyring.
    QTRY_VERIFY_WITH_TIMEOUT(Keychain::isAvailable(2000), 20'000);
}

void TestKeychain::cleanupTestCase()
{
    for (QProcess *p : { &m_keyring, &m_bus }) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
    }
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("token") << QByteArray("kong-admin-token-123");
    QTest::newRow("binary-ish and unicode") << QByteArray("p\xc3\xa4ss w\"o'rd\\$x");
    QTest::newRow("long") << QByteArray(4096, 'k');
}

void TestKeychain::roundTrip()
{
    QFETCH(QByteArray, secret);
    const QString account = QStringLiteral("test/") + QString::fromLatin1(QTest::currentDataTag());
    QString error;
    QVERIFY2(Keychain::write(account, secret, &error), qPrintable(error));
    const std::optional<QByteArray> back = Keychain::read(account, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, secret);
    QVERIFY2(Keychain::remove(account, &error), qPrintable(error));
    QVERIFY(!Keychain::read(account, &error));
    QVERIFY2(error.contains(QStringLiteral("no entry")), qPrintable(error));
}

void TestKeychain::configReadsKeychainSecrets()
{
    QString error;
    QVERIFY2(Keychain::write(QStringLiteral("cfg/kong"), "tok-${not-env}-keychain", &error),
             qPrintable(error));
    const QByteArray yaml = "sources:\n  - id: k\n    type: kong\n    url: http://127.0.0.1:8001/metrics\n"
                            "    token_keychain: cfg/kong\n";
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, QStringLiteral("k.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.config->sources.at(0).secret(QStringLiteral("token"), &error),
             QStringLiteral("tok-${not-env}-keychain"));
    // Not "written inline": it did not come from the file.
    QVERIFY2(r.warnings.join(u'\n').indexOf(QStringLiteral("inline")) < 0,
             qPrintable(r.warnings.join(u'\n')));
}

void TestKeychain::missingEntryIsAConfigError()
{
    const QByteArray yaml = "sources:\n  - id: k\n    type: kong\n    url: http://127.0.0.1:8001/metrics\n"
                            "    token_keychain: cfg/none\n";
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, QStringLiteral("k.yaml"));
    QVERIFY(!r.ok());
    QVERIFY2(
        r.errors.join(u'\n').contains(QStringLiteral("k.yaml:5: token_keychain: the keychain has no entry")),
        qPrintable(r.errors.join(u'\n')));
}

void TestKeychain::secretStoreUsesTheKeychain()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("bandwatch.yaml"));
    SecretStore store(config);
    QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
    QString error;
    const std::optional<SecretStore::Stored> stored =
        store.store(QStringLiteral("smtp-password"), "hunter2", &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->suffix, QStringLiteral("_keychain"));
    ConfigNode entry;
    entry.set(QStringLiteral("password"), QStringLiteral("old-inline"));
    entry.set(QStringLiteral("password_file"), QStringLiteral("/old"));
    SecretStore::apply(entry, QStringLiteral("password"), *stored);
    QVERIFY(!entry.has(u"password") && !entry.has(u"password_file"));
    QCOMPARE(entry.text(QStringLiteral("password_keychain")), stored->value);
    QCOMPARE(SecretStore::where(entry, QStringLiteral("password")), QStringLiteral("in the keychain"));
    QCOMPARE(*Keychain::read(stored->value, &error), QByteArray("hunter2"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("secrets"))));
}

void TestKeychain::noSessionBusFallsBackToFiles()
{
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(!Keychain::isAvailable());
    QTemporaryDir dir;
    SecretStore store(dir.filePath(QStringLiteral("bandwatch.yaml")));
    QCOMPARE(store.backend(), SecretStore::Backend::File);
    QString error;
    const std::optional<SecretStore::Stored> stored =
        store.store(QStringLiteral("kong-token"), "t0k", &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->suffix, QStringLiteral("_file"));
    QCOMPARE(stored->value, dir.filePath(QStringLiteral("secrets/kong-token")));
    // A configuration naming a keychain secret says why it cannot be read.
    const ConfigLoader::Result r = ConfigLoader::parse("sources:\n  - id: k\n    type: kong\n"
                                                       "    url: http://127.0.0.1:8001/metrics\n"
                                                       "    token_keychain: cfg/kong\n",
                                                       QStringLiteral("k.yaml"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.join(u'\n').contains(QStringLiteral("no D-Bus session bus")),
             qPrintable(r.errors.join(u'\n')));
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
