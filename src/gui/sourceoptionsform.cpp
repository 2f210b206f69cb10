#include "gui/sourceoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <algorithm>

namespace Bandwatch {

namespace {

using Kind = SourceField::Kind;

QString joined(const ConfigNode *value)
{
    if (!value)
        return {};
    if (value->isList()) {
        QStringList items;
        for (const ConfigNode &item : value->items)
            items << item.scalar;
        return items.join(QStringLiteral(", "));
    }
    return value->scalar;
}

QStringList split(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

SourceOptionsForm::SourceOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void SourceOptionsForm::setType(const QString &type, const ConfigNode &entry,
                                const QHash<QString, QString> &pendingSecrets)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_type = type;
    const QList<SourceField> fields = SourceFields::forType(type);
    if (fields.isEmpty()) {
        // A type added to the factory before it has a row in SourceFields.
        auto *none =
            new QLabel(tr("This dialog has no form for the options of this type yet: set them in the "
                          "configuration file (they are kept as written)."),
                       this);
        none->setWordWrap(true);
        none->setEnabled(false);
        m_layout->addRow(none);
        return;
    }
    for (const SourceField &field : fields) {
        Row row;
        row.field = field;
        row.editor = makeEditor(field, entry.child(field.key), pendingSecrets.value(field.key), &row);
        QLabel *label = nullptr;
        if (field.kind != Kind::Bool) {
            label = new QLabel(field.label, this);
            label->setBuddy(row.editor);
        }
        m_layout->addRow(label, row.editor);
        QList<QWidget *> added { label, row.editor };
        // Status and error get rows of their own (field column only): a
        // word-wrapped label nested in a cell layout is not given its height.
        if (field.kind == Kind::Secret) {
            auto *status = new QLabel(secretStatus(entry, field, pendingSecrets.contains(field.key)), this);
            status->setObjectName(QStringLiteral("secretStatus_") + field.key);
            status->setWordWrap(true);
            status->setTextInteractionFlags(Qt::TextSelectableByMouse);
            status->setForegroundRole(QPalette::PlaceholderText);
            status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            m_layout->addRow(nullptr, status);
            added << status;
        }
        row.error = new QLabel(this);
        row.error->setObjectName(QStringLiteral("error_") + field.key);
        row.error->setWordWrap(true);
        row.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        row.error->setSizePolicy(QSizePolicy::Expanding,
                                 QSizePolicy::Preferred); // as wide as the field column
        row.error->hide();
        m_layout->addRow(nullptr, row.error);
        // A layout shows rows added to a visible form only from the event loop;
        // an error shown (or a screenshot taken) before that must not miss them.
        if (isVisible()) {
            for (QWidget *w : std::as_const(added))
                if (w)
                    w->show();
        }
        if (!field.toolTip.isEmpty())
            row.editor->setToolTip(field.toolTip);
        m_rows << row;
    }
}

QWidget *SourceOptionsForm::makeEditor(const SourceField &field, const ConfigNode *value,
                                       const QString &pending, Row *row)
{
    const QString name = QStringLiteral("option_") + field.key;
    switch (field.kind) {
    case Kind::Text:
    case Kind::List: {
        auto *edit = new QLineEdit(joined(value), this);
        edit->setObjectName(name);
        edit->setPlaceholderText(field.placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, &SourceOptionsForm::edited);
        row->initial = edit->text();
        return edit;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->addItem(tr("(default)"), QString());
        for (const QString &c : field.choices)
            combo->addItem(c, c);
        const QString current = joined(value);
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(current, current);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        connect(combo, &QComboBox::currentIndexChanged, this, &SourceOptionsForm::edited);
        row->initial = current;
        return combo;
    }
    case Kind::Bool: {
        auto *check = new QCheckBox(field.label.chopped(field.label.endsWith(u':') ? 1 : 0), this);
        check->setObjectName(name);
        const QString raw = value ? value->scalar.toLower() : field.defaultValue;
        static const QStringList truths { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                                          QStringLiteral("1") };
        check->setChecked(truths.contains(raw));
        connect(check, &QCheckBox::toggled, this, &SourceOptionsForm::edited);
        row->initial = check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        return check;
    }
    case Kind::Secret: {
        auto *edit = new QLineEdit(pending, this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(value || !pending.isEmpty()       ? tr("type a new value to replace it")
                                     : field.placeholder.isEmpty() ? tr("type the value")
                                                                   : field.placeholder);
        connect(edit, &QLineEdit::textEdited, this, &SourceOptionsForm::edited);
        return edit;
    }
    }
    return nullptr;
}

QString SourceOptionsForm::secretStatus(const ConfigNode &entry, const SourceField &field, bool pending)
{
    if (pending)
        return tr(
            "New value entered: it is stored in a file only you can read when the settings are applied.");
    if (const ConfigNode *account = entry.child(QString(field.key + QStringLiteral("_keychain"))))
        return tr("In the desktop keychain (%1)").arg(account->scalar);
    if (const ConfigNode *file = entry.child(field.fileKey()))
        return tr("Stored in %1").arg(file->scalar);
    if (const ConfigNode *inline_ = entry.child(field.key)) {
        static const QRegularExpression var(QStringLiteral("\\$\\{([^}]+)\\}"));
        QStringList names;
        for (auto it = var.globalMatch(inline_->scalar); it.hasNext();)
            names << QStringLiteral("${") + it.next().captured(1) + u'}';
        if (!names.isEmpty())
            return tr("From %1").arg(names.join(QStringLiteral(", ")));
        return tr("Written in the configuration file (a new value moves it to a file only you can read)");
    }
    return tr("Not set");
}

QString SourceOptionsForm::currentText(const Row &row)
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        return row.field.kind == Kind::Secret ? edit->text() : edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentData().toString();
    if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void SourceOptionsForm::write(ConfigNode *entry, QHash<QString, QString> *secrets) const
{
    for (const Row &row : m_rows) {
        const QString text = currentText(row);
        const SourceField &f = row.field;
        if (f.kind == Kind::Secret) {
            if (!text.isEmpty())
                secrets->insert(f.key, text);
            continue;
        }
        if (text == row.initial)
            continue;
        if (f.kind == Kind::Bool && text == f.defaultValue && !entry->has(f.key)) {
            continue;
        }
        if (text.isEmpty())
            entry->remove(f.key);
        else if (f.kind == Kind::List)
            entry->set(f.key, ConfigNode::fromList(split(text)));
        else
            entry->set(f.key, text);
    }
}

bool SourceOptionsForm::showError(const QString &key, const QString &message)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field.key == key
            || (row.field.kind == Kind::Secret
                && (row.field.fileKey() == key || row.field.key + QStringLiteral("_keychain") == key))) {
            row.error->setText(row.error->text().isEmpty() ? message : row.error->text() + u'\n' + message);
            // Nested in the dialog's layouts, a wrapped label is otherwise given the
            // height of a narrower guess and cut off: ask for the lines it needs.
            row.error->setFixedHeight(row.error->heightForWidth(std::max(200, row.editor->width())));
            row.error->show();
            return true;
        }
    }
    return false;
}

void SourceOptionsForm::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->setMinimumHeight(0);
        row.error->setMaximumHeight(QWIDGETSIZE_MAX);
        row.error->hide();
    }
}

QString SourceOptionsForm::keyMentionedIn(const QString &message) const
{
    QString best;
    qsizetype bestAt = message.size();
    for (const Row &row : m_rows) {
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(row.field.key)));
        const QRegularExpressionMatch m = word.match(message);
        if (m.hasMatch() && m.capturedStart() < bestAt) {
            best = row.field.key;
            bestAt = m.capturedStart();
        }
    }
    return best;
}

} // namespace Bandwatch
