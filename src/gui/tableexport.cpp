#include "gui/tableexport.h"

#include <QAbstractItemModel>
#include <QMimeData>

namespace Bandwatch {

QList<QStringList> TableExport::cells(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    QList<QStringList> out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out << header;
    QList<int> order = rows;
    if (order.isEmpty()) {
        for (int r = 0; r < model.rowCount(); ++r)
            order << r;
    }
    for (const int r : std::as_const(order)) {
        QStringList line;
        for (int c = 0; c < model.columnCount(); ++c)
            line << model.index(r, c).data(role).toString();
        out << line;
    }
    return out;
}

QString TableExport::toTsv(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    QString text;
    for (QStringList line : cells(model, rows, role)) {
        // A tab or line break inside a cell would split it.
        for (QString &cell : line)
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
        text += line.join(u'\t') + u'\n';
    }
    return text;
}

QString TableExport::toHtml(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    const QList<QStringList> all = cells(model, rows, role);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>\n");
    for (qsizetype r = 0; r < all.size(); ++r) {
        const QString tag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
        html += QStringLiteral("<tr>");
        for (const QString &cell : all.at(r))
            html += u'<' + tag + u'>' + cell.toHtmlEscaped() + QStringLiteral("</") + tag + u'>';
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table></body></html>\n");
    return html;
}

QString TableExport::toCsv(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    QString text;
    for (QStringList line : cells(model, rows, role)) {
        for (QString &cell : line) {
            if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')) {
                cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                cell = u'"' + cell + u'"';
            }
        }
        // RFC 4180 line ends.
        text += line.join(u',') + QStringLiteral("\r\n");
    }
    return text;
}

QMimeData *TableExport::toMimeData(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    auto *mime = new QMimeData;
    mime->setText(toTsv(model, rows, role));
    mime->setHtml(toHtml(model, rows, role));
    return mime;
}

} // namespace Bandwatch
