#include "app/configloader.h"
#include "app/secretfile.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

class TestSecretFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void write_data();
    void write();
    void readBackByTheLoader();
    void keys();
};

void TestSecretFile::write_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << QStringLiteral("kong-token") << QStringLiteral("kong-token");
    QTest::newRow("path tricks") << QStringLiteral("../../etc/passwd")
                                 << QStringLiteral("secret.._.._etc_passwd");
    QTest::newRow("hidden") << QStringLiteral(".x") << QStringLiteral("secret.x");
    QTest::newRow("spaces and unicode") << QStringLiteral("smtp pass 流量") << QStringLiteral("smtp_pass___");
}

void TestSecretFile::write()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString folder = SecretFile::folderFor(dir.filePath(QStringLiteral("bandwatch.yaml")));
    QCOMPARE(folder, dir.filePath(QStringLiteral("secrets")));
    QString error;
    const QString path = SecretFile::write(folder, name, "s3cret", &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QCOMPARE(path, folder + u'/' + fileName);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("s3cret\n"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    // Overwriting keeps the mode.
    QVERIFY(!SecretFile::write(folder, name, "new", &error).isEmpty());
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
}

void TestSecretFile::readBackByTheLoader()
{
    QTemporaryDir dir;
    QString error;
    const QString path =
        SecretFile::write(dir.filePath(QStringLiteral("secrets")), QStringLiteral("t"), "tok-123", &error);
    QVERIFY(!path.isEmpty());
    const QByteArray yaml = "sources:\n  - id: k\n    type: kong\n    url: http://127.0.0.1:8001/metrics\n"
                            "    token_file: "
        + path.toUtf8() + "\n";
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, QStringLiteral("x.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.config->sources.at(0).secret(QStringLiteral("token"), &error), QStringLiteral("tok-123"));
}

void TestSecretFile::keys()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray k = SecretFile::generateKey();
        QCOMPARE(k.size(), 43);
        QVERIFY(!k.contains('=') && !k.contains('+') && !k.contains('/'));
        seen.insert(k);
    }
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(TestSecretFile)
#include "tst_secretfile.moc"
