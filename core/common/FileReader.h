#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace qadesk {

// Reads a whole file the user named. A file that is not there is bad input (the user can fix
// the name); one that exists but cannot be read is an I/O error.
class FileReader final
{
public:
    static Result<QByteArray> read(const QString &path);
};

} // namespace qadesk
