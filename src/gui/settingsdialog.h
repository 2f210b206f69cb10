#pragma once

#include "app/configeditor.h"

#include <QDialog>
#include <memory>

class QAbstractButton;

namespace Ui {
class SettingsDialog;
}

namespace Bandwatch {

class SettingsPage;

// The settings: one page per section of the configuration file (sources,
// quotas, notifications, exporter), listed on the left. Apply writes every
// page into a copy of the loaded file and saves it only if ConfigLoader
// accepts the result, so a refused change leaves the file as it was.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &configPath, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Takes ownership; the page is filled from the file at once.
    void addPage(SettingsPage *page);
    int pageCount() const;
    SettingsPage *page(int index) const;
    void setCurrentPage(int index);
    int currentPage() const;

    const ConfigEditor &editor() const { return m_editor; }
    // The problems of the last load or Apply ("FILE:LINE: problem" lines), or empty.
    QString errorText() const;

    // Saves the pages' changes; false (file untouched) with the problems shown.
    bool applyChanges();

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // The file was written; the running core should read it again.
    void saved();

private:
    void onButton(QAbstractButton *button);
    void showErrors(const QStringList &errors);
    void reload();
    void setModified(bool modified);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_configPath;
    ConfigEditor m_editor;
    QList<SettingsPage *> m_pages;
    bool m_loaded = false;
};

} // namespace Bandwatch
