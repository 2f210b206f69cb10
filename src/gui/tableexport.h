#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QMimeData;

namespace Bandwatch {

// Turns rows of a table model into text for spreadsheets: a header row, then
// the values of `role` (unformatted numbers, ISO dates) so that Excel and
// LibreOffice Calc make numeric cells of them.
class TableExport
{
public:
    // `rows` in the order wanted; empty: every row of the model.
    static QString toTsv(const QAbstractItemModel &model, const QList<int> &rows, int role);
    static QString toHtml(const QAbstractItemModel &model, const QList<int> &rows, int role);
    static QString toCsv(const QAbstractItemModel &model, const QList<int> &rows, int role);
    // text/plain (TSV) and text/html together, for the clipboard.
    static QMimeData *toMimeData(const QAbstractItemModel &model, const QList<int> &rows, int role);

private:
    static QList<QStringList> cells(const QAbstractItemModel &model, const QList<int> &rows, int role);
};

} // namespace Bandwatch
