#include "gui/rangecontroller.h"

#include "gui/bandwidthchart.h"
#include "gui/customrangedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

QToolButton *headerButton(QAction *action, const char *name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setDefaultAction(action);
    return b;
}

} // namespace

RangeController::RangeController(BandwidthChart *chart, QWidget *window)
    : QObject(window)
    , m_chart(chart)
    , m_window(window)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        if (action == m_custom) {
            openCustomDialog();
            return;
        }
        for (const auto &[a, range] : std::as_const(m_ranges)) {
            if (a == action)
                m_chart->setChartRange(range); // also back to live when zoomed
        }
    });
    m_window->installEventFilter(this); // LanguageChange
}

RangeController::~RangeController() = default;

QAction *RangeController::newAction(const char *name, const QString &shortcut)
{
    auto *a = new QAction(m_window);
    a->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        a->setShortcut(QKeySequence(shortcut));
    m_window->addAction(a); // shortcuts work while the menu is closed
    return a;
}

void RangeController::addRange(QAction *action, const ChartRange &range, QToolButton *button)
{
    action->setCheckable(true);
    m_group->addAction(action);
    m_ranges.append({ action, range });
    if (button)
        button->setDefaultAction(action);
}

void RangeController::addStandardRanges(QMenu *menu, QBoxLayout *header)
{
    m_range7d = newAction("actionRange7d", QStringLiteral("Ctrl+4"));
    m_thisCycle = newAction("actionRangeThisCycle", QStringLiteral("Ctrl+5"));
    m_lastCycle = newAction("actionRangeLastCycle", QStringLiteral("Ctrl+6"));
    m_custom = newAction("actionRangeCustom", QStringLiteral("Ctrl+7"));
    m_live = newAction("actionLive", QStringLiteral("Ctrl+0"));
    addRange(m_range7d, ChartRange::last(7 * 24h));
    addRange(m_thisCycle, ChartRange::thisCycle());
    addRange(m_lastCycle, ChartRange::lastCycle());
    m_custom->setCheckable(true);
    m_group->addAction(m_custom);
    connect(m_live, &QAction::triggered, m_chart, &BandwidthChart::goLive);
    connect(m_chart, &BandwidthChart::liveChanged, m_live, [this](bool live) { m_live->setEnabled(!live); });
    // Live is offered only while there is somewhere to return from.
    m_live->setEnabled(false);

    menu->addActions({ m_range7d, m_thisCycle, m_lastCycle, m_custom });
    menu->addSeparator();
    menu->addAction(m_live);
    QWidget *parent = header->parentWidget();
    const QList<std::pair<QAction *, const char *>> buttons { { m_range7d, "range7dButton" },
                                                              { m_thisCycle, "rangeThisCycleButton" },
                                                              { m_lastCycle, "rangeLastCycleButton" },
                                                              { m_custom, "rangeCustomButton" } };
    for (const auto &[action, name] : buttons)
        header->addWidget(headerButton(action, name, parent));
    header->addSpacing(8);
    header->addWidget(headerButton(m_live, "liveButton", parent));
    retranslate();
}

void RangeController::retranslate()
{
    if (!m_range7d)
        return;
    m_range7d->setText(tr("7 d"));
    m_range7d->setToolTip(tr("Show the last 7 days"));
    m_thisCycle->setText(tr("This cycle"));
    m_thisCycle->setToolTip(tr("Show the current billing cycle"));
    m_lastCycle->setText(tr("Last cycle"));
    m_lastCycle->setToolTip(tr("Show the previous billing cycle"));
    m_custom->setText(tr("Custom…"));
    m_custom->setToolTip(tr("Show a range you choose"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Return to the chosen range, following new data"));
}

bool RangeController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RangeController::openCustomDialog()
{
    if (m_dialog)
        return;
    m_dialog = new CustomRangeDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setRange(m_chart->fromMs(), m_chart->toMs());
    connect(m_dialog, &QDialog::accepted, this,
            [this] { m_chart->setChartRange(ChartRange::custom(m_dialog->fromMs(), m_dialog->toMs())); });
    connect(m_dialog, &QDialog::finished, this, [this] { syncChecks(); });
    m_dialog->open();
}

void RangeController::select(const ChartRange &range)
{
    m_chart->setChartRange(range);
    syncChecks();
}

ChartRange RangeController::current() const
{
    return m_chart->chartRange();
}

void RangeController::syncChecks()
{
    const ChartRange r = m_chart->chartRange();
    bool found = false;
    for (const auto &[action, range] : std::as_const(m_ranges)) {
        action->setChecked(range == r);
        found = found || range == r;
    }
    if (m_custom)
        m_custom->setChecked(!found);
}

void RangeController::save(QSettings &settings, const QString &group) const
{
    const ChartRange r = m_chart->chartRange();
    settings.setValue(group + QStringLiteral("/range"), r.toVariant());
    // Older versions read only this key: keep it for the spans they know.
    if (r.kind == ChartRange::Kind::Last)
        settings.setValue(group + QStringLiteral("/rangeMs"), qint64(r.span.count()));
}

void RangeController::restore(const QSettings &settings, const QString &group)
{
    ChartRange fallback = ChartRange::last(1h);
    if (const qint64 ms = settings.value(group + QStringLiteral("/rangeMs")).toLongLong(); ms > 0)
        fallback = ChartRange::last(std::chrono::milliseconds(ms));
    const ChartRange r = ChartRange::fromVariant(settings.value(group + QStringLiteral("/range")), fallback);
    // Only ranges the actions offer, or a custom range (saved spans from
    // another version could be anything).
    bool offered = r.kind == ChartRange::Kind::Custom;
    for (const auto &[action, range] : std::as_const(m_ranges))
        offered = offered || range == r;
    if (offered)
        select(r);
}

} // namespace Bandwatch
