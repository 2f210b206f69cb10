// The quotas: and notifications: sections: the issue's shape, defaults, and
// a clear message on the right line for every mistake, through the same
// loader that --check-config and start-up use.
#include "alerts/alertsconfig.h"
#include "app/configloader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

class TestAlertsConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void issueShape();
    void defaults();
    void projectionAlert_data();
    void projectionAlert();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();

private:
    QByteArray withFiles(QByteArray yaml) const;
    QTemporaryDir m_dir;
};

void TestAlertsConfig::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile pass(m_dir.filePath("smtp.pass"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("hunter2\n");
    pass.close();
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile ca(m_dir.filePath("ca.pem"));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    ca.close();
    qputenv("BW_HOOK_TOKEN", "abc123");
}

// The issue's example names files that exist on a server; here they live in the temp dir.
QByteArray TestAlertsConfig::withFiles(QByteArray yaml) const
{
    yaml.replace("/etc/bandwatch/smtp.pass", m_dir.filePath("smtp.pass").toUtf8());
    yaml.replace("/etc/ssl/certs/ca.pem", m_dir.filePath("ca.pem").toUtf8());
    return yaml;
}

void TestAlertsConfig::issueShape()
{
    const QByteArray yaml = withFiles(R"(sources:
  - id: kong
    type: interfaces
quotas:
  - id: cdn-monthly
    series: {source: kong, labels: {service: api}}   # selector: source id, optional label match
    direction: out            # in | out | both
    kind: volume              # volume | bandwidth | p95
    limit: 2TB                # or e.g. 500Mbit/s for bandwidth and p95
    cycle: {period: monthly, start_day: 15, timezone: Asia/Taipei}
    thresholds: [80, 90, 100]
notifications:
  email: {url: "smtp://mail.example.com:587", starttls: required, from: ops@example.com, to: [noc@example.com], username: ops, password_file: /etc/bandwatch/smtp.pass, ca_file: /etc/ssl/certs/ca.pem}
  webhook: {url: "https://hooks.example.com/bandwatch"}
)");
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "bandwatch.yaml");
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QList<ConfigError> errors;
    const AlertsConfig c = AlertsConfig::parse(r.config->document, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(c.quotas.size(), 1);
    const Quota &q = c.quotas.first();
    QCOMPARE(q.id, "cdn-monthly");
    QCOMPARE(q.selector.source, "kong");
    QCOMPARE(q.selector.labels.value("service"), "api");
    QCOMPARE(q.direction, QuotaDirection::Out);
    QCOMPARE(q.kind, QuotaKind::Volume);
    QCOMPARE(q.limit, 2e12);
    QCOMPARE(q.cycle.period(), BillingCycle::Period::Monthly);
    QCOMPARE(q.cycle.startDay(), 15);
    QCOMPARE(q.cycle.timeZone().id(), QByteArray("Asia/Taipei"));
    QCOMPARE(q.thresholds, (QList<double> { 80, 90, 100 }));

    QVERIFY(c.notifications.email.has_value());
    const SmtpSettings &e = *c.notifications.email;
    QCOMPARE(e.url, "smtp://mail.example.com:587");
    QCOMPARE(e.startTls, SmtpSettings::StartTls::Required);
    QCOMPARE(e.from, "ops@example.com");
    QCOMPARE(e.to, QStringList { "noc@example.com" });
    QCOMPARE(e.username, "ops");
    QCOMPARE(e.password, "hunter2");
    QCOMPARE(e.caFile, m_dir.filePath("ca.pem"));
    QVERIFY(e.verifyPeer);
    QVERIFY(c.notifications.webhook.has_value());
    QCOMPARE(c.notifications.webhook->url, "https://hooks.example.com/bandwatch");

    // The selector picks the api service's outbound series only.
    SeriesKey k { "kong", "api", { { "service", "api" }, { "route", "r1" } }, Direction::Out };
    QVERIFY(q.selector.matches(k) && q.covers(k.direction));
    k.labels["service"] = "web";
    QVERIFY(!q.selector.matches(k));
}

void TestAlertsConfig::defaults()
{
    const QByteArray yaml =
        "quotas:\n"
        "  - id: p\n"
        "    series: kong\n"
        "    kind: p95\n"
        "    limit: 500Mbit/s\n"
        "  - id: bw\n"
        "    series: {source: local, name: \"eth*\"}\n"
        "    kind: bandwidth\n"
        "    limit: 1 Gbit/s\n"
        "    window: 15m\n"
        "    statistic: average\n"
        "    cycle: {period: weekly, start_day: monday}\n"
        "    thresholds: [95, 50]\n"
        "notifications:\n"
        "  webhook: {url: \"https://chat.example.com/${BW_HOOK_TOKEN}\", headers: {X-Team: noc}}\n"
        "  retry: {initial: 10s, max: 10m, give_up_after: 2d}\n";
    QList<ConfigError> errors, warnings;
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "c.yaml");
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
    const AlertsConfig c = AlertsConfig::parse(r.config->document, &errors, &warnings);
    QVERIFY(errors.isEmpty());
    QCOMPARE(c.quotas.size(), 2);
    QCOMPARE(c.quotas[0].direction, QuotaDirection::Both);
    QCOMPARE(c.quotas[0].kind, QuotaKind::Percentile95);
    QCOMPARE(c.quotas[0].limit, 500e6);
    QCOMPARE(c.quotas[0].thresholds, (QList<double> { 80, 90, 100 }));
    QCOMPARE(c.quotas[0].cycle.period(), BillingCycle::Period::Monthly);
    QCOMPARE(c.quotas[0].cycle.startDay(), 1);
    QCOMPARE(c.quotas[1].windowMs, 900'000);
    QCOMPARE(c.quotas[1].statistic, BandwidthStatistic::Average);
    QCOMPARE(c.quotas[1].thresholds, (QList<double> { 50, 95 }));
    QCOMPARE(c.quotas[1].cycle.period(), BillingCycle::Period::Weekly);
    QVERIFY(c.quotas[1].selector.matches(SeriesKey { "local", "eth0", {}, Direction::In }));
    QVERIFY(!c.quotas[1].selector.matches(SeriesKey { "local", "wlan0", {}, Direction::In }));
    QCOMPARE(c.notifications.webhook->url, "https://chat.example.com/abc123");
    QCOMPARE(c.notifications.webhook->headers.value(0).first, QByteArray("X-Team"));
    QCOMPARE(c.notifications.retryInitialMs, 10'000);
    QCOMPARE(c.notifications.retryMaxMs, 600'000);
    QCOMPARE(c.notifications.giveUpAfterMs, 2 * 86'400'000LL);
    QVERIFY(!c.notifications.email);
    // Both quotas select sources that are not configured.
    QCOMPARE(warnings.size(), 2);
}

void TestAlertsConfig::projectionAlert_data()
{
    QTest::addColumn<QByteArray>("line"); // appended to a volume quota; empty: left out
    QTest::addColumn<bool>("expected");
    QTest::newRow("default on") << QByteArray() << true;
    QTest::newRow("false") << QByteArray("    projection_alert: false\n") << false;
    QTest::newRow("no") << QByteArray("    projection_alert: no\n") << false;
    QTest::newRow("true") << QByteArray("    projection_alert: true\n") << true;
}

void TestAlertsConfig::projectionAlert()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, expected);
    const QByteArray yaml = "quotas:\n  - id: v\n    series: kong\n    limit: 1TB\n" + line;
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "c.yaml");
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
    QList<ConfigError> errors;
    const AlertsConfig c = AlertsConfig::parse(r.config->document, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(c.quotas.size(), 1);
    QCOMPARE(c.quotas[0].projectionAlert, expected);
}

void TestAlertsConfig::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head = "quotas:\n  - id: q\n    series: {source: kong}\n";
    QTest::newRow("unknown kind") << head + "    kind: money\n    limit: 1TB\n"
                                  << 4 << "kind must be volume, bandwidth or p95";
    QTest::newRow("rate limit on a volume quota") << head + "    limit: 500Mbit/s\n"
                                                  << 4 << "the limit of a volume quota is a byte count";
    QTest::newRow("byte limit on a p95 quota") << head + "    kind: p95\n    limit: 2TB\n"
                                               << 5 << "is a bit rate";
    QTest::newRow("no limit") << head << 2 << "has no \"limit\"";
    QTest::newRow("bad threshold") << head + "    limit: 1TB\n    thresholds: [80, ninety]\n"
                                   << 5 << "a threshold is a percentage";
    QTest::newRow("bad time zone") << head
            + "    limit: 1TB\n    cycle:\n      period: monthly\n      timezone: Mars/Olympus\n"
                                   << 7 << "unknown time zone \"Mars/Olympus\"";
    QTest::newRow("bad start day") << head + "    limit: 1TB\n    cycle: {period: monthly, start_day: 32}\n"
                                   << 5 << "invalid start_day";
    QTest::newRow("no source") << QByteArray(
        "quotas:\n  - id: q\n    series: {labels: {a: b}}\n    limit: 1TB\n")
                               << 3 << "series needs a \"source\"";
    QTest::newRow("unknown key") << head + "    limit: 1TB\n    treshold: 80\n"
                                 << 5 << "unknown key \"treshold\"";
    QTest::newRow("window on a volume quota") << head + "    limit: 1TB\n    window: 5m\n"
                                              << 5 << "applies to bandwidth quotas only";
    QTest::newRow("odd window") << head + "    kind: bandwidth\n    limit: 1Gbit/s\n    window: 7m\n"
                                << 6 << "multiple of 5 minutes";
    QTest::newRow("duplicate id") << head + "    limit: 1TB\n  - id: q\n    series: kong\n    limit: 2TB\n"
                                  << 5 << "used twice";
    QTest::newRow("bad direction") << head + "    limit: 1TB\n    direction: sideways\n"
                                   << 5 << "direction must be in, out or both";
    QTest::newRow("quotas not a list") << QByteArray("quotas: {id: q}\n") << 1 << "must be a list";
    QTest::newRow("projection_alert not a boolean") << head + "    limit: 1TB\n    projection_alert: maybe\n"
                                                    << 5 << "projection_alert must be true or false";
    QTest::newRow("projection_alert on a p95 quota")
        << head + "    kind: p95\n    limit: 500Mbit/s\n    projection_alert: true\n"
        << 6 << "\"projection_alert\" applies to volume quotas only";

    const QByteArray mail = "notifications:\n  email:\n";
    QTest::newRow("http url for mail")
        << mail + "    url: http://mail.example.com\n    from: a@b.c\n    to: x@y.z\n"
        << 3 << "url must be smtp://HOST[:PORT] or smtps://HOST[:PORT]";
    QTest::newRow("bad starttls") << mail
            + "    url: smtp://m.example.com\n    starttls: maybe\n    from: a@b.c\n    to: x@y.z\n"
                                  << 4 << "starttls must be required or optional";
    QTest::newRow("no recipient") << mail + "    url: smtp://m.example.com\n    from: a@b.c\n"
                                  << 3 << "at least one recipient";
    QTest::newRow("bad recipient") << mail + "    url: smtp://m.example.com\n    from: a@b.c\n    to: [noc]\n"
                                   << 5 << "\"noc\" is not an e-mail address";
    QTest::newRow("missing password file") << mail
            + "    url: smtp://m.example.com\n    from: a@b.c\n    to: x@y.z\n"
              "    username: ops\n    password_file: /nonexistent/smtp.pass\n"
                                           << 7 << "cannot read secret file /nonexistent/smtp.pass";
    QTest::newRow("user without password")
        << mail + "    url: smtp://m.example.com\n    from: a@b.c\n    to: x@y.z\n    username: ops\n"
        << 6 << "username is set but no password";
    QTest::newRow("password in url") << mail
            + "    url: smtp://ops:pw@m.example.com\n    from: a@b.c\n    to: x@y.z\n"
                                     << 3 << "not in the url";
    QTest::newRow("ftp webhook") << QByteArray("notifications:\n  webhook: {url: \"ftp://x\"}\n") << 2
                                 << "url must be http:// or https://";
    QTest::newRow("unknown channel") << QByteArray("notifications:\n  pager: {url: x}\n") << 2
                                     << "unknown key \"pager\" under notifications";
    QTest::newRow("bad retry") << QByteArray("notifications:\n  retry: {initial: soon}\n") << 2
                               << "initial must be a duration";
}

void TestAlertsConfig::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "c.yaml");
    QVERIFY(!r.ok());
    const QString expectedPrefix = QString("c.yaml:%1: ").arg(line);
    bool found = false;
    for (const QString &e : r.errors)
        found = found || (e.startsWith(expectedPrefix) && e.contains(message));
    QVERIFY2(found, qPrintable(r.errors.join('\n')));
}

void TestAlertsConfig::warnings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("optional starttls")
        << QByteArray("notifications:\n  email: {url: \"smtp://m.example.com\", starttls: optional, from: "
                      "a@b.c, to: x@y.z}\n")
        << "may travel in clear text";
    QTest::newRow("no verification") << QByteArray(
        "notifications:\n  email: {url: \"smtps://m.example.com\", tls_verify: false, from: a@b.c, to: "
        "x@y.z}\n") << "certificate verification is off";
    QTest::newRow("plain http webhook")
        << QByteArray("notifications:\n  webhook: {url: \"http://hooks.example.com/x\"}\n") << "unencrypted";
}

void TestAlertsConfig::warnings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "c.yaml");
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QVERIFY2(r.warnings.join('\n').contains(message), qPrintable(r.warnings.join('\n')));
}

QTEST_GUILESS_MAIN(TestAlertsConfig)
#include "tst_alertsconfig.moc"
