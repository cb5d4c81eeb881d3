#include "TextTable.h"

namespace qadesk::cli {

namespace {
constexpr qsizetype maxColumnWidth = 60;

QString fitted(const QString &text)
{
    QString oneLine = text.simplified();
    if (oneLine.size() > maxColumnWidth)
        oneLine = oneLine.left(maxColumnWidth - 1) + QChar(0x2026);
    return oneLine;
}
} // namespace

void TextTable::print(QTextStream &out, const QString &emptyText) const
{
    if (m_rows.isEmpty()) {
        out << emptyText << Qt::endl;
        return;
    }
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], fitted(row.at(i)).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? fitted(cells.at(i)) : QString();
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << line << Qt::endl;
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace qadesk::cli
