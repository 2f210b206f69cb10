#pragma once

#include "gui/settingspage.h"

#include <memory>

namespace Ui {
class SourcesPage;
}

namespace Bandwatch {

class SourceListModel;

// The sources of the configuration file: a list to add, edit, remove and
// switch off sources, each edited in a SourceDialog.
class SourcesPage : public SettingsPage
{
    Q_OBJECT
public:
    // `configPath`: secrets typed here are stored next to it.
    explicit SourcesPage(const QString &configPath, QWidget *parent = nullptr);
    ~SourcesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load(const ConfigEditor &editor) override;
    bool apply(ConfigEditor &editor, QString *error) override;

    SourceListModel *model() const { return m_model; }
    // Opens the dialog for a new source / the selected one (tests drive the dialog it opens).
    void addSource();
    void editSource();
    void removeSource();
    void toggleSource();

private:
    int currentRow() const;
    void updateButtons();

    std::unique_ptr<Ui::SourcesPage> m_ui;
    QString m_configPath;
    SourceListModel *m_model = nullptr;
};

} // namespace Bandwatch
