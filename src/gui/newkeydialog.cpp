#include "gui/newkeydialog.h"

#include "ui_newkeydialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace Bandwatch {

NewKeyDialog::NewKeyDialog(const QString &name, const QByteArray &key, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewKeyDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(
        tr("The API key \"%1\" was created and written to %2 (readable only by you). Give it to the client "
           "as \"Authorization: Bearer <key>\".")
            .arg(name, file));
    m_ui->keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyEdit->setText(QString::fromLatin1(key));
    m_ui->keyEdit->setMinimumWidth(m_ui->keyEdit->fontMetrics().horizontalAdvance(m_ui->keyEdit->text())
                                   + 16);
    QFont bold = m_ui->warningLabel->font();
    bold.setBold(true);
    m_ui->warningLabel->setFont(bold);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &NewKeyDialog::copy);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

NewKeyDialog::~NewKeyDialog()
{
    m_ui->keyEdit->clear();
}

QString NewKeyDialog::key() const
{
    return m_ui->keyEdit->text();
}

void NewKeyDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_ui->keyEdit->text());
    m_ui->copiedLabel->setText(tr("Copied to the clipboard."));
}

} // namespace Bandwatch
