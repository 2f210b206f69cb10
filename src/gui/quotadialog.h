#pragma once

#include "core/confignode.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

class QComboBox;

namespace Ui {
class QuotaDialog;
}

namespace Bandwatch {

// Adds or edits one entry of `quotas:`. The form shows the keys the loader
// knows; the entry it returns is the original with only the changed keys
// rewritten (an unchanged cycle stays as the user wrote it, hysteresis or
// enabled are kept). Accepting runs the loader's own quota parser, so the
// dialog refuses exactly what --check-config would refuse.
class QuotaDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuotaDialog(QWidget *parent = nullptr);
    ~QuotaDialog() override;

    void setSources(const QStringList &sourceIds);
    void setTakenIds(const QStringList &ids); // ids of the other quotas
    void setQuota(const ConfigNode &quota); // an empty map for a new quota
    ConfigNode quota() const;
    // The preview's "now"; the current time unless set (tests).
    void setNow(const QDateTime &now);

    bool validate(QString *error) const;
    QString cyclePreview() const;
    void accept() override;

private:
    void updateKindWidgets();
    void updateCycleWidgets();
    void updateLimitHint();
    void updatePreview();
    QString comboValue(const QComboBox *combo) const;
    void selectValue(QComboBox *combo, const QString &value);
    QString startDayText() const;
    QString timeZoneText() const;

    std::unique_ptr<Ui::QuotaDialog> m_ui;
    ConfigNode m_original;
    QStringList m_takenIds;
    QDateTime m_now;
};

} // namespace Bandwatch
