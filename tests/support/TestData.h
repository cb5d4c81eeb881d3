#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace qadesk::test {

// Path of a fixture under tests/data.
inline QString dataPath(const QString &name)
{
    return QStringLiteral(QADESK_TEST_DATA_DIR "/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace qadesk::test
