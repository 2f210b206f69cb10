#include "gui/chartmenu.h"

#include <QActionGroup>
#include <QEvent>

namespace Bandwatch {

ChartMenu::ChartMenu(QWidget *parent)
    : QMenu(parent)
{
    auto *unit = new QActionGroup(this);
    m_bits = unit->addAction(addChoice("actionChartBits"));
    m_bytes = unit->addAction(addChoice("actionChartBytes"));
    addSeparator();
    auto *prefixes = new QActionGroup(this);
    m_si = prefixes->addAction(addChoice("actionChartSi"));
    m_iec = prefixes->addAction(addChoice("actionChartIec"));
    addSeparator();
    m_live = addAction(QString());
    m_live->setObjectName(QStringLiteral("actionChartLive"));
    retranslate();
}

QAction *ChartMenu::addChoice(const char *name)
{
    QAction *a = addAction(QString());
    a->setObjectName(QLatin1String(name));
    a->setCheckable(true);
    connect(a, &QAction::triggered, this, [this] {
        ChartUnits u;
        u.bytes = m_bytes->isChecked();
        u.system = m_iec->isChecked() ? UnitSystem::IEC : UnitSystem::SI;
        Q_EMIT unitsChosen(u);
    });
    return a;
}

void ChartMenu::setUnits(const ChartUnits &units)
{
    m_bits->setChecked(!units.bytes);
    m_bytes->setChecked(units.bytes);
    m_si->setChecked(units.system == UnitSystem::SI);
    m_iec->setChecked(units.system == UnitSystem::IEC);
}

void ChartMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ChartMenu::retranslate()
{
    m_bits->setText(tr("Bits per second"));
    m_bytes->setText(tr("Bytes per second"));
    m_si->setText(tr("Decimal prefixes (k = 1000)"));
    m_iec->setText(tr("Binary prefixes (Ki = 1024)"));
    m_live->setText(tr("Back to live"));
}

} // namespace Bandwatch
