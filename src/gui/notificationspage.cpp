#include "gui/notificationspage.h"

#include "alerts/notificationconfig.h"
#include "alerts/testmail.h"
#include "app/configeditor.h"
#include "app/secretstore.h"
#include "app/yamlwriter.h"
#include "core/secrets.h"
#include "ui_notificationspage.h"

#include <QFileDialog>
#include <QStyle>

namespace Bandwatch {

namespace {

const QString kDefaultPrefix = QStringLiteral("[Bandwatch]");

bool isFalse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"false" || t == u"no" || t == u"off" || t == u"0";
}

// The loader expands ${ENV} before the sections are parsed; the page checks
// what the loader will see, not the raw text.
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

QStringList splitAddresses(const QString &text)
{
    QStringList out;
    for (const QString &part :
         QString(text).replace(QLatin1Char(';'), QLatin1Char(',')).split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

void setOrRemove(ConfigNode &node, const QString &key, const QString &value)
{
    if (value.isEmpty())
        node.remove(key);
    else if (node.text(key) != value)
        node.set(key, value);
}

QString serialized(const ConfigNode &node)
{
    return YamlWriter::entry(QStringLiteral("x"), node, 0);
}

void setColor(QWidget *w, const QColor &color, bool bold)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
    QFont f = w->font();
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

NotificationsPage::NotificationsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::NotificationsPage>())
    , m_testMail(new TestMail(this))
{
    m_ui->setupUi(this);
    m_ui->starttlsCombo->addItem(tr("Required (refuse to send in clear text)"), QStringLiteral("required"));
    m_ui->starttlsCombo->addItem(tr("Optional (clear text if the server has no STARTTLS)"),
                                 QStringLiteral("optional"));
    m_ui->passwordHint->setTextFormat(Qt::PlainText);
    m_ui->testResultLabel->setTextFormat(Qt::PlainText);
    m_ui->testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->testResultLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setColor(m_ui->tlsWarningLabel, QColor(0xc0, 0x1c, 0x28), true);
    m_ui->caFileButton->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    connect(m_ui->tlsVerifyCheck, &QCheckBox::toggled, this, &NotificationsPage::updateTlsWarning);
    connect(m_ui->testButton, &QPushButton::clicked, this, &NotificationsPage::sendTestMail);
    connect(m_testMail, &TestMail::finished, this, &NotificationsPage::showTestResult);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileEdit->text(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &NotificationsPage::emitChanged);
    connect(m_ui->headersEdit, &QPlainTextEdit::textChanged, this, &NotificationsPage::emitChanged);
    connect(m_ui->starttlsCombo, &QComboBox::currentIndexChanged, this, &NotificationsPage::emitChanged);
    connect(m_ui->tlsVerifyCheck, &QCheckBox::toggled, this, &NotificationsPage::emitChanged);
    connect(m_ui->emailGroup, &QGroupBox::toggled, this, &NotificationsPage::emitChanged);
    connect(m_ui->webhookGroup, &QGroupBox::toggled, this, &NotificationsPage::emitChanged);
    updateTlsWarning();
}

NotificationsPage::~NotificationsPage() = default;

QString NotificationsPage::title() const
{
    return tr("Notifications");
}

QIcon NotificationsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

void NotificationsPage::emitChanged()
{
    if (!m_loading)
        Q_EMIT changed();
}

void NotificationsPage::load(const ConfigEditor &editor)
{
    m_loading = true;
    m_configPath = editor.fileName();
    const ConfigNode *email = editor.node({ QStringLiteral("notifications"), QStringLiteral("email") });
    const ConfigNode *webhook = editor.node({ QStringLiteral("notifications"), QStringLiteral("webhook") });
    m_email = email ? *email : ConfigNode();
    m_webhook = webhook ? *webhook : ConfigNode();

    const ConfigNode &e = m_email;
    m_ui->emailGroup->setChecked(e.isMap() && !isFalse(e.text(u"enabled", QStringLiteral("true"))));
    m_ui->urlEdit->setText(e.text(u"url"));
    m_ui->starttlsCombo->setCurrentIndex(e.text(u"starttls").trimmed().toLower() == u"optional" ? 1 : 0);
    m_ui->fromEdit->setText(e.text(u"from"));
    QStringList to;
    if (const ConfigNode *t = e.child(u"to"))
        to = t->isList() ? QStringList() : QStringList { t->scalar };
    if (const ConfigNode *t = e.child(u"to"); t && t->isList())
        for (const ConfigNode &item : t->items)
            to << item.scalar;
    m_ui->toEdit->setText(to.join(QStringLiteral(", ")));
    m_ui->usernameEdit->setText(e.text(u"username"));
    m_ui->passwordEdit->clear();
    const QString passwordFile = e.text(u"password_file");
    const QString inlinePassword = e.text(u"password");
    if (!passwordFile.isEmpty()) {
        m_ui->passwordHint->setText(tr("Stored in %1. Type a new password to replace it.").arg(passwordFile));
        m_ui->passwordEdit->setPlaceholderText(tr("unchanged"));
    } else if (inlinePassword.contains(QLatin1String("${"))) {
        m_ui->passwordHint->setText(
            tr("Taken from the environment (%1). A password typed here is stored in a file instead.")
                .arg(inlinePassword));
        m_ui->passwordEdit->setPlaceholderText(tr("unchanged"));
    } else {
        m_ui->passwordHint->setText(tr("Stored in a file only you can read, next to the configuration; "
                                       "never in the configuration file itself."));
        m_ui->passwordEdit->setPlaceholderText(inlinePassword.isEmpty() ? QString() : tr("unchanged"));
    }
    m_ui->caFileEdit->setText(e.text(u"ca_file"));
    m_ui->tlsVerifyCheck->setChecked(!isFalse(e.text(u"tls_verify", QStringLiteral("true"))));
    m_ui->subjectPrefixEdit->setText(e.text(u"subject_prefix", kDefaultPrefix));
    m_ui->emailTimeoutEdit->setText(e.text(u"timeout"));

    const ConfigNode &w = m_webhook;
    m_ui->webhookGroup->setChecked(w.isMap() && !isFalse(w.text(u"enabled", QStringLiteral("true"))));
    m_ui->webhookUrlEdit->setText(w.text(u"url"));
    m_ui->webhookUrlEdit->setPlaceholderText(w.has(u"url_file")
                                                 ? tr("read from %1").arg(w.text(u"url_file"))
                                                 : QStringLiteral("https://hooks.example.com/bandwatch"));
    QStringList headers;
    if (const ConfigNode *h = w.child(u"headers"))
        for (const auto &[name, value] : h->entries)
            headers << QStringLiteral("%1: %2").arg(name, value.scalar);
    m_ui->headersEdit->setPlainText(headers.join(QLatin1Char('\n')));
    m_ui->webhookTimeoutEdit->setText(w.text(u"timeout"));
    m_ui->testResultLabel->clear();
    updateTlsWarning();
    m_loading = false;
}

ConfigNode NotificationsPage::emailNode() const
{
    ConfigNode e = m_email.isMap() ? m_email : ConfigNode();
    e.kind = ConfigNode::Kind::Map;
    if (!m_email.isMap())
        e.flow = false;
    setOrRemove(e, QStringLiteral("url"), m_ui->urlEdit->text().trimmed());
    const QString starttls = m_ui->starttlsCombo->currentData().toString();
    if (e.has(u"starttls") ? e.text(u"starttls").trimmed().toLower() != starttls : starttls != u"required")
        e.set(QStringLiteral("starttls"), starttls);
    setOrRemove(e, QStringLiteral("from"), m_ui->fromEdit->text().trimmed());
    const QStringList to = splitAddresses(m_ui->toEdit->text());
    const ConfigNode *oldTo = m_email.child(u"to");
    QStringList before;
    if (oldTo && oldTo->isScalar())
        before << oldTo->scalar.trimmed();
    else if (oldTo)
        for (const ConfigNode &item : oldTo->items)
            before << item.scalar.trimmed();
    if (to.isEmpty()) {
        e.remove(u"to");
    } else if (to != before) {
        ConfigNode list = ConfigNode::fromList(to);
        list.flow = true;
        e.set(QStringLiteral("to"), list);
    }
    setOrRemove(e, QStringLiteral("username"), m_ui->usernameEdit->text().trimmed());
    if (!m_ui->passwordEdit->text().isEmpty()) {
        e.remove(u"password_file");
        e.set(QStringLiteral("password"), m_ui->passwordEdit->text());
    }
    setOrRemove(e, QStringLiteral("ca_file"), m_ui->caFileEdit->text().trimmed());
    if (m_ui->tlsVerifyCheck->isChecked()) {
        if (isFalse(e.text(u"tls_verify", QStringLiteral("true"))))
            e.remove(u"tls_verify");
    } else if (!isFalse(e.text(u"tls_verify", QStringLiteral("true")))) {
        e.set(QStringLiteral("tls_verify"), QStringLiteral("false"));
    }
    const QString prefix = m_ui->subjectPrefixEdit->text();
    if (prefix != e.text(u"subject_prefix", kDefaultPrefix))
        e.set(QStringLiteral("subject_prefix"), prefix);
    setOrRemove(e, QStringLiteral("timeout"), m_ui->emailTimeoutEdit->text().trimmed());
    if (m_ui->emailGroup->isChecked())
        e.remove(u"enabled");
    else
        e.set(QStringLiteral("enabled"), QStringLiteral("false"));
    return e;
}

ConfigNode NotificationsPage::webhookNode() const
{
    ConfigNode w = m_webhook.isMap() ? m_webhook : ConfigNode();
    w.kind = ConfigNode::Kind::Map;
    const QString url = m_ui->webhookUrlEdit->text().trimmed();
    if (!url.isEmpty()) {
        w.remove(u"url_file");
        if (w.text(u"url") != url)
            w.set(QStringLiteral("url"), url);
    } else {
        w.remove(u"url");
    }
    ConfigNode headers;
    for (const QString &line : m_ui->headersEdit->toPlainText().split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (line.trimmed().isEmpty())
            continue;
        if (colon > 0)
            headers.set(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        else
            headers.set(line.trimmed(), QString()); // an invalid header the parser names
    }
    const ConfigNode *oldHeaders = m_webhook.child(u"headers");
    QStringList now, before;
    for (const auto &[k, v] : headers.entries)
        now << k + u':' + v.scalar;
    if (oldHeaders)
        for (const auto &[k, v] : oldHeaders->entries)
            before << k + u':' + v.scalar;
    if (headers.entries.isEmpty())
        w.remove(u"headers");
    else if (now != before)
        w.set(QStringLiteral("headers"), headers);
    setOrRemove(w, QStringLiteral("timeout"), m_ui->webhookTimeoutEdit->text().trimmed());
    if (m_ui->webhookGroup->isChecked())
        w.remove(u"enabled");
    else
        w.set(QStringLiteral("enabled"), QStringLiteral("false"));
    return w;
}

bool NotificationsPage::check(const ConfigNode &email, const ConfigNode &webhook, QStringList *errors,
                              SmtpSettings *smtp) const
{
    ConfigNode section;
    section.set(QStringLiteral("email"), email);
    section.set(QStringLiteral("webhook"), webhook);
    expand(section);
    QList<ConfigError> problems, warnings;
    const NotificationSettings s = NotificationConfig::parse(section, &problems, &warnings);
    for (const ConfigError &e : std::as_const(problems))
        *errors << e.message;
    if (smtp && s.email)
        *smtp = *s.email;
    return problems.isEmpty();
}

bool NotificationsPage::apply(ConfigEditor &editor, QString *error)
{
    const bool emailWanted = m_ui->emailGroup->isChecked() || m_email.isMap();
    const bool webhookWanted = m_ui->webhookGroup->isChecked() || m_webhook.isMap();
    ConfigNode email = emailWanted ? emailNode() : ConfigNode();
    const ConfigNode webhook = webhookWanted ? webhookNode() : ConfigNode();
    QStringList errors;
    if (!check(email, webhook, &errors, nullptr)) {
        if (error)
            *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    const QString password = m_ui->passwordEdit->text();
    if (emailWanted && !password.isEmpty()) {
        const auto stored =
            SecretStore(editor.fileName()).store(QStringLiteral("smtp-password"), password.toUtf8(), error);
        if (!stored)
            return false;
        SecretStore::apply(email, QStringLiteral("password"), *stored);
    }
    const QStringList base { QStringLiteral("notifications") };
    if (emailWanted && serialized(email) != serialized(m_email)
        && !editor.setValue(base + QStringList { QStringLiteral("email") }, email, error))
        return false;
    if (webhookWanted && serialized(webhook) != serialized(m_webhook)
        && !editor.setValue(base + QStringList { QStringLiteral("webhook") }, webhook, error))
        return false;
    load(editor);
    return true;
}

void NotificationsPage::sendTestMail()
{
    if (m_testMail->isRunning())
        return;
    QStringList errors;
    SmtpSettings smtp;
    ConfigNode email = emailNode();
    email.remove(u"enabled"); // a test of a disabled channel is still a test
    if (!check(email, ConfigNode(), &errors, &smtp)) {
        showTestResult(false, errors.join(QLatin1Char('\n')));
        return;
    }
    m_ui->testButton->setEnabled(false);
    setColor(m_ui->testResultLabel, palette().color(QPalette::WindowText), false);
    m_ui->testResultLabel->setText(tr("Sending to %1…").arg(smtp.to.join(QStringLiteral(", "))));
    m_testMail->start(smtp);
}

void NotificationsPage::showTestResult(bool ok, const QString &message)
{
    m_ui->testButton->setEnabled(true);
    setColor(m_ui->testResultLabel, ok ? QColor(0x26, 0x7d, 0x3a) : QColor(0xc0, 0x1c, 0x28), false);
    m_ui->testResultLabel->setText(message);
}

QString NotificationsPage::testResult() const
{
    return m_ui->testResultLabel->text();
}

bool NotificationsPage::isTestRunning() const
{
    return m_testMail->isRunning();
}

void NotificationsPage::updateTlsWarning()
{
    m_ui->tlsWarningLabel->setVisible(!m_ui->tlsVerifyCheck->isChecked());
}

} // namespace Bandwatch
