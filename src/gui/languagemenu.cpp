#include "gui/languagemenu.h"

#include "gui/guiapp.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace Bandwatch {

namespace {
const QString kLanguageKey = QStringLiteral("General/language");
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setObjectName(QStringLiteral("languageSystem"));
    m_system->setCheckable(true);
    m_system->setData(QString());
    m_group->addAction(m_system);
    addSeparator();
    for (const QString &language : GuiApp::availableLanguages()) {
        // Each language under its own name: someone who cannot read the
        // current one still finds theirs.
        QAction *a = addAction(nativeName(language));
        a->setObjectName(QStringLiteral("language_%1").arg(language));
        a->setCheckable(true);
        a->setData(language);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { switchTo(action->data().toString()); });
    retranslate();
    updateChecks();
}

QString LanguageMenu::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QString LanguageMenu::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    if (language == u"zh_TW")
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString LanguageMenu::switchTo(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    settings.sync();
    // Installing posts QEvent::LanguageChange to every widget.
    const QString loaded = GuiApp::installTranslations(language);
    updateChecks();
    return loaded;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
}

void LanguageMenu::updateChecks()
{
    const QString saved = savedLanguage();
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == saved);
}

} // namespace Bandwatch
