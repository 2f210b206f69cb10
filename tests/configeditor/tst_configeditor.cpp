#include "app/configeditor.h"
#include "app/yamldocument.h"
#include "app/yamlwriter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

namespace {

ConfigNode source(const QString &id, const QString &type, const QString &interval)
{
    ConfigNode n;
    n.set(QStringLiteral("id"), id);
    n.set(QStringLiteral("type"), type);
    n.set(QStringLiteral("interval"), interval);
    return n;
}

ConfigNode flowMap(std::initializer_list<std::pair<QString, QString>> entries)
{
    ConfigNode n;
    for (const auto &[k, v] : entries)
        n.set(k, v);
    return n;
}

const QByteArray kBase = "# top comment\n"
                         "storage:\n"
                         "  path: /tmp/h.db   # where\n"
                         "\n"
                         "sources:\n"
                         "  # the local one\n"
                         "  - id: local\n"
                         "    type: interfaces\n"
                         "    interval: 5s\n"
                         "    # include: [eth*]\n"
                         "\n"
                         "  # the second\n"
                         "  - id: vn\n"
                         "    type: vnstat\n"
                         "\n"
                         "# trailing comment\n";

} // namespace

class TestConfigEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void edit_data();
    void edit();
    void scalarRoundTrip_data();
    void scalarRoundTrip();
    void save();
    void saveRefusesInvalidConfig();
    void saveRefusesChangesByOthers();
};

void TestConfigEditor::edit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("replace first item, comments kept")
        << kBase << QStringLiteral("set sources 0")
        << QByteArray("# top comment\nstorage:\n  path: /tmp/h.db   # where\n\nsources:\n  # the local one\n"
                      "  - id: wan\n    type: interfaces\n    interval: 10s\n    # include: [eth*]\n\n"
                      "  # the second\n  - id: vn\n    type: vnstat\n\n# trailing comment\n");
    QTest::newRow("edit inside an item keeps its comments")
        << QByteArray("sources:\n  - id: a\n    # the uplink\n    type: interfaces   # kernel counters\n"
                      "    interval: 5s   # often\n    exclude: [lo]\n  - id: b\n    type: vnstat\n")
        << QStringLiteral("seta sources 0")
        << QByteArray("sources:\n  - id: a\n    # the uplink\n    type: interfaces   # kernel counters\n"
                      "    interval: 10s\n  - id: b\n    type: vnstat\n");
    QTest::newRow("append item after the last")
        << kBase << QStringLiteral("append sources")
        << QByteArray("# top comment\nstorage:\n  path: /tmp/h.db   # where\n\nsources:\n  # the local one\n"
                      "  - id: local\n    type: interfaces\n    interval: 5s\n    # include: [eth*]\n\n"
                      "  # the second\n  - id: vn\n    type: vnstat\n  - id: wan\n    type: interfaces\n"
                      "    interval: 10s\n\n# trailing comment\n");
    QTest::newRow("remove the middle of three")
        << QByteArray("sources:\n  - id: a\n    type: interfaces\n  - id: b\n    type: interfaces\n"
                      "  - id: c\n    type: interfaces\n")
        << QStringLiteral("remove sources 1")
        << QByteArray("sources:\n  - id: a\n    type: interfaces\n  - id: c\n    type: interfaces\n");
    QTest::newRow("remove the only item")
        << QByteArray("sources:\n  - id: a\n    type: interfaces\nquotas: []\n")
        << QStringLiteral("remove sources 0") << QByteArray("sources: []\nquotas: []\n");
    QTest::newRow("append to a flow list")
        << QByteArray("sources: []  # none yet\nquotas: []\n") << QStringLiteral("append sources")
        << QByteArray("sources:\n  - id: wan\n    type: interfaces\n    interval: 10s\nquotas: []\n");
    QTest::newRow("append to a missing section")
        << QByteArray("storage:\n  path: /x.db\n") << QStringLiteral("append sources")
        << QByteArray("storage:\n  path: /x.db\n\nsources:\n  - id: wan\n    type: interfaces\n"
                      "    interval: 10s\n");
    QTest::newRow("compact list at the key's indentation")
        << QByteArray("sources:\n- id: a\n  type: interfaces\n- id: b\n  type: vnstat\nquotas: []\n")
        << QStringLiteral("set sources 1")
        << QByteArray(
               "sources:\n- id: a\n  type: interfaces\n- id: wan\n  type: interfaces\n  interval: 10s\n"
               "quotas: []\n");
    QTest::newRow("append in compact list")
        << QByteArray("sources:\n- id: a\n  type: interfaces\nquotas: []\n")
        << QStringLiteral("append sources")
        << QByteArray(
               "sources:\n- id: a\n  type: interfaces\n- id: wan\n  type: interfaces\n  interval: 10s\n"
               "quotas: []\n");
    QTest::newRow("value in a block map")
        << kBase << QStringLiteral("value storage.path")
        << QByteArray(kBase).replace("  path: /tmp/h.db   # where\n", "  path: /srv/new.db\n");
    QTest::newRow("new key in a block map")
        << QByteArray("storage:\n  path: /x.db\n\nsources: []\n") << QStringLiteral("value storage.retention")
        << QByteArray("storage:\n  path: /x.db\n  retention: /srv/new.db\n\nsources: []\n");
    QTest::newRow("key inside a flow map rewrites the map")
        << QByteArray("notifications:\n  email: {url: \"smtp://a:25\", to: [x@y]}\n  # webhook: {}\n")
        << QStringLiteral("value notifications.email.url")
        << QByteArray("notifications:\n  email: {url: /srv/new.db, to: [x@y]}\n  # webhook: {}\n");
    QTest::newRow("new section at the end")
        << QByteArray("sources: []\n# exporter:\n#   enabled: true\n") << QStringLiteral("section exporter")
        << QByteArray("sources: []\n# exporter:\n#   enabled: true\n\nexporter:\n  enabled: true\n"
                      "  listen: 127.0.0.1:18563\n  api_keys:\n"
                      "    - name: prom\n      scope: read\n      key_file: "
                      "/home/u/.config/bandwatch/secrets/prom.key\n");
    QTest::newRow("replace a whole section keeps the next one")
        << QByteArray("exporter: {enabled: false}\n\n# sources follow\nsources: []\n")
        << QStringLiteral("section exporter")
        << QByteArray("exporter:\n  enabled: true\n  listen: 127.0.0.1:18563\n  api_keys:\n"
                      "    - name: prom\n      scope: read\n      key_file: "
                      "/home/u/.config/bandwatch/secrets/prom.key\n"
                      "\n# sources follow\nsources: []\n");
    QTest::newRow("remove a key") << QByteArray(
        "storage:\n  path: /x.db\n  retention:\n    raw: 7d\nsources: []\n")
                                  << QStringLiteral("remove storage.retention")
                                  << QByteArray("storage:\n  path: /x.db\nsources: []\n");
    QTest::newRow("environment references stay as written")
        << QByteArray("sources:\n  - id: k\n    type: kong\n    token: ${KONG_TOKEN}\n  - id: b\n"
                      "    type: interfaces\n")
        << QStringLiteral("set sources 1")
        << QByteArray("sources:\n  - id: k\n    type: kong\n    token: ${KONG_TOKEN}\n  - id: wan\n"
                      "    type: interfaces\n    interval: 10s\n");
}

void TestConfigEditor::edit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, op);
    QFETCH(QByteArray, expected);

    ConfigEditor editor;
    QString error;
    QVERIFY2(editor.setText(input, QStringLiteral("test.yaml"), &error), qPrintable(error));
    const QStringList words = op.split(QLatin1Char(' '));
    const QStringList path = words.value(1).split(QLatin1Char('.'));
    const ConfigNode wan = source(QStringLiteral("wan"), QStringLiteral("interfaces"), QStringLiteral("10s"));
    bool ok = false;
    if (words[0] == u"seta") { // id a, interval 10s, exclude removed
        ok = editor.setItem(path, words[2].toInt(),
                            source(QStringLiteral("a"), QStringLiteral("interfaces"), QStringLiteral("10s")),
                            &error);
    } else if (words[0] == u"set") {
        ok = editor.setItem(path, words[2].toInt(), wan, &error);
    } else if (words[0] == u"append") {
        ok = editor.appendItem(path, wan, &error);
    } else if (words[0] == u"remove" && words.size() == 3) {
        ok = editor.removeItem(path, words[2].toInt(), &error);
    } else if (words[0] == u"remove") {
        ok = editor.removeValue(path, &error);
    } else if (words[0] == u"value") {
        ok = editor.setValue(path, ConfigNode::fromScalar(QStringLiteral("/srv/new.db")), &error);
    } else if (words[0] == u"section") {
        ConfigNode exporter;
        exporter.set(QStringLiteral("enabled"), QStringLiteral("true"));
        exporter.set(QStringLiteral("listen"), QStringLiteral("127.0.0.1:18563"));
        ConfigNode keys;
        keys.kind = ConfigNode::Kind::List;
        keys.items << flowMap(
            { { QStringLiteral("name"), QStringLiteral("prom") },
              { QStringLiteral("scope"), QStringLiteral("read") },
              { QStringLiteral("key_file"), QStringLiteral("/home/u/.config/bandwatch/secrets/prom.key") } });
        exporter.set(QStringLiteral("api_keys"), keys);
        ok = editor.setValue(path, exporter, &error);
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(QString::fromUtf8(editor.text()), QString::fromUtf8(expected));
    QVERIFY(editor.isModified());
}

void TestConfigEditor::scalarRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("plain");
    QTest::newRow("word") << QStringLiteral("interfaces") << true;
    QTest::newRow("duration") << QStringLiteral("5s") << true;
    QTest::newRow("path") << QStringLiteral("/var/lib/bandwatch/history.db") << true;
    QTest::newRow("url") << QStringLiteral("http://127.0.0.1:9090/metrics") << true;
    QTest::newRow("host:port") << QStringLiteral("127.0.0.1:18563") << true;
    QTest::newRow("env") << QStringLiteral("${KONG_TOKEN}") << false;
    QTest::newRow("glob") << QStringLiteral("veth*") << false;
    QTest::newRow("colon space") << QStringLiteral("a: b") << false;
    QTest::newRow("hash") << QStringLiteral("x #y") << false;
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ bye") << false;
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("tilde") << QStringLiteral("~") << false;
    QTest::newRow("leading dash space") << QStringLiteral("- x") << false;
    QTest::newRow("leading space") << QStringLiteral(" x") << false;
    QTest::newRow("braces") << QStringLiteral("{a}") << false;
    QTest::newRow("mail") << QStringLiteral("noc@example.com") << true;
    QTest::newRow("leading at") << QStringLiteral("@x") << false;
    QTest::newRow("unicode") << QStringLiteral("流量 配额") << false;
    QTest::newRow("promql") << QStringLiteral("sum by (service) (rate(kong_bandwidth_bytes[1m]))") << false;
}

void TestConfigEditor::scalarRoundTrip()
{
    QFETCH(QString, value);
    QFETCH(bool, plain);
    QCOMPARE(YamlWriter::scalar(value) == value, plain);
    ConfigNode map;
    map.set(QStringLiteral("k"), value);
    ConfigNode list = ConfigNode::fromList({ value, QStringLiteral("x") });
    map.set(QStringLiteral("l"), list);
    const QString text = YamlWriter::mapBody(map, 0);
    ConfigError e;
    const std::optional<ConfigNode> back = YamlDocument::parse(text.toUtf8(), &e);
    QVERIFY2(back, qPrintable(text + e.message));
    QCOMPARE(back->text(QStringLiteral("k")), value);
    QCOMPARE(back->child(QStringLiteral("l"))->items.at(0).scalar, value);
}

void TestConfigEditor::save()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bandwatch.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sources:\n  - id: local\n    type: interfaces\n");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));

    ConfigEditor editor;
    QString error;
    QVERIFY2(editor.load(path, &error), qPrintable(error));
    QVERIFY(editor.appendItem(
        { QStringLiteral("sources") },
        source(QStringLiteral("wan"), QStringLiteral("interfaces"), QStringLiteral("10s")), &error));
    QStringList errors;
    QVERIFY2(editor.save(&errors), qPrintable(errors.join(u'\n')));
    QVERIFY(!editor.isModified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), editor.text());
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), QByteArray("sources:\n  - id: local\n    type: interfaces\n"));
    QCOMPARE(QFile::permissions(backup.fileName()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
    QCOMPARE(loaded.config->sources.size(), 2);
    QCOMPARE(loaded.config->sources.at(1).interval, std::chrono::milliseconds(10000));

    // A second save right after the first needs no reload.
    QVERIFY(editor.removeItem({ QStringLiteral("sources") }, 0, &error));
    QVERIFY2(editor.save(&errors), qPrintable(errors.join(u'\n')));
}

void TestConfigEditor::saveRefusesInvalidConfig()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bandwatch.yaml"));
    ConfigEditor editor;
    QString error;
    QVERIFY(editor.load(path, &error)); // a missing file is an empty configuration
    QVERIFY(editor.appendItem(
        { QStringLiteral("sources") },
        source(QStringLiteral("x"), QStringLiteral("no-such-type"), QStringLiteral("5s")), &error));
    QStringList errors;
    QVERIFY(!editor.save(&errors));
    QVERIFY2(errors.join(u'\n').contains(QStringLiteral("bandwatch.yaml:3")), qPrintable(errors.join(u'\n')));
    QVERIFY(!QFile::exists(path));
}

void TestConfigEditor::saveRefusesChangesByOthers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bandwatch.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sources: []\n");
    }
    ConfigEditor editor;
    QString error;
    QVERIFY(editor.load(path, &error));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# edited by hand meanwhile\n");
    }
    QVERIFY(editor.appendItem(
        { QStringLiteral("sources") },
        source(QStringLiteral("wan"), QStringLiteral("interfaces"), QStringLiteral("10s")), &error));
    QStringList errors;
    QVERIFY(!editor.save(&errors));
    QVERIFY(errors.join(u'\n').contains(QStringLiteral("changed by another program")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("sources: []\n# edited by hand meanwhile\n"));
}

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
