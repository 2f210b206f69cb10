#include "sources/signing/akamaiedgegrid.h"
#include "sources/signing/aliyunrpcsignature.h"
#include "sources/signing/awssigv4.h"
#include "sources/signing/cdnetworkssignature.h"
#include "sources/signing/signingprimitives.h"
#include "sources/signing/tencenttc3.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Bandwatch;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return f.readAll();
}

QByteArray readData(const QString &name)
{
    return readFile(QFINDTESTDATA(QStringLiteral("data/") + name));
}

// "key=value" lines of the Tencent and CDNetworks vector files.
QMap<QByteArray, QByteArray> keyValues(const QByteArray &text)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith('#'))
            out.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return out;
}

QByteArray lineStartingWith(const QByteArray &text, const QByteArray &prefix)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

// A request.txt of the AWS suite: request line, "Name:value" headers, body.
AwsSigV4::Request parseAwsRequest(const QByteArray &text)
{
    AwsSigV4::Request r;
    const qsizetype split = text.indexOf("\n\n");
    const QByteArray head = split < 0 ? text : text.left(split);
    QByteArray body = split < 0 ? QByteArray() : text.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    r.method = requestLine.left(requestLine.indexOf(' '));
    const QByteArray target =
        requestLine.mid(r.method.size() + 1, requestLine.lastIndexOf(' ') - r.method.size() - 1);
    const qsizetype q = target.indexOf('?');
    r.path = QString::fromUtf8(q < 0 ? target : target.left(q));
    if (q >= 0)
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            r.query.append({ QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)),
                             QUrl::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)) });
        }
    qsizetype contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({ lines[i].left(colon), lines[i].mid(colon + 1) });
        if (lines[i].left(colon).toLower() == "content-length")
            contentLength = lines[i].mid(colon + 1).trimmed().toLongLong();
    }
    r.body = contentLength >= 0 ? body.left(contentLength) : QByteArray();
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Bandwatch::CdnetworksSignature::Hash)

class TestCdnSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void awsSigV4_data();
    void awsSigV4();
    void awsCanonicalPath_data();
    void awsCanonicalPath();
    void tencentTc3_data();
    void tencentTc3();
    void aliyunRpc_data();
    void aliyunRpc();
    void akamaiEdgeGrid_data();
    void akamaiEdgeGrid();
    void akamaiSigningKey();
    void cdnetworksApiKey_data();
    void cdnetworksApiKey();
    void cdnetworksAkSk();
};

void TestCdnSigning::awsSigV4_data()
{
    QTest::addColumn<QString>("dir");
    const QString root = QFINDTESTDATA("data/aws_sigv4_test_suite");
    const QStringList cases = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 10);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root + u'/' + c;
}

void TestCdnSigning::awsSigV4()
{
    QFETCH(QString, dir);
    const QJsonObject context =
        QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
    const QJsonObject creds = context.value(QStringLiteral("credentials")).toObject();
    const AwsSigV4::Credentials credentials { creds.value(QStringLiteral("access_key_id")).toString(),
                                              creds.value(QStringLiteral("secret_access_key")).toString(),
                                              creds.value(QStringLiteral("token")).toString() };
    const QDateTime now =
        QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    QVERIFY(now.isValid());
    const auto request = parseAwsRequest(readFile(dir + QStringLiteral("/request.txt")));

    const auto result =
        AwsSigV4::sign(request, credentials, context.value(QStringLiteral("region")).toString(),
                       context.value(QStringLiteral("service")).toString(), now,
                       context.value(QStringLiteral("sign_body")).toBool());
    QCOMPARE(result.canonicalRequest,
             readFile(dir + QStringLiteral("/header-canonical-request.txt")).trimmed());
    QCOMPARE(result.stringToSign, readFile(dir + QStringLiteral("/header-string-to-sign.txt")).trimmed());
    QCOMPARE(result.signature, readFile(dir + QStringLiteral("/header-signature.txt")).trimmed());
    const QByteArray signedRequest = readFile(dir + QStringLiteral("/header-signed-request.txt"));
    QCOMPARE(result.authorization, lineStartingWith(signedRequest, "Authorization:"));
    // Every header the signed request adds is one we send.
    for (const auto &h : result.headers)
        QVERIFY2(signedRequest.contains(QByteArray(h.first + ':' + h.second)) || h.first == "Authorization",
                 h.first.constData());
}

void TestCdnSigning::awsCanonicalPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("root") << QStringLiteral("/") << QByteArray("/");
    QTest::newRow("empty") << QString() << QByteArray("/");
    QTest::newRow("dot segments") << QStringLiteral("/a/./b/../c") << QByteArray("/a/c");
    QTest::newRow("trailing slash kept") << QStringLiteral("/a//b/") << QByteArray("/a/b/");
    QTest::newRow("space and utf-8") << QStringLiteral("/a b/\u00e9") << QByteArray("/a%20b/%C3%A9");
}

void TestCdnSigning::awsCanonicalPath()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(AwsSigV4::canonicalPath(path), expected);
}

void TestCdnSigning::tencentTc3_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("signature");
    const QByteArray text = readData(QStringLiteral("tencent_tc3_test_vector.txt"));
    const auto kv = keyValues(text);
    // The published example signs with the masked key exactly as printed.
    QTest::newRow("published example (masked key literally)")
        << QString::fromUtf8(kv.value("SecretKey")) << kv.value("Signature");
    const QRegularExpression older(QStringLiteral("key \"([^\"]+)\".*Signature=([0-9a-f]{64})"));
    const auto m = older.match(QString::fromUtf8(text));
    QVERIFY(m.hasMatch());
    QTest::newRow("older unmasked key") << m.captured(1) << m.captured(2).toLatin1();
}

void TestCdnSigning::tencentTc3()
{
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, signature);
    const QByteArray text = readData(QStringLiteral("tencent_tc3_test_vector.txt"));
    const auto kv = keyValues(text);
    TencentTc3::Request req;
    req.host = kv.value("Host");
    req.contentType = kv.value("ContentType");
    req.payload = kv.value("Payload");
    req.service = QString::fromUtf8(kv.value("Service"));
    req.timestamp = kv.value("Timestamp").toLongLong();
    QCOMPARE(SigningPrimitives::sha256Hex(req.payload), kv.value("HashedRequestPayload"));

    const auto r = TencentTc3::sign(req, QString::fromUtf8(kv.value("SecretId")), secretKey);
    QCOMPARE(SigningPrimitives::sha256Hex(r.canonicalRequest), kv.value("HashedCanonicalRequest"));
    const qsizetype sts = text.indexOf("StringToSign:\n");
    QCOMPARE(r.stringToSign, text.mid(sts + 14, r.stringToSign.size()));
    QCOMPARE(r.signature, signature);
    if (secretKey.toUtf8() == kv.value("SecretKey"))
        QCOMPARE(r.authorization, kv.value("Authorization"));
}

void TestCdnSigning::aliyunRpc_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::newRow("ECS DescribeRegions example")
        << readData(QStringLiteral("aliyun_rpc_v1_signature_example_ecs_docs.txt"));
}

void TestCdnSigning::aliyunRpc()
{
    QFETCH(QByteArray, doc);
    const QByteArray url = lineStartingWith(doc, "http://ecs.aliyuncs.com/?Timestamp");
    QVERIFY(!url.isEmpty());
    AliyunRpcSignature::Parameters params;
    for (const auto &item : QUrlQuery(QUrl::fromEncoded("http://ecs.aliyuncs.com/?Timestamp" + url))
                                .queryItems(QUrl::FullyDecoded))
        params.append(item);
    QCOMPARE(params.size(), 8);
    QCOMPARE(AliyunRpcSignature::stringToSign("GET", params),
             lineStartingWith(doc, "GET&%2F&").prepend("GET&%2F&"));
    QCOMPARE(AliyunRpcSignature::signature("GET", params, QStringLiteral("testsecret")),
             QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    QVERIFY(doc.contains(AliyunRpcSignature::signature("GET", params, QStringLiteral("testsecret"))));
    QVERIFY(AliyunRpcSignature::signedQuery("GET", params, QStringLiteral("testsecret"))
                .endsWith("&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
}

void TestCdnSigning::akamaiEdgeGrid_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonArray cases =
        QJsonDocument::fromJson(readData(QStringLiteral("akamai_edgegrid_testcases_subset.json"))).array();
    QCOMPARE(cases.size(), 6);
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("testName")).toString())) << c.toObject();
}

void TestCdnSigning::akamaiEdgeGrid()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject data =
        QJsonDocument::fromJson(readData(QStringLiteral("akamai_edgegrid_testdata.json"))).object();
    const QJsonObject request = testCase.value(QStringLiteral("request")).toObject();
    AkamaiEdgeGrid::Request req;
    req.method = request.value(QStringLiteral("method")).toString().toLatin1();
    req.pathAndQuery = request.value(QStringLiteral("path")).toString().toUtf8();
    req.host = QUrl(data.value(QStringLiteral("base_url")).toString()).host().toLatin1();
    req.body = request.value(QStringLiteral("data")).toString().toUtf8();
    for (const QJsonValue &h : request.value(QStringLiteral("headers")).toArray()) {
        const QJsonObject o = h.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            req.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
    }
    QByteArrayList headersToSign;
    for (const QJsonValue &h : data.value(QStringLiteral("headers_to_sign")).toArray())
        headersToSign << h.toString().toLatin1();
    const AkamaiEdgeGrid::Credentials creds {
        data.value(QStringLiteral("client_token")).toString().toLatin1(),
        data.value(QStringLiteral("access_token")).toString().toLatin1(),
        data.value(QStringLiteral("client_secret")).toString().toLatin1()
    };
    const auto r =
        AkamaiEdgeGrid::sign(req, creds, data.value(QStringLiteral("timestamp")).toString().toLatin1(),
                             data.value(QStringLiteral("nonce")).toString().toLatin1(), headersToSign,
                             data.value(QStringLiteral("max_body")).toInt());
    const QByteArray expectedAuth =
        testCase.value(QStringLiteral("expectedAuthorization")).toString().toLatin1();
    const QByteArray unsignedAuth = expectedAuth.left(expectedAuth.indexOf("signature="));
    QCOMPARE(r.dataToSign,
             testCase.value(QStringLiteral("expectedDataToSign")).toString().toLatin1() + unsignedAuth);
    QCOMPARE(r.authorization, expectedAuth);
}

void TestCdnSigning::akamaiSigningKey()
{
    const QJsonObject data =
        QJsonDocument::fromJson(readData(QStringLiteral("akamai_edgegrid_testdata.json"))).object();
    QCOMPARE(AkamaiEdgeGrid::signingKey(data.value(QStringLiteral("client_secret")).toString().toLatin1(),
                                        data.value(QStringLiteral("timestamp")).toString().toLatin1()),
             data.value(QStringLiteral("sign_key_test")).toString().toLatin1());
    QCOMPARE(AkamaiEdgeGrid::timestamp(QDateTime(QDate(2014, 3, 21), QTime(19, 34, 21), Qt::UTC)),
             data.value(QStringLiteral("timestamp")).toString().toLatin1());
}

void TestCdnSigning::cdnetworksApiKey_data()
{
    QTest::addColumn<CdnetworksSignature::Hash>("hash");
    QTest::addColumn<QByteArray>("passwordKey");
    QTest::addColumn<QByteArray>("authorizationPrefix");
    QTest::newRow("HMAC-SHA1") << CdnetworksSignature::Hash::Sha1 << QByteArray("password")
                               << QByteArray("Authorization: ");
    QTest::newRow("HMAC-SHA256") << CdnetworksSignature::Hash::Sha256 << QByteArray("password_sha256")
                                 << QByteArray("Authorization(sha256 variant): ");
}

void TestCdnSigning::cdnetworksApiKey()
{
    QFETCH(CdnetworksSignature::Hash, hash);
    QFETCH(QByteArray, passwordKey);
    QFETCH(QByteArray, authorizationPrefix);
    const QByteArray text = readData(QStringLiteral("cdnetworks_SELF_COMPUTED_signing_vectors.txt"));
    const auto kv = keyValues(text);
    const QString user = QString::fromUtf8(kv.value("username"));
    const QString apiKey = QString::fromUtf8(kv.value("apiKey"));
    const QByteArray date = kv.value("Date (or x-cnc-date)");
    QByteArray expectedPassword = kv.value(passwordKey);
    if (passwordKey == "password") // "password=Base64(HMAC-SHA1(apiKey, Date))=<value>"
        expectedPassword = expectedPassword.mid(expectedPassword.indexOf(")=") + 2);
    QCOMPARE(CdnetworksSignature::apiKeyPassword(apiKey, date, hash), expectedPassword);
    QCOMPARE(CdnetworksSignature::basicAuthorization(user, apiKey, date, hash),
             lineStartingWith(text, authorizationPrefix));
}

void TestCdnSigning::cdnetworksAkSk()
{
    const QByteArray text = readData(QStringLiteral("cdnetworks_SELF_COMPUTED_signing_vectors.txt"));
    const auto kv = keyValues(text);
    CdnetworksSignature::Request req;
    req.method = kv.value("Method");
    req.uri = kv.value("URI");
    req.host = kv.value("Host");
    req.contentType = kv.value("Content-Type");
    req.body = kv.value("Body");
    req.timestamp = kv.value("x-cnc-timestamp").toLongLong();
    const auto r = CdnetworksSignature::signAkSk(req, QString::fromUtf8(kv.value("accessKey")),
                                                 QString::fromUtf8(kv.value("secretKey")));
    const QByteArray expected =
        "CanonicalRequest (POST => empty canonical query string; header VALUES lower-cased "
        "by the SDK):\n"
        + r.canonicalRequest + "\nStringToSign:\n" + r.stringToSign + "\n";
    QVERIFY(text.contains(expected));
    QCOMPARE(r.signature, lineStartingWith(text, "Signature=HMAC-SHA256hex(secretKey, StringToSign)="));
    QCOMPARE(r.authorization, "CNC" + lineStartingWith(text, "Authorization: CNC"));
}

QTEST_GUILESS_MAIN(TestCdnSigning)
#include "tst_cdnsigning.moc"
