#include "gui/mainwindow.h"

#include "app/collector.h"
#include "app/configloader.h"
#include "core/units.h"
#include "gui/appicon.h"
#include "gui/bandwidthchart.h"
#include "gui/languagemenu.h"
#include "gui/livetraffic.h"
#include "gui/outboxview.h"
#include "gui/quotapanel.h"
#include "gui/quotatablemodel.h"
#include "gui/rangecontroller.h"
#include "gui/settingsdialog.h"
#include "gui/sourcetreemodel.h"
#include "gui/traffictableview.h"
#include "storage/historystore.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

const QString kGroup = QStringLiteral("MainWindow");

QString settingsKey(const char *name)
{
    return kGroup + u'/' + QLatin1String(name);
}

} // namespace

MainWindow::MainWindow(Collector &collector, const QString &configPath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_collector(collector)
    , m_configPath(configPath)
    , m_traffic(new LiveTraffic(this))
    , m_sources(new SourceTreeModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(AppIcon::application());
    QFont heading = m_ui->chartTitle->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_ui->chartTitle->setFont(heading);
    QFont label = m_ui->sourcesLabel->font();
    label.setBold(true);
    m_ui->sourcesLabel->setFont(label);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 470, 730 });

    m_ui->chart->setTraffic(m_traffic);
    m_ui->chart->setHistory(collector.store());
    m_ui->chart->setAlerts(collector.alerts());
    setUpSourceView();
    setUpRanges();
    setUpStatusBar();
    setUpTrafficTable();
    setUpQuotaPanel();

    m_sources->setSources(collector.config().sources);
    for (const SourceState &st : collector.scheduler()->states())
        m_sources->updateState(st);
    preloadHistory();

    connect(&collector, &Collector::samplesReady, this, &MainWindow::onSamples);
    connect(&collector, &Collector::sourceStateChanged, this, &MainWindow::onSourceState);
    connect(&collector, &Collector::storageError, this, [this](const QString &message) {
        statusBar()->showMessage(tr("History storage: %1").arg(message), 15000);
    });
    connect(m_ui->chart, &BandwidthChart::refreshed, this, &MainWindow::updateSummary);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionReloadConfig, &QAction::triggered, this, &MainWindow::reloadConfiguration);
    connect(m_ui->actionOpenConfig, &QAction::triggered, this, &MainWindow::openConfiguration);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    restoreSettings();
    ensureSelection();
    updateStatus();
}

MainWindow::~MainWindow() = default;

BandwidthChart *MainWindow::chart() const
{
    return m_ui->chart;
}

QTreeView *MainWindow::sourceView() const
{
    return m_ui->sourceView;
}

void MainWindow::setUpSourceView()
{
    QTreeView *view = m_ui->sourceView;
    view->setModel(m_sources);
    QHeaderView *header = view->header();
    // Names and figures always show in full; the error message takes the
    // rest and scrolls into view when the panel is narrow.
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    for (int c = SourceTreeModel::NameColumn; c < SourceTreeModel::MessageColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_sources, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_ui->sourceView->expand(m_sources->index(row, 0));
                }
                ensureSelection();
            });
    connect(m_sources, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->sourceView->expandAll();
        ensureSelection();
    });
    view->expandAll();
}

void MainWindow::setUpRanges()
{
    // Range handling (actions, buttons, custom dialog, settings) lives in RangeController.
    m_ranges = new RangeController(m_ui->chart, this);
    m_ranges->addRange(m_ui->actionRange15m, ChartRange::last(15min), m_ui->range15mButton);
    m_ranges->addRange(m_ui->actionRange1h, ChartRange::last(1h), m_ui->range1hButton);
    m_ranges->addRange(m_ui->actionRange24h, ChartRange::last(24h), m_ui->range24hButton);
    m_ranges->addStandardRanges(m_ui->menuView, m_ui->chartHeader);
    setRange(1h);
}

void MainWindow::setUpStatusBar()
{
    m_statusSources = new QLabel(this);
    m_statusUpdated = new QLabel(this);
    statusBar()->addWidget(m_statusSources, 1);
    statusBar()->addPermanentWidget(m_statusUpdated);
}

void MainWindow::setUpTrafficTable()
{
    // A dock under the chart: the history of the selection per hour/day/month.
    m_table = new TrafficTableView(this);
    m_tableDock = new QDockWidget(tr("Traffic Table"), this);
    m_tableDock->setObjectName(QStringLiteral("trafficTableDock"));
    m_tableDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_tableDock->toggleViewAction());
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_table->exportAction());
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_table->copyAction());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_table->setStore(m_collector.store());

    // The alert outbox: pending and failed deliveries with their errors.
    auto *outboxDock = new QDockWidget(tr("Alert Outbox"), this);
    outboxDock->setObjectName(QStringLiteral("alertOutboxDock"));
    outboxDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    outboxDock->setWidget(new OutboxView(m_collector.alerts(), outboxDock));
    addDockWidget(Qt::BottomDockWidgetArea, outboxDock);
    tabifyDockWidget(m_tableDock, outboxDock);
    m_tableDock->raise();
    m_ui->menuView->addAction(outboxDock->toggleViewAction());
    connect(this, &MainWindow::selectionChanged, m_table, &TrafficTableView::setSelection);
    // Totals change slowly; re-reading once a minute keeps the table current
    // without querying on every sample.
    auto *refresh = new QTimer(this);
    refresh->setInterval(60000);
    connect(refresh, &QTimer::timeout, m_table, &TrafficTableView::reload);
    refresh->start();
}

void MainWindow::setUpQuotaPanel()
{
    // Quotas: a tab beside the traffic table and the outbox, in front when any is configured.
    m_quotaPanel = new QuotaPanel(m_collector.alerts(), this);
    m_quotaDock = new QDockWidget(tr("Quotas"), this);
    m_quotaDock->setObjectName(QStringLiteral("quotaDock"));
    m_quotaDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_quotaDock->setWidget(m_quotaPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_quotaDock);
    tabifyDockWidget(m_tableDock, m_quotaDock);
    (m_quotaPanel->model()->rowCount() > 0 ? m_quotaDock : m_tableDock)->raise();
    m_ui->menuView->addAction(m_quotaDock->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(new LanguageMenu(this));
}

void MainWindow::preloadHistory()
{
    HistoryStore *store = m_collector.store();
    if (!store || !store->isOpen())
        return;
    QStringList ids;
    for (const SourceConfig &sc : m_collector.config().sources)
        ids << sc.id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_traffic->preload(*store, now - m_traffic->retention().count(), now + 1, ids);
    SampleList newest;
    for (const SeriesKey &key : m_traffic->keys()) {
        if (const auto s = m_traffic->latest(key))
            newest << *s;
    }
    m_sources->addSamples(newest);
}

void MainWindow::onSamples(const SampleList &samples)
{
    m_sources->addSamples(samples);
    m_traffic->append(samples);
    updateStatus();
}

void MainWindow::onSourceState(const SourceState &state)
{
    m_sources->updateState(state);
    updateChartHint();
    updateStatus();
}

void MainWindow::updateChartHint()
{
    const auto st = m_sources->state(m_ui->chart->selection().source);
    m_ui->chart->setEmptyText(st && st->health == SourceState::Health::Error && !st->message.isEmpty()
                                  ? tr("No data from \"%1\": %2").arg(st->id, st->message)
                                  : QString());
}

void MainWindow::select(const ChartSelection &selection)
{
    m_wanted = selection;
    const QModelIndex idx = m_sources->indexOf(selection);
    if (idx.isValid())
        m_ui->sourceView->setCurrentIndex(idx);
    else
        ensureSelection();
}

ChartSelection MainWindow::selection() const
{
    return m_ui->chart->selection();
}

void MainWindow::setRange(std::chrono::milliseconds range)
{
    m_ranges->select(ChartRange::last(range));
}

std::chrono::milliseconds MainWindow::range() const
{
    return m_ui->chart->range();
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const ChartSelection s = m_sources->selection(current);
    if (!m_autoSelecting && !s.isEmpty())
        m_wanted = s;
    m_ui->chart->setSelection(s);
    updateChartHint();
    updateTitle();
    Q_EMIT selectionChanged(s);
}

void MainWindow::ensureSelection()
{
    // The wanted selection wins as soon as it exists; until then (or when
    // nothing was ever chosen) the first source, summed, is shown.
    QModelIndex target = m_wanted.isEmpty() ? QModelIndex() : m_sources->indexOf(m_wanted);
    if (!target.isValid() && m_sources->selection(m_ui->sourceView->currentIndex()).isEmpty()
        && m_sources->sourceCount() > 0)
        target = m_sources->index(0, 0);
    if (!target.isValid() || target == m_ui->sourceView->currentIndex())
        return;
    m_autoSelecting = true;
    m_ui->sourceView->setCurrentIndex(target);
    m_autoSelecting = false;
}

void MainWindow::updateTitle()
{
    const ChartSelection s = m_ui->chart->selection();
    if (s.isEmpty())
        m_ui->chartTitle->setText(tr("No source selected"));
    else if (s.isWholeSource())
        m_ui->chartTitle->setText(tr("%1 — all series").arg(s.source));
    else
        m_ui->chartTitle->setText(tr("%1 — %2").arg(s.source, s.series));
}

void MainWindow::updateSummary()
{
    const BandwidthChart *chart = m_ui->chart;
    const bool dark = AppIcon::isDarkPalette();
    const auto text = [&](Direction d) -> QString {
        const RateSummary sum = m_traffic->summary(chart->selection(), d, chart->fromMs(), chart->toMs());
        const QString name = d == Direction::In ? tr("In") : tr("Out");
        const QString mark = QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;<b>%2</b>&nbsp; ")
                                 .arg(AppIcon::directionColor(d == Direction::In, dark).name(), name);
        if (!sum.hasData)
            return mark + tr("no data");
        return mark
            + tr("now %1 · average %2 · peak %3 · %4 total")
                  .arg(Units::formatBitRate(sum.latestBps, 1), Units::formatBitRate(sum.averageBps, 1),
                       Units::formatBitRate(sum.peakBps, 1),
                       Units::formatBytes(sum.bytes, UnitSystem::SI, 1));
    };
    m_ui->inSummary->setText(text(Direction::In));
    m_ui->outSummary->setText(text(Direction::Out));
}

void MainWindow::updateStatus()
{
    const int total = m_sources->sourceCount();
    const int failing = m_sources->countWithHealth(SourceState::Health::Error);
    const int waiting = m_sources->countWithHealth(SourceState::Health::Pending);
    QString text;
    if (total == 0)
        text = tr("No sources configured");
    else if (failing > 0) {
        text = tr("%1 of %n source(s) failing", nullptr, total).arg(failing);
        for (int row = 0; row < total; ++row) {
            const auto st = m_sources->state(m_sources->sourceId(row));
            if (st && st->health == SourceState::Health::Error) {
                text += QStringLiteral(" — ") + tr("%1: %2").arg(st->id, st->message);
                break;
            }
        }
    } else if (waiting > 0)
        text = tr("%1 of %n source(s) waiting for the first poll", nullptr, total).arg(waiting);
    else
        text = tr("%n source(s), all OK", nullptr, total);
    m_statusSources->setText(text);
    if (HistoryStore *store = m_collector.store(); store && store->isOpen())
        m_statusSources->setToolTip(tr("History: %1").arg(store->path()));

    const qint64 newest = m_traffic->newestEndMs();
    m_statusUpdated->setText(newest > 0
                                 ? tr("Last sample %1")
                                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest).time(),
                                                               QStringLiteral("HH:mm:ss")))
                                 : QString());
}

void MainWindow::reloadConfiguration()
{
    const ConfigLoader::Result r = ConfigLoader::loadFile(m_configPath);
    QString error;
    if (!r.ok())
        error = r.errors.join(u'\n');
    else if (!m_collector.reload(*r.config, &error) && error.isEmpty())
        error = tr("The sources could not be started.");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Configuration not applied"),
                             tr("The configuration in %1 was not applied:\n\n%2").arg(m_configPath, error));
        return;
    }
    m_sources->setSources(r.config->sources);
    for (const SourceState &st : m_collector.scheduler()->states())
        m_sources->updateState(st);
    updateStatus();
    statusBar()->showMessage(tr("Configuration reloaded"), 5000);
}

void MainWindow::openConfiguration()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_configPath)))
        statusBar()->showMessage(tr("Could not open %1").arg(m_configPath), 8000);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_configPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &MainWindow::reloadConfiguration);
    dialog->open();
}

void MainWindow::showAbout()
{
    const HistoryStore *store = m_collector.store();
    QMessageBox::about(this, tr("About Bandwatch"),
                       tr("<h3>Bandwatch %1</h3><p>Bandwidth and traffic-quota monitor.</p>"
                          "<p>Configuration: %2<br>History: %3</p>")
                           .arg(QStringLiteral(BANDWATCH_VERSION), m_configPath.toHtmlEscaped(),
                                store ? store->path().toHtmlEscaped() : QString()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_ui->splitter->saveState());
    m_ranges->save(settings, kGroup);
    if (!m_wanted.isEmpty())
        settings.setValue(settingsKey("selection"), m_wanted.toVariant());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (const QByteArray g = settings.value(settingsKey("geometry")).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = settings.value(settingsKey("state")).toByteArray(); !s.isEmpty())
        restoreState(s);
    if (const QByteArray s = settings.value(settingsKey("splitter")).toByteArray(); !s.isEmpty())
        m_ui->splitter->restoreState(s);
    m_ranges->restore(settings, kGroup);
    const ChartSelection wanted = ChartSelection::fromVariant(settings.value(settingsKey("selection")));
    if (!wanted.isEmpty())
        select(wanted);
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized())
        hide();
    else
        showAndRaise();
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::showQuota(const QString &quotaId)
{
    showAndRaise();
    m_quotaDock->show();
    m_quotaDock->raise();
    m_quotaPanel->showQuota(quotaId);
}

void MainWindow::quit()
{
    m_quitting = true;
    saveSettings();
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_closeToTray && !m_quitting) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_tableDock->setWindowTitle(tr("Traffic Table"));
        if (auto *outboxDock = findChild<QDockWidget *>(QStringLiteral("alertOutboxDock")))
            outboxDock->setWindowTitle(tr("Alert Outbox"));
        m_quotaDock->setWindowTitle(tr("Quotas"));
        m_sources->retranslate();
        updateTitle();
        updateSummary();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Bandwatch
