#pragma once

#include "gui/settingspage.h"

#include <memory>

namespace Ui {
class QuotasPage;
}

namespace Bandwatch {

class QuotaListModel;

// The `quotas:` list: add, edit (QuotaDialog) and remove quotas. Applying
// rewrites only the entries that changed, so comments and the keys the
// dialog does not show stay in the file.
class QuotasPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit QuotasPage(QWidget *parent = nullptr);
    ~QuotasPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load(const ConfigEditor &editor) override;
    bool apply(ConfigEditor &editor, QString *error) override;

    QuotaListModel *model() const { return m_model; }

private:
    void addQuota();
    void editQuota();
    void removeQuota();
    void updateButtons();
    int currentRow() const;

    std::unique_ptr<Ui::QuotasPage> m_ui;
    QuotaListModel *m_model = nullptr;
    QStringList m_sources;
};

} // namespace Bandwatch
