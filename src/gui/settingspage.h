#pragma once

#include <QIcon>
#include <QWidget>

namespace Bandwatch {

class ConfigEditor;

// One page of the settings dialog (sources, quotas, notifications, exporter).
// A page shows what the configuration file says and writes its changes back
// through the ConfigEditor, which rewrites only the entries that changed; the
// dialog validates and saves the file, and the running core reloads it.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Fills the page from the file's raw document (no ${ENV} expansion).
    virtual void load(const ConfigEditor &editor) = 0;
    // Writes the page's changes into `editor`; false with *error to refuse.
    virtual bool apply(ConfigEditor &editor, QString *error) = 0;
    // The file now holds what apply() wrote (e.g. delete files it no longer names).
    virtual void saved() { }

Q_SIGNALS:
    void changed();
};

} // namespace Bandwatch
