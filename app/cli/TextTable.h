#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace qadesk::cli {

// A plain aligned table for terminal output.
class TextTable final
{
public:
    explicit TextTable(QStringList headers)
        : m_headers(std::move(headers))
    {
    }

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    void print(QTextStream &out, const QString &emptyText) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace qadesk::cli
