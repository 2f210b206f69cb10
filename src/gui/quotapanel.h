#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Bandwatch {

class AlertService;
class QuotaTableModel;

// The quotas as the main window shows them: the table (with the usage bars)
// or, without quotas, a hint how to add one; and a line saying so while alert
// notifications are paused, with a button to resume them.
class QuotaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuotaPanel(AlertService *alerts, QWidget *parent = nullptr);

    QuotaTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AlertService *alerts() const { return m_alerts; }
    // Selects the quota's row (a clicked alert asks for it).
    void showQuota(const QString &quotaId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePlaceholder();
    void updatePause();
    void retranslate();

    QPointer<AlertService> m_alerts;
    QuotaTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_pauseBar = nullptr;
    QLabel *m_pauseLabel = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace Bandwatch
