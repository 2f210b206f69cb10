#include "gui/sourcedialog.h"

#include "app/secretstore.h"
#include "app/sourceprobe.h"
#include "gui/sourcefields.h"
#include "sources/sourcefactory.h"
#include "ui_sourcedialog.h"

#include <QPushButton>
#include <algorithm>

namespace Bandwatch {

namespace {

const QStringList kCommonKeys { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("interval"),
                                QStringLiteral("timeout"), QStringLiteral("enabled") };

bool isFalse(const QString &text)
{
    const QString t = text.toLower();
    return t == u"false" || t == u"no" || t == u"off" || t == u"0";
}

// Sets `key` to `text` unless the entry already says exactly that; an empty
// text removes the key (the default applies).
void setOrRemove(ConfigNode *entry, const QString &key, const QString &text)
{
    const ConfigNode *current = entry->child(key);
    if (current && current->isScalar() && current->scalar == text)
        return;
    if (text.isEmpty())
        entry->remove(key);
    else
        entry->set(key, text);
}

} // namespace

SourceDialog::SourceDialog(const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourceDialog>())
    , m_configPath(configPath)
    , m_probe(new SourceProbe(this))
{
    m_ui->setupUi(this);
    m_ui->typeCombo->addItems(SourceFactory::types());
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &SourceDialog::onTypeChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SourceDialog::startTest);
    connect(m_ui->stopTestButton, &QPushButton::clicked, this, &SourceDialog::stopTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_probe, &SourceProbe::finished, this, &SourceDialog::onTestFinished);
    connect(m_probe, &SourceProbe::progress, m_ui->testResult, &QPlainTextEdit::appendPlainText);
    setEntry(ConfigNode());
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::setEntry(const ConfigNode &entry, const QHash<QString, QString> &pendingSecrets)
{
    m_original = entry;
    m_pending = pendingSecrets;
    const bool isNew = entry.isNull();
    setWindowTitle(isNew ? tr("Add Source") : tr("Edit Source %1").arg(entry.text(u"id")));
    m_ui->idEdit->setText(entry.text(u"id"));
    m_ui->intervalEdit->setText(entry.text(u"interval"));
    m_ui->timeoutEdit->setText(entry.text(u"timeout"));
    m_ui->enabledCheck->setChecked(!isFalse(entry.text(u"enabled", QStringLiteral("true"))));
    const QString type = isNew ? QStringLiteral("interfaces") : entry.text(u"type");
    if (m_ui->typeCombo->findText(type) < 0)
        m_ui->typeCombo->addItem(type);
    {
        const QSignalBlocker block(m_ui->typeCombo);
        m_ui->typeCombo->setCurrentText(type);
    }
    m_ui->optionsForm->setType(type, m_original, m_pending);
    m_ui->testResult->clear();
    clearIssues();
    updateOtherKeys();
}

void SourceDialog::onTypeChanged()
{
    // Keep what was typed in the old form where the new type has the same
    // option (url, token, ...); drop the options only the old type knows.
    const QString oldType = m_ui->optionsForm->type();
    const QString newType = m_ui->typeCombo->currentText();
    QHash<QString, QString> typed;
    m_ui->optionsForm->write(&m_original, &typed);
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        m_pending.insert(it.key(), it.value());
    const QStringList keep = SourceFields::formKeys(newType);
    for (const QString &key : SourceFields::formKeys(oldType)) {
        if (!keep.contains(key)) {
            m_original.remove(key);
            m_pending.remove(key);
        }
    }
    m_ui->optionsForm->setType(newType, m_original, m_pending);
    clearIssues();
    updateOtherKeys();
}

void SourceDialog::updateOtherKeys()
{
    // Keys the form does not show are kept as written; saying so avoids the
    // impression that they were dropped.
    QStringList others;
    const QStringList formKeys = SourceFields::formKeys(m_ui->typeCombo->currentText());
    for (const auto &[key, value] : m_original.entries) {
        if (!kCommonKeys.contains(key) && !formKeys.contains(key))
            others << key;
    }
    m_ui->otherKeysLabel->setVisible(!others.isEmpty());
    m_ui->otherKeysLabel->setText(
        tr("Also in the file, kept as written: %1").arg(others.join(QStringLiteral(", "))));
}

ConfigNode SourceDialog::entry() const
{
    ConfigNode e = m_original;
    setOrRemove(&e, QStringLiteral("id"), m_ui->idEdit->text().trimmed());
    setOrRemove(&e, QStringLiteral("type"), m_ui->typeCombo->currentText());
    setOrRemove(&e, QStringLiteral("interval"), m_ui->intervalEdit->text().trimmed());
    setOrRemove(&e, QStringLiteral("timeout"), m_ui->timeoutEdit->text().trimmed());
    const bool wasEnabled = !isFalse(e.text(u"enabled", QStringLiteral("true")));
    if (m_ui->enabledCheck->isChecked() != wasEnabled) {
        if (m_ui->enabledCheck->isChecked())
            e.remove(u"enabled");
        else
            e.set(QStringLiteral("enabled"), QStringLiteral("false"));
    }
    QHash<QString, QString> ignored;
    m_ui->optionsForm->write(&e, &ignored);
    return e;
}

QHash<QString, QString> SourceDialog::secrets() const
{
    ConfigNode scratch = m_original;
    QHash<QString, QString> typed;
    m_ui->optionsForm->write(&scratch, &typed);
    return typed;
}

ConfigNode SourceDialog::candidate() const
{
    ConfigNode e = entry();
    const QHash<QString, QString> typed = secrets();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        SecretStore::clear(e, it.key());
        e.set(it.key(), it.value());
    }
    return e;
}

bool SourceDialog::validate()
{
    clearIssues();
    QList<SourceCandidate::Issue> issues;
    const QString id = m_ui->idEdit->text().trimmed();
    if (id.isEmpty())
        issues.append(
            { QStringLiteral("id"), tr("Give the source an id (letters, digits, '_', '-', '.').") });
    else if (m_otherIds.contains(id))
        issues.append({ QStringLiteral("id"), tr("Another source already has the id \"%1\".").arg(id) });
    if (!id.isEmpty())
        SourceCandidate::parse(candidate(), m_configPath, &issues);
    showIssues(issues);
    return issues.isEmpty();
}

void SourceDialog::showIssues(const QList<SourceCandidate::Issue> &issues)
{
    const QHash<QString, QLabel *> common { { QStringLiteral("id"), m_ui->idError },
                                            { QStringLiteral("type"), m_ui->typeError },
                                            { QStringLiteral("interval"), m_ui->intervalError },
                                            { QStringLiteral("timeout"), m_ui->timeoutError } };
    const int width = std::max(200, m_ui->idEdit->width());
    const auto append = [width](QLabel *label, const QString &message) {
        label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
        // QFormLayout sizes a wrapped label for a narrower guess: give it the lines it needs.
        label->setFixedHeight(label->heightForWidth(width));
        label->show();
    };
    for (const SourceCandidate::Issue &issue : issues) {
        QString key = issue.key;
        if (key.isEmpty())
            key = m_ui->optionsForm->keyMentionedIn(issue.message);
        if (QLabel *label = common.value(key))
            append(label, issue.message);
        else if (key.isEmpty() || !m_ui->optionsForm->showError(key, issue.message))
            append(m_ui->generalError, issue.message);
    }
}

void SourceDialog::clearIssues()
{
    for (QLabel *label :
         { m_ui->idError, m_ui->typeError, m_ui->intervalError, m_ui->timeoutError, m_ui->generalError }) {
        label->clear();
        label->setMinimumHeight(0);
        label->setMaximumHeight(QWIDGETSIZE_MAX);
        label->hide();
    }
    m_ui->optionsForm->clearErrors();
}

void SourceDialog::accept()
{
    if (!validate())
        return;
    stopTest();
    QDialog::accept();
}

void SourceDialog::startTest()
{
    m_ui->testResult->clear();
    if (!validate()) {
        m_ui->testResult->setPlainText(tr("Fix the problems shown above first."));
        return;
    }
    const std::optional<SourceConfig> config = SourceCandidate::parse(candidate(), m_configPath, nullptr);
    if (!config)
        return;
    m_ui->testResult->setPlainText(
        tr("Polling %1 (timeout %2 s)…").arg(config->id).arg(double(config->timeout.count()) / 1000.0));
    m_ui->testButton->setEnabled(false);
    m_ui->stopTestButton->setEnabled(true);
    m_probe->start(*config);
}

void SourceDialog::stopTest()
{
    if (!m_probe->isRunning())
        return;
    m_probe->cancel();
    m_ui->testButton->setEnabled(true);
    m_ui->stopTestButton->setEnabled(false);
    m_ui->testResult->appendPlainText(tr("Stopped."));
}

void SourceDialog::onTestFinished(bool ok)
{
    m_ui->testButton->setEnabled(true);
    m_ui->stopTestButton->setEnabled(false);
    if (!ok) {
        m_ui->testResult->setPlainText(tr("Failed: %1").arg(m_probe->errorMessage()));
        return;
    }
    const QStringList lines = SourceProbe::summarize(m_probe->samples());
    if (lines.isEmpty()) {
        m_ui->testResult->setPlainText(
            tr("The source answered, but reported no series (no traffic, or nothing matched its settings)."));
        return;
    }
    m_ui->testResult->setPlainText(tr("OK, %n series:", nullptr, int(lines.size())) + u'\n'
                                   + lines.join(u'\n'));
}

} // namespace Bandwatch
