#include "gui/exporterpage.h"

#include "app/configeditor.h"
#include "app/secretfile.h"
#include "app/yamlwriter.h"
#include "core/secrets.h"
#include "exporter/exporterconfig.h"
#include "gui/apikeydialog.h"
#include "gui/apikeylistmodel.h"
#include "gui/newkeydialog.h"
#include "ui_exporterpage.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QStyle>
#include <QSysInfo>
#include <algorithm>

namespace Bandwatch {

namespace {

const QString kDefaultListen = QStringLiteral("127.0.0.1:18563");
const QStringList kSection { QStringLiteral("exporter") };

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"true" || t == u"yes" || t == u"on";
}

void expand(ConfigNode &node)
{
    if (node.isScalar() && node.scalar.contains(QLatin1String("${"))) {
        if (const auto v = Secrets::expandEnvironment(node.scalar, nullptr))
            node.scalar = *v;
    }
    for (ConfigNode &item : node.items)
        expand(item);
    for (auto &entry : node.entries)
        expand(entry.second);
}

QString serialized(const ConfigNode *node)
{
    return node ? YamlWriter::entry(QStringLiteral("x"), *node, 0) : QString();
}

} // namespace

ExporterPage::ExporterPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ExporterPage>())
    , m_keys(new ApiKeyListModel(this))
{
    m_ui->setupUi(this);
    m_ui->keyView->setModel(m_keys);
    m_ui->keyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->keyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->keyView->setMinimumHeight(90);
    m_ui->listenWarningLabel->setTextFormat(Qt::PlainText);
    QPalette warning = m_ui->listenWarningLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->listenWarningLabel->setPalette(warning);
    m_ui->urlsLabel->setTextFormat(Qt::PlainText);
    m_ui->scrapeConfigEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->scrapeConfigEdit->setLineWrapMode(
        QPlainTextEdit::NoWrap); // YAML: a wrapped line is a different document

    auto edited = [this] {
        updateInfo();
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_ui->enabledCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->listenEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->certFileEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->keyFileEdit, &QLineEdit::textChanged, this, edited);
    for (QRadioButton *r : { m_ui->tlsOffRadio, m_ui->tlsFilesRadio, m_ui->tlsSelfSignedRadio })
        connect(r, &QRadioButton::toggled, this, edited);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &ExporterPage::createKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &ExporterPage::removeKey);
    connect(m_ui->keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->removeKeyButton->setEnabled(m_ui->keyView->selectionModel()->hasSelection()); });
    m_ui->removeKeyButton->setEnabled(false);
    m_ui->tlsOffRadio->setChecked(true);
    updateInfo();
}

ExporterPage::~ExporterPage() = default;

QString ExporterPage::title() const
{
    return tr("Exporter");
}

QIcon ExporterPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveNetIcon);
}

void ExporterPage::load(const ConfigEditor &editor)
{
    m_loading = true;
    m_configPath = editor.fileName();
    const ConfigNode *section = editor.node(kSection);
    m_original = section ? *section : ConfigNode();
    m_ui->enabledCheck->setChecked(isTrue(m_original.text(u"enabled", QStringLiteral("false"))));
    m_ui->listenEdit->setText(m_original.text(u"listen", kDefaultListen));
    const ConfigNode *tls = m_original.child(u"tls");
    m_ui->certFileEdit->setText(tls ? tls->text(u"cert_file") : QString());
    m_ui->keyFileEdit->setText(tls ? tls->text(u"key_file") : QString());
    if (tls && isTrue(tls->text(u"self_signed")))
        m_ui->tlsSelfSignedRadio->setChecked(true);
    else if (tls && (tls->has(u"cert_file") || tls->has(u"key_file")))
        m_ui->tlsFilesRadio->setChecked(true);
    else
        m_ui->tlsOffRadio->setChecked(true);
    const ConfigNode *keys = m_original.child(u"api_keys");
    m_keys->setKeys(keys && keys->isList() ? keys->items : QList<ConfigNode>());
    m_ui->keyView->resizeColumnsToContents();
    m_loading = false;
    updateInfo();
}

ConfigNode ExporterPage::tlsNode() const
{
    ConfigNode tls;
    if (m_ui->tlsSelfSignedRadio->isChecked()) {
        tls.set(QStringLiteral("self_signed"), QStringLiteral("true"));
    } else if (m_ui->tlsFilesRadio->isChecked()) {
        tls.set(QStringLiteral("cert_file"), m_ui->certFileEdit->text().trimmed());
        tls.set(QStringLiteral("key_file"), m_ui->keyFileEdit->text().trimmed());
    }
    tls.flow = true;
    return tls;
}

ConfigNode ExporterPage::sectionNode() const
{
    ConfigNode s = m_original.isMap() ? m_original : ConfigNode();
    s.kind = ConfigNode::Kind::Map;
    const QString enabled =
        m_ui->enabledCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (isTrue(s.text(u"enabled", QStringLiteral("false"))) != m_ui->enabledCheck->isChecked()
        || (!s.has(u"enabled") && enabled == u"true"))
        s.set(QStringLiteral("enabled"), enabled);
    const QString listen = m_ui->listenEdit->text().trimmed();
    if (s.text(u"listen", kDefaultListen).trimmed() != listen)
        s.set(QStringLiteral("listen"), listen);
    const ConfigNode tls = tlsNode();
    const ConfigNode *oldTls = s.child(u"tls");
    ConfigNode oldComparable;
    if (oldTls) { // compare meaning, not spelling ("yes" and "true", key order)
        if (isTrue(oldTls->text(u"self_signed")))
            oldComparable.set(QStringLiteral("self_signed"), QStringLiteral("true"));
        else if (oldTls->has(u"cert_file") || oldTls->has(u"key_file")) {
            oldComparable.set(QStringLiteral("cert_file"), oldTls->text(u"cert_file").trimmed());
            oldComparable.set(QStringLiteral("key_file"), oldTls->text(u"key_file").trimmed());
        }
        oldComparable.flow = true;
    }
    if (serialized(&oldComparable) != serialized(&tls)) {
        if (tls.entries.isEmpty())
            s.remove(u"tls");
        else
            s.set(QStringLiteral("tls"), tls);
    }
    ConfigNode keys;
    keys.kind = ConfigNode::Kind::List;
    for (const ApiKeyListModel::Row &row : m_keys->rows())
        keys.items << row.node;
    if (keys.items.isEmpty())
        s.remove(u"api_keys");
    else
        s.set(QStringLiteral("api_keys"), keys);
    return s;
}

bool ExporterPage::apply(ConfigEditor &editor, QString *error)
{
    ConfigNode section = sectionNode();
    {
        ConfigNode expanded = section;
        expand(expanded);
        QList<ConfigError> errors, warnings;
        ExporterConfig::parse(&expanded, QFileInfo(editor.fileName()).absolutePath(), &errors, &warnings);
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const ConfigError &e : std::as_const(errors))
                messages << e.message;
            if (error)
                *error = messages.join(QLatin1Char('\n'));
            return false;
        }
    }
    // Key by key, so comments inside the section stay where they are.
    for (const char16_t *key : { u"enabled", u"listen", u"tls" }) {
        const ConfigNode *before = m_original.child(key);
        const ConfigNode *after = section.child(key);
        const QStringList path = kSection + QStringList { QString::fromUtf16(key) };
        if (!after && before) {
            if (!editor.removeValue(path, error))
                return false;
        } else if (after && serialized(before) != serialized(after)) {
            if (!editor.setValue(path, *after, error))
                return false;
        }
    }
    const QStringList keysPath = kSection + QStringList { QStringLiteral("api_keys") };
    for (const ApiKeyListModel::Row &row : m_keys->rows())
        if (row.origin < 0 && !editor.appendItem(keysPath, row.node, error))
            return false;
    QList<int> removed = m_keys->removedOrigins(); // after the additions: their indices stay valid
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    if (m_keys->rowCount() == 0 && !removed.isEmpty()) {
        if (!editor.removeValue(keysPath, error)) // not an empty "api_keys: []"
            return false;
        removed.clear();
    }
    for (int origin : std::as_const(removed))
        if (!editor.removeItem(keysPath, origin, error))
            return false;
    // Deleted only once the file no longer names them (saved()): a refused
    // save must not leave the running configuration pointing at nothing.
    m_deleteWhenSaved = m_filesToDelete;
    load(editor);
    return true;
}

void ExporterPage::saved()
{
    for (const QString &file : std::as_const(m_deleteWhenSaved))
        QFile::remove(file);
    m_deleteWhenSaved.clear();
    m_filesToDelete.clear();
}

void ExporterPage::createKey()
{
    ApiKeyDialog ask(this);
    ask.setTakenNames(m_keys->names());
    if (ask.exec() != QDialog::Accepted)
        return;
    QString error;
    QByteArray key = SecretFile::generateKey();
    const QString file = SecretFile::write(SecretFile::folderFor(m_configPath),
                                           QStringLiteral("exporter-%1.key").arg(ask.name()), key, &error);
    if (file.isEmpty()) {
        QMessageBox::warning(this, tr("Create key"), tr("The key could not be stored: %1").arg(error));
        return;
    }
    ConfigNode entry;
    entry.set(QStringLiteral("name"), ask.name());
    entry.set(QStringLiteral("scope"), ask.scope());
    entry.set(QStringLiteral("key_file"), file);
    entry.flow = true;
    m_keys->addKey(entry);
    m_ui->keyView->resizeColumnsToContents();
    updateInfo();
    Q_EMIT changed();
    NewKeyDialog show(ask.name(), key, file, this);
    key.fill('\0');
    show.exec();
}

void ExporterPage::removeKey()
{
    const QModelIndexList selected = m_ui->keyView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    const ApiKeyListModel::Row entry = m_keys->rows().at(row);
    const QString file = entry.node.text(u"key_file");
    if (!file.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Remove key"),
            tr("Remove the key \"%1\"? Clients using it will be refused.\n\nAlso delete its file %2?")
                .arg(entry.node.text(u"name"), file),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            if (entry.origin < 0)
                QFile::remove(file); // never in the file: nothing refers to it
            else
                m_filesToDelete << file;
        }
    }
    m_keys->removeKey(row);
    updateInfo();
    Q_EMIT changed();
}

QString ExporterPage::urlsText() const
{
    return m_ui->urlsLabel->text();
}

QString ExporterPage::scrapeConfig() const
{
    return m_ui->scrapeConfigEdit->toPlainText();
}

void ExporterPage::updateInfo()
{
    m_ui->certFileEdit->setEnabled(m_ui->tlsFilesRadio->isChecked());
    m_ui->keyFileEdit->setEnabled(m_ui->tlsFilesRadio->isChecked());

    ExporterConfig c;
    QString err;
    const QString listen = m_ui->listenEdit->text().trimmed();
    const bool valid = ExporterConfig::parseListen(listen, &c.address, &c.port, &err);
    c.listen = listen;
    c.keys.resize(m_keys->rowCount()); // only their number matters for the rule
    QString warning = valid ? c.bindRefusal() : err;
    if (!valid || !warning.isEmpty())
        m_ui->listenWarningLabel->setText(warning);
    m_ui->listenWarningLabel->setVisible(!warning.isEmpty());

    const bool tls = !m_ui->tlsOffRadio->isChecked();
    QString host = valid ? c.address.toString() : QStringLiteral("127.0.0.1");
    if (valid
        && (c.address == QHostAddress::Any || c.address == QHostAddress::AnyIPv6
            || c.address == QHostAddress::AnyIPv4))
        host = QSysInfo::machineHostName();
    if (valid && c.address.protocol() == QAbstractSocket::IPv6Protocol && host.contains(QLatin1Char(':')))
        host = QStringLiteral("[%1]").arg(host);
    const QString target = QStringLiteral("%1:%2").arg(host).arg(valid ? c.port : 18563);
    const QString base =
        QStringLiteral("%1://%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), target);
    m_ui->urlsLabel->setText(
        tr("Metrics: %1/metrics\nAPI description: %1/api/v1/openapi.json\nHealth: %1/health").arg(base));

    QString keyFile;
    for (const ApiKeyListModel::Row &row : m_keys->rows())
        if (keyFile.isEmpty() && row.node.has(u"key_file"))
            keyFile = row.node.text(u"key_file");
    QStringList lines { QStringLiteral("scrape_configs:"), QStringLiteral("  - job_name: bandwatch") };
    if (tls)
        lines << QStringLiteral("    scheme: https");
    lines << QStringLiteral("    static_configs:") << QStringLiteral("      - targets: [\"%1\"]").arg(target);
    if (m_keys->rowCount() > 0)
        lines << QStringLiteral("    authorization:")
              << QStringLiteral("      credentials_file: %1")
                     .arg(keyFile.isEmpty() ? QStringLiteral("/etc/prometheus/bandwatch.key") : keyFile);
    if (m_ui->tlsSelfSignedRadio->isChecked())
        lines << QStringLiteral("    tls_config:")
              << QStringLiteral("      ca_file: /etc/prometheus/bandwatch.pem   # %1")
                     .arg(tr("a copy of the generated cert.pem"));
    m_ui->scrapeConfigEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace Bandwatch
