#pragma once

#include <QWidget>

class QCheckBox;
class QTableView;

namespace Bandwatch {

class AlertService;
class OutboxTableModel;

// The alert outbox as the operator sees it: every delivery that is pending,
// failed (with the server's error), sent or abandoned, refreshed whenever the
// alert service changes it.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(AlertService *alerts, QWidget *parent = nullptr);

    OutboxTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    OutboxTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_openOnly = nullptr;
};

} // namespace Bandwatch
