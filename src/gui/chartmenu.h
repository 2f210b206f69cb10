#pragma once

#include "gui/chartunits.h"

#include <QMenu>

namespace Bandwatch {

// The bandwidth chart's context menu: bit/s or bytes/s, SI or IEC prefixes,
// and the way back to live mode.
class ChartMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ChartMenu(QWidget *parent = nullptr);

    void setUnits(const ChartUnits &units); // updates the check marks only
    QAction *liveAction() const { return m_live; }

Q_SIGNALS:
    void unitsChosen(const Bandwatch::ChartUnits &units);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *addChoice(const char *name);

    QAction *m_bits = nullptr;
    QAction *m_bytes = nullptr;
    QAction *m_si = nullptr;
    QAction *m_iec = nullptr;
    QAction *m_live = nullptr;
};

} // namespace Bandwatch
