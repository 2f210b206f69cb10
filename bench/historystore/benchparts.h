#pragma once

// Parts of bench_historystore that live in their own files (main.cpp has the
// ingest, live and one-year chart parts).

#include <QString>
#include <QtGlobal>
#include <vector>

namespace Bandwatch::Bench {

// write() latency while back-fill-sized sample lists are ingested.
void writeLatency(const QString &dir, int seriesCount, qint64 total, bool fullSync, int pauseMs);
// chart() of one series at several zoom levels on a many-series database.
void zoomCharts(const QString &dir, int seriesCount, bool fullSync);

double median(std::vector<double> v);
double percentile(std::vector<double> v, double fraction);

} // namespace Bandwatch::Bench
