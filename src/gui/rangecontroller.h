#pragma once

#include "gui/chartrange.h"
#include "gui/customrangedialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QBoxLayout;
class QMenu;
class QSettings;
class QToolButton;
class QWidget;

namespace Bandwatch {

class BandwidthChart;

// The chart's range actions (menu, shortcuts Ctrl+1..Ctrl+7, header buttons),
// the "Live" action that returns a zoomed or panned chart to its range, the
// custom-range dialog, and the range kept in the settings. It drives the
// chart through BandwidthChart's interface only.
class RangeController : public QObject
{
    Q_OBJECT
public:
    RangeController(BandwidthChart *chart, QWidget *window);
    ~RangeController() override;

    // An action (and optionally its header button) that selects `range`.
    void addRange(QAction *action, const ChartRange &range, QToolButton *button = nullptr);
    // The ranges beyond the basic spans: 7 days, this and last cycle, custom,
    // and Live; their actions go into `menu`, their buttons into `header`.
    void addStandardRanges(QMenu *menu, QBoxLayout *header);

    void select(const ChartRange &range);
    ChartRange current() const;
    QAction *liveAction() const { return m_live; }
    QAction *customAction() const { return m_custom; }
    CustomRangeDialog *dialog() const { return m_dialog; } // while open

    void save(QSettings &settings, const QString &group) const;
    void restore(const QSettings &settings, const QString &group);

private:
    QAction *newAction(const char *name, const QString &shortcut);
    void retranslate();
    void openCustomDialog();
    void syncChecks();
    bool eventFilter(QObject *watched, QEvent *event) override;

    BandwidthChart *m_chart;
    QWidget *m_window;
    QActionGroup *m_group;
    QList<std::pair<QAction *, ChartRange>> m_ranges;
    QAction *m_range7d = nullptr;
    QAction *m_thisCycle = nullptr;
    QAction *m_lastCycle = nullptr;
    QAction *m_custom = nullptr;
    QAction *m_live = nullptr;
    QPointer<CustomRangeDialog> m_dialog;
};

} // namespace Bandwatch
