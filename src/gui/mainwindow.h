#pragma once

#include "core/sample.h"
#include "gui/chartselection.h"

#include <QMainWindow>
#include <chrono>
#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace Bandwatch {

class BandwidthChart;
class Collector;
class LiveTraffic;
class QuotaPanel;
class RangeController;
class SourceTreeModel;
class TrafficTableView;
struct SourceState;

// The main window: the source tree on the left, the live chart of the
// selection on the right, figures under it and the health in the status bar.
// It wires the collector to the models; what is shown lives in the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Collector &collector, const QString &configPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    LiveTraffic *traffic() const { return m_traffic; }
    SourceTreeModel *sourceModel() const { return m_sources; }
    BandwidthChart *chart() const;
    QTreeView *sourceView() const;
    TrafficTableView *trafficTable() const { return m_table; }
    QuotaPanel *quotaPanel() const { return m_quotaPanel; }
    QDockWidget *quotaDock() const { return m_quotaDock; }

    void select(const ChartSelection &selection);
    ChartSelection selection() const;
    void setRange(std::chrono::milliseconds range);
    std::chrono::milliseconds range() const;

    // With a tray, closing the window hides it; without one, closing quits.
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }
    bool closeToTray() const { return m_closeToTray; }

    // UI state only (geometry, splitter, range, selection), never configuration.
    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    void hiddenToTray();
    void selectionChanged(const Bandwatch::ChartSelection &selection);

public Q_SLOTS:
    void toggleVisible();
    void showAndRaise();
    // Brings the window up with the quota dock showing that quota selected
    // (a clicked alert balloon, or "Show quota" in the fallback box).
    void showQuota(const QString &quotaId);
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpSourceView();
    void setUpRanges();
    void setUpStatusBar();
    void setUpTrafficTable();
    void setUpQuotaPanel();
    void preloadHistory();
    void onSamples(const SampleList &samples);
    void onSourceState(const SourceState &state);
    void onCurrentChanged(const QModelIndex &current);
    void ensureSelection();
    void updateChartHint();
    void updateTitle();
    void updateSummary();
    void updateStatus();
    void reloadConfiguration();
    void openConfiguration();
    void openSettings(); // issue #7: the settings dialog
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Collector &m_collector;
    QString m_configPath;
    LiveTraffic *m_traffic = nullptr;
    SourceTreeModel *m_sources = nullptr;
    TrafficTableView *m_table = nullptr;
    QDockWidget *m_tableDock = nullptr;
    QuotaPanel *m_quotaPanel = nullptr;
    QDockWidget *m_quotaDock = nullptr;
    RangeController *m_ranges = nullptr;
    QLabel *m_statusSources = nullptr;
    QLabel *m_statusUpdated = nullptr;
    // The last selection the user made (or restored from settings): kept
    // while its series has not reported yet, re-applied once it appears.
    ChartSelection m_wanted;
    bool m_autoSelecting = false;
    bool m_closeToTray = false;
    bool m_quitting = false;
};

} // namespace Bandwatch
