#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace qadesk {

// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes
// doubled; UTF-8, with a byte order mark on request (Excel needs it to read UTF-8).
class CsvWriter final
{
public:
    static QByteArray write(const QList<QStringList> &rows, bool byteOrderMark = false);
    static QString field(const QString &value);
};

} // namespace qadesk
