#pragma once

#include <QMenu>

class QActionGroup;

namespace Bandwatch {

// View ▸ Language: switches the user interface language at run time (every
// widget retranslates on QEvent::LanguageChange) and remembers the choice in
// the settings (General/language) for the next start. "System language"
// forgets the choice and follows the system's locale again.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Switches to `language` ("en", "zh_CN", "zh_TW"; empty: the system's)
    // and saves it. Returns the language actually loaded.
    QString switchTo(const QString &language);
    // The saved choice; empty when following the system.
    static QString savedLanguage();
    // The language's own name ("English", "简体中文", "繁體中文").
    static QString nativeName(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChecks();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};

} // namespace Bandwatch
