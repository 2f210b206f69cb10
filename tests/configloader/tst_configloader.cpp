#include "app/configloader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

class TestConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("BW_TEST_TOKEN", "s3cret");
        qunsetenv("BW_TEST_UNSET");
    }

    void issueShapeWorks()
    {
        const QByteArray yaml = "storage:\n"
                                "  path: /var/lib/bandwatch/history.db\n"
                                "sources:\n"
                                "  - id: local\n"
                                "    type: interfaces\n"
                                "    interval: 5s\n"
                                "    exclude: [lo]\n";
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("c.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config->storage.path, QStringLiteral("/var/lib/bandwatch/history.db"));
        QCOMPARE(r.config->sources.size(), 1);
        const SourceConfig &s = r.config->sources.at(0);
        QCOMPARE(s.id, QStringLiteral("local"));
        QCOMPARE(s.type, QStringLiteral("interfaces"));
        QCOMPARE(s.interval.count(), 5000);
        QCOMPARE(s.stringList(QStringLiteral("exclude")), QStringList { QStringLiteral("lo") });
        QCOMPARE(s.lineOf(QStringLiteral("exclude")), 7);
    }

    void defaultConfigIsValid()
    {
        const auto r = ConfigLoader::parse(ConfigLoader::defaultConfigText(), QStringLiteral("default"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config->sources.size(), 1);
        QCOMPARE(r.config->sources.at(0).type, QStringLiteral("interfaces"));
        QVERIFY(r.config->storage.path.isEmpty());
        QVERIFY(r.config->effectiveStoragePath().endsWith(QStringLiteral("/bandwatch/history.db")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("yaml syntax") << QByteArray("sources:\n  - id: a\n    type: [interfaces\n") << 4
                                     << "YAML syntax error";
        QTest::newRow("bad indentation")
            << QByteArray("sources:\n  - id: a\n   type: interfaces\n") << 3 << "YAML syntax error";
        QTest::newRow("top level list") << QByteArray("- a\n- b\n") << 1 << "top level must be a mapping";
        QTest::newRow("unknown top key")
            << QByteArray("storage: {}\nsorces: []\n") << 2 << "unknown top-level key \"sorces\"";
        QTest::newRow("sources not list") << QByteArray("sources:\n  id: a\n") << 2 << "must be a list";
        QTest::newRow("missing id") << QByteArray("sources:\n  - type: interfaces\n") << 2
                                    << "without \"id\"";
        QTest::newRow("bad id") << QByteArray("sources:\n  - id: \"a b\"\n    type: interfaces\n") << 2
                                << "may only contain";
        QTest::newRow("missing type") << QByteArray("sources:\n  - id: a\n") << 2 << "has no \"type\"";
        QTest::newRow("unknown type") << QByteArray("sources:\n  - id: a\n    type: carrier-pigeon\n") << 3
                                      << "unknown source type \"carrier-pigeon\"";
        QTest::newRow("bad interval")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    interval: soon\n") << 4
            << "interval";
        QTest::newRow("tiny interval")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    interval: 1ms\n") << 4
            << "at least 100ms";
        QTest::newRow("duplicate id") << QByteArray("sources:\n  - id: a\n    type: interfaces\n"
                                                    "  - id: a\n    type: interfaces\n")
                                      << 4 << "used twice";
        QTest::newRow("unknown option")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    exlude: [lo]\n") << 4
            << "unknown option \"exlude\"";
        QTest::newRow("duplicate key")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    id: b\n") << 4 << "appears twice";
        QTest::newRow("unset env") << QByteArray("storage:\n  path: ${BW_TEST_UNSET}/h.db\n") << 2
                                   << "BW_TEST_UNSET is not set";
        QTest::newRow("retention unknown level") << QByteArray("storage:\n  retention:\n    weekly: 1d\n")
                                                 << 3 << "unknown key \"weekly\" under storage.retention";
        QTest::newRow("retention too short")
            << QByteArray("storage:\n  retention: {raw: 5m}\n") << 2 << "at least 1h";
        QTest::newRow("storage scalar") << QByteArray("storage: here\n") << 1 << "must be a mapping";
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("bad.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(!r.config);
        const QString expectedPrefix = QStringLiteral("bad.yaml:%1: ").arg(line);
        bool found = false;
        for (const QString &e : r.errors)
            found = found || (e.startsWith(expectedPrefix) && e.contains(message));
        QVERIFY2(found, qPrintable(r.errors.join(u'\n')));
    }

    void environmentAndSecretFiles()
    {
        QTemporaryDir dir;
        const QString secretPath = dir.filePath(QStringLiteral("pw"));
        {
            QFile f(secretPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("from-file\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        const QByteArray yaml = "storage:\n  path: ${BW_TEST_TOKEN}/x.db\n"
                                "sources:\n  - id: a\n    type: interfaces\n    include: [\"$${literal}\"]\n";
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("c.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config->storage.path, QStringLiteral("s3cret/x.db"));
        QCOMPARE(r.config->sources.at(0).stringList(QStringLiteral("include")),
                 QStringList { QStringLiteral("${literal}") });

        SourceConfig sc;
        sc.options.insert(QStringLiteral("password_file"), secretPath);
        QString error;
        QCOMPARE(sc.secret(QStringLiteral("password"), &error), QStringLiteral("from-file"));
        QVERIFY(error.isEmpty());
        sc.options.insert(QStringLiteral("password_file"), dir.filePath(QStringLiteral("missing")));
        QVERIFY(sc.secret(QStringLiteral("password"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("cannot read secret file")), qPrintable(error));
    }

    // password_file is read by the loader; the source sees only `password`.
    void secretFileForSource_data()
    {
        QTest::addColumn<QByteArray>("passwordLine");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expectedPassword");
        QTest::addColumn<QString>("message"); // error or warning text expected
        QTest::newRow("file") << QByteArray("password_file: %PW%") << true << "from-file" << QString();
        QTest::newRow("env") << QByteArray("password: ${BW_TEST_TOKEN}") << true << "s3cret" << QString();
        QTest::newRow("inline warns") << QByteArray("password: plain") << true << "plain"
                                      << "written inline";
        QTest::newRow("missing file") << QByteArray("password_file: /nonexistent/pw") << false << QString()
                                      << "cannot read secret file /nonexistent/pw";
        QTest::newRow("both") << QByteArray("password: x\n    password_file: %PW%") << false << QString()
                              << "not both";
    }
    void secretFileForSource()
    {
        QFETCH(QByteArray, passwordLine);
        QFETCH(bool, ok);
        QFETCH(QString, expectedPassword);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pw = dir.filePath(QStringLiteral("pw"));
        {
            QFile f(pw);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("from-file\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        passwordLine.replace("%PW%", pw.toUtf8());
        const QByteArray yaml =
            "sources:\n  - id: k\n    type: kong\n    url: http://127.0.0.1:8001/metrics\n"
            "    username: u\n    "
            + passwordLine + "\n";
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("c.yaml"));
        QCOMPARE(r.ok(), ok);
        const QString all = (r.errors + r.warnings).join(u'\n');
        if (!message.isEmpty())
            QVERIFY2(all.contains(message), qPrintable(all));
        else
            QVERIFY2(r.warnings.isEmpty(), qPrintable(all));
        if (ok) {
            const SourceConfig &sc = r.config->sources.at(0);
            QCOMPARE(sc.secret(QStringLiteral("password")), expectedPassword);
            QVERIFY(!sc.options.contains(QStringLiteral("password_file")));
        }
    }

    void retention()
    {
        const auto r =
            ConfigLoader::parse("storage:\n  retention:\n    raw: 72h\n    hour: 365d\n    day: forever\n",
                                QStringLiteral("c.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        const RetentionPolicy &p = r.config->storage.retention;
        QCOMPARE(p.keep(Resolution::Raw), 72 * RetentionPolicy::hourMs);
        QCOMPARE(p.keep(Resolution::Hour), 365 * RetentionPolicy::dayMs);
        QCOMPARE(p.keep(Resolution::Day), qint64(0));
        QCOMPARE(p.keep(Resolution::FiveMinutes),
                 RetentionPolicy().keep(Resolution::FiveMinutes)); // default kept
    }

    void disabledSourceIsSkipped()
    {
        const auto r = ConfigLoader::parse("sources:\n  - id: a\n    type: interfaces\n    enabled: false\n",
                                           QStringLiteral("c.yaml"));
        QVERIFY(r.ok());
        QCOMPARE(r.config->sources.size(), 0);
    }

    void emptyFileIsEmptyConfig()
    {
        const auto r = ConfigLoader::parse("", QStringLiteral("c.yaml"));
        QVERIFY(r.ok());
        QVERIFY(r.config->sources.isEmpty());
    }

    void writeDefaultIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/bandwatch.yaml"));
        QString error;
        QVERIFY2(ConfigLoader::writeDefaultIfMissing(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const auto r = ConfigLoader::loadFile(path);
        QVERIFY(r.ok());
        // An existing file is never overwritten.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("sources: []\n");
        }
        QVERIFY(ConfigLoader::writeDefaultIfMissing(path, &error));
        QCOMPARE(ConfigLoader::loadFile(path).config->sources.size(), 0);
    }

    void missingFile()
    {
        const auto r = ConfigLoader::loadFile(QStringLiteral("/nonexistent/bandwatch.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(r.errors.at(0).startsWith(QStringLiteral("/nonexistent/bandwatch.yaml: ")));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
