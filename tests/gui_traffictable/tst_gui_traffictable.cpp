// The traffic table read from a real HistoryStore in a temporary directory:
// its numbers, sorting, Copy (both clipboard formats, exactly), Export CSV
// and the LibreOffice round trip of the clipboard HTML.
#include "gui/chartselection.h"
#include "gui/tableexport.h"
#include "gui/traffictablemodel.h"
#include "gui/traffictableproxy.h"
#include "gui/traffictableview.h"
#include "storage/historystore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace Bandwatch;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
// Three days ago, UTC midnight: recent enough that retention keeps the
// 5-minute rollups the 95th percentile is computed from.
const QDate kDate1 = QDateTime::currentDateTimeUtc().date().addDays(-3);
const QString kIso1 = kDate1.toString(Qt::ISODate);
const QString kIso2 = kDate1.addDays(1).toString(Qt::ISODate);
const qint64 kDay1 = QDateTime(kDate1, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

Sample sample(const QString &series, Direction d, qint64 startMs, double bps)
{
    Sample s;
    s.key.source = QStringLiteral("lab");
    s.key.series = series;
    s.key.direction = d;
    s.startMs = startMs;
    s.endMs = startMs + kMinute;
    s.bps = bps;
    s.bytes = quint64(std::llround(bps * double(kMinute) / 8000.0));
    return s;
}

// eth0: day 1 in 8 kbit/s with one minute at 800 kbit/s, out 16 kbit/s;
//       day 2 in 4 kbit/s, out 16 kbit/s.
// eth1: day 1 only, in 80 kbit/s, out 8 kbit/s.
SampleList testSamples()
{
    SampleList out;
    for (int m = 0; m < 2 * 1440; ++m) {
        const qint64 t = kDay1 + m * kMinute;
        const bool day1 = m < 1440;
        out << sample(QStringLiteral("eth0"), Direction::In, t, m == 600 ? 800000.0 : day1 ? 8000.0 : 4000.0);
        out << sample(QStringLiteral("eth0"), Direction::Out, t, 16000.0);
        if (day1) {
            out << sample(QStringLiteral("eth1"), Direction::In, t, 80000.0);
            out << sample(QStringLiteral("eth1"), Direction::Out, t, 8000.0);
        }
    }
    return out;
}

const QString kHeader = QStringLiteral(
    "Period\tSeries\tIn (bytes)\tOut (bytes)\tTotal (bytes)\tPeak (bit/s)\t95th percentile (bit/s)\n");
const QStringList kDayRows = {
    kIso1 + QStringLiteral("\tlab/eth0\t92340000\t172800000\t265140000\t800000\t16000"),
    kIso1 + QStringLiteral("\tlab/eth1\t864000000\t86400000\t950400000\t80000\t80000"),
    kIso2 + QStringLiteral("\tlab/eth0\t43200000\t172800000\t216000000\t16000\t16000"),
    QStringLiteral("Total\t\t999540000\t432000000\t1431540000\t800000\t88000"),
};

QString htmlOf(const QStringList &tsvLines)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>\n");
    for (int i = 0; i < tsvLines.size(); ++i) {
        const QString tag = i == 0 ? QStringLiteral("th") : QStringLiteral("td");
        html += QStringLiteral("<tr>");
        for (const QString &cell : tsvLines.at(i).split(u'\t'))
            html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table></body></html>\n");
}

} // namespace

class TestGuiTrafficTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dayRows_data();
    void dayRows();
    void hourRowsOfOneSeries();
    void sortKeepsTotalsLast_data();
    void sortKeepsTotalsLast();
    void copyPutsTsvAndHtml();
    void ctrlCCopiesSelectedRows();
    void exportCsv();
    void libreOfficeReadsClipboardHtml();

private:
    void setUpView(TrafficTableView &view) const;

    QTemporaryDir m_dir;
    HistoryStore m_store;
};

void TestGuiTrafficTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("history.db")), &error), qPrintable(error));
    m_store.append(testSamples());
    QVERIFY2(m_store.flush(&error), qPrintable(error));
}

void TestGuiTrafficTable::setUpView(TrafficTableView &view) const
{
    view.setTimeZone(QTimeZone::utc());
    view.setInterval(kDay1, kDay1 + 2 * kDay);
    view.setPeriod(HistoryTotals::Period::Day);
    view.setStore(&m_store);
}

void TestGuiTrafficTable::dayRows_data()
{
    QTest::addColumn<int>("row");
    for (int r = 0; r < kDayRows.size(); ++r)
        QTest::addRow("%s", qPrintable(kDayRows.at(r).section(u'\t', 0, 1))) << r;
}

void TestGuiTrafficTable::dayRows()
{
    QFETCH(int, row);
    TrafficTableModel model;
    model.load(m_store, ChartSelection(), kDay1, kDay1 + 2 * kDay, HistoryTotals::Period::Day,
               QTimeZone::utc());
    QCOMPARE(model.rowCount(), kDayRows.size());
    QCOMPARE(model.index(row, 0).data(TrafficTableModel::TotalsRowRole).toBool(), row == kDayRows.size() - 1);
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data(TrafficTableModel::RawRole).toString();
    QCOMPARE(cells.join(u'\t'), kDayRows.at(row));
    // People see units; the numbers stay in RawRole.
    QCOMPARE(model.index(row, TrafficTableModel::InColumn).data().toString().right(2), QStringLiteral("MB"));
}

void TestGuiTrafficTable::hourRowsOfOneSeries()
{
    TrafficTableModel model;
    ChartSelection eth1 = ChartSelection::wholeSource(QStringLiteral("lab"));
    eth1.series = QStringLiteral("eth1");
    model.load(m_store, eth1, kDay1, kDay1 + 2 * kDay, HistoryTotals::Period::Hour, QTimeZone::utc());
    QCOMPARE(model.rowCount(), 24 + 1); // eth1 has no traffic on day 2: no empty rows
    for (int r = 0; r < 24; ++r) {
        QCOMPARE(model.index(r, TrafficTableModel::PeriodColumn).data(TrafficTableModel::RawRole).toString(),
                 kIso1 + QStringLiteral(" %1:00").arg(r, 2, 10, QLatin1Char('0')));
        QCOMPARE(model.index(r, TrafficTableModel::InColumn).data(TrafficTableModel::RawRole).toLongLong(),
                 36'000'000);
        QCOMPARE(model.index(r, TrafficTableModel::P95Column).data(TrafficTableModel::RawRole).toLongLong(),
                 80000);
    }
    QCOMPARE(model.index(24, TrafficTableModel::TotalColumn).data(TrafficTableModel::RawRole).toLongLong(),
             950'400'000);
}

void TestGuiTrafficTable::sortKeepsTotalsLast_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("firstSeries");
    QTest::newRow("total descending")
        << int(TrafficTableModel::TotalColumn) << Qt::DescendingOrder << "lab/eth1";
    QTest::newRow("total ascending") << int(TrafficTableModel::TotalColumn) << Qt::AscendingOrder
                                     << "lab/eth0";
    QTest::newRow("peak descending") << int(TrafficTableModel::PeakColumn) << Qt::DescendingOrder
                                     << "lab/eth0";
    QTest::newRow("series descending")
        << int(TrafficTableModel::SeriesColumn) << Qt::DescendingOrder << "lab/eth1";
}

void TestGuiTrafficTable::sortKeepsTotalsLast()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, firstSeries);
    TrafficTableView view;
    setUpView(view);
    view.tableView()->sortByColumn(column, order);
    const TrafficTableProxy *proxy = view.proxy();
    QCOMPARE(proxy->rowCount(), 4);
    QCOMPARE(proxy->index(0, TrafficTableModel::SeriesColumn).data().toString(), firstSeries);
    QVERIFY(proxy->index(3, 0).data(TrafficTableModel::TotalsRowRole).toBool());
    if (column == TrafficTableModel::TotalColumn) {
        QList<qint64> totals;
        for (int r = 0; r < 3; ++r)
            totals << proxy->index(r, column).data(TrafficTableModel::RawRole).toLongLong();
        QVERIFY(order == Qt::AscendingOrder ? std::is_sorted(totals.begin(), totals.end())
                                            : std::is_sorted(totals.rbegin(), totals.rend()));
    }
}

void TestGuiTrafficTable::copyPutsTsvAndHtml()
{
    TrafficTableView view;
    setUpView(view);
    QApplication::clipboard()->clear();
    view.copyAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QCOMPARE(mime->text(), kHeader + kDayRows.join(u'\n') + u'\n');
    QStringList lines { kHeader.chopped(1) };
    lines << kDayRows;
    QCOMPARE(mime->html(), htmlOf(lines));
}

void TestGuiTrafficTable::ctrlCCopiesSelectedRows()
{
    TrafficTableView view;
    setUpView(view);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.tableView()->sortByColumn(TrafficTableModel::TotalColumn, Qt::DescendingOrder);
    view.tableView()->selectRow(0);
    view.tableView()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(view.tableView(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), kHeader + kDayRows.at(1) + u'\n');
    QCOMPARE(mime->html(), htmlOf({ kHeader.chopped(1), kDayRows.at(1) }));
}

void TestGuiTrafficTable::exportCsv()
{
    TrafficTableView view;
    setUpView(view);
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString expected = kHeader;
    expected += kDayRows.join(u'\n') + u'\n';
    expected.replace(u'\t', u',').replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QCOMPARE(QString::fromUtf8(f.readAll()), expected);
}

void TestGuiTrafficTable::libreOfficeReadsClipboardHtml()
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        QSKIP("LibreOffice is not installed: the clipboard HTML round trip through Calc is not checked");

    TrafficTableView view;
    setUpView(view);
    view.copyAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasHtml());
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QFile html(work.filePath(QStringLiteral("table.html")));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write(mime->html().toUtf8());
    html.close();

    QProcess p;
    p.setWorkingDirectory(work.path());
    // A private profile: no first-start dialogs, no clash with a running office.
    p.start(office,
            { QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("profile")),
              QStringLiteral("--headless"), QStringLiteral("--infilter=HTML (StarCalc)"),
              QStringLiteral("--convert-to"), QStringLiteral("csv"), QStringLiteral("--outdir"), work.path(),
              html.fileName() });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QFile csv(work.filePath(QStringLiteral("table.csv")));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
    QStringList got = QString::fromUtf8(csv.readAll())
                          .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QStringList expected { kHeader.chopped(1) };
    expected << kDayRows;
    QCOMPARE(got.size(), expected.size());
    // Numeric cells come back as plain numbers (not quoted text), the same as
    // the table's. The period column is left out: Calc writes dates in the
    // locale's format.
    for (int r = 0; r < expected.size(); ++r) {
        const QStringList want = expected.at(r).split(u'\t');
        const QStringList cells = got.at(r).split(u',');
        QCOMPARE(cells.size(), want.size());
        QCOMPARE(cells.mid(1), want.mid(1));
    }
}

QTEST_MAIN(TestGuiTrafficTable)
#include "tst_gui_traffictable.moc"
