#include "gui/customrangedialog.h"

#include "ui_customrangedialog.h"

#include <QDateTime>
#include <QPushButton>

namespace Bandwatch {

CustomRangeDialog::CustomRangeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomRangeDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    validate();
}

CustomRangeDialog::~CustomRangeDialog() = default;

namespace {

// The edits show minutes: the range is what they show, not hidden seconds.
qint64 wholeMinutes(const QDateTime &t)
{
    return t.toMSecsSinceEpoch() / 60'000 * 60'000;
}

} // namespace

void CustomRangeDialog::setRange(qint64 fromMs, qint64 toMs)
{
    m_ui->fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_ui->toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
}

qint64 CustomRangeDialog::fromMs() const
{
    return wholeMinutes(m_ui->fromEdit->dateTime());
}

qint64 CustomRangeDialog::toMs() const
{
    return wholeMinutes(m_ui->toEdit->dateTime());
}

void CustomRangeDialog::validate()
{
    // The chart shows at least a minute; a reversed range is a typing slip, not a request.
    const bool ok = toMs() - fromMs() >= 60'000;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_ui->hintLabel->setVisible(!ok);
}

} // namespace Bandwatch
