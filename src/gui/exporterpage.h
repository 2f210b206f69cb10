#pragma once

#include "core/confignode.h"
#include "gui/settingspage.h"

#include <memory>

namespace Ui {
class ExporterPage;
}

namespace Bandwatch {

class ApiKeyListModel;

// The `exporter:` section: on/off, the listen address, TLS and the API keys.
// A key created here is generated, written to a file only its owner can read,
// shown once, and from then on known to the configuration only by that file.
// Applying refuses what the exporter itself would refuse (ExporterConfig):
// an address other hosts can reach while no key protects it.
class ExporterPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ExporterPage(QWidget *parent = nullptr);
    ~ExporterPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load(const ConfigEditor &editor) override;
    bool apply(ConfigEditor &editor, QString *error) override;
    void saved() override;

    ApiKeyListModel *keyModel() const { return m_keys; }
    QString urlsText() const;
    QString scrapeConfig() const;

private:
    void createKey();
    void removeKey();
    void updateInfo();
    ConfigNode tlsNode() const;
    // The section as the form says, with the keys' rows in place of api_keys.
    ConfigNode sectionNode() const;

    std::unique_ptr<Ui::ExporterPage> m_ui;
    ApiKeyListModel *m_keys = nullptr;
    ConfigNode m_original; // the `exporter:` value as in the file
    QString m_configPath;
    QStringList m_filesToDelete; // key files of removed keys, deleted once saved
    QStringList m_deleteWhenSaved; // those of the last apply()
    bool m_loading = false;
};

} // namespace Bandwatch
