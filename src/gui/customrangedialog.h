#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class CustomRangeDialog;
}

namespace Bandwatch {

// Asks for the two ends of a custom chart range, in local time.
class CustomRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomRangeDialog(QWidget *parent = nullptr);
    ~CustomRangeDialog() override;

    void setRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const;
    qint64 toMs() const;

private:
    void validate();

    std::unique_ptr<Ui::CustomRangeDialog> m_ui;
};

} // namespace Bandwatch
