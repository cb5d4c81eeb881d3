#include "FileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace qadesk {

Result<QByteArray> FileReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(Error::invalid(QCoreApplication::translate("FileReader", "%1: no such file").arg(path)));
    if (info.isDir())
        return std::unexpected(Error::invalid(QCoreApplication::translate("FileReader", "%1: is a folder, not a file").arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(
            QCoreApplication::translate("FileReader", "%1: cannot read: %2").arg(path, file.errorString())));
    return file.readAll();
}

} // namespace qadesk
