#include "gui/apikeydialog.h"

#include "ui_apikeydialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace Bandwatch {

ApiKeyDialog::ApiKeyDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiKeyDialog>())
{
    m_ui->setupUi(this);
    m_ui->scopeCombo->addItem(tr("read: /metrics and the JSON API"), QStringLiteral("read"));
    m_ui->scopeCombo->addItem(tr("write: also the push API"), QStringLiteral("write"));
    m_ui->nameEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}")), m_ui->nameEdit));
    m_ui->hintLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ApiKeyDialog::validate);
    validate();
}

ApiKeyDialog::~ApiKeyDialog() = default;

void ApiKeyDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
    validate();
}

QString ApiKeyDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString ApiKeyDialog::scope() const
{
    return m_ui->scopeCombo->currentData().toString();
}

void ApiKeyDialog::validate()
{
    const bool taken = m_taken.contains(name());
    m_ui->hintLabel->setText(taken ? tr("A key named \"%1\" exists already.").arg(name())
                                   : tr("Name the client that will use the key, e.g. prometheus."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !taken);
}

} // namespace Bandwatch
