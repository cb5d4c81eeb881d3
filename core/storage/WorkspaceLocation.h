#pragma once

#include <QString>

namespace qadesk {

// Which database a run of QA Desk opens: --db, else $QADESK_DB, else the demo workspace file in
// the user's data folder.
class WorkspaceLocation final
{
public:
    static QString demoDatabasePath();
    static QString defaultUrl();
    static QString resolve(const QString &commandLineUrl);
    static bool isDefaultDemo(const QString &url);
};

} // namespace qadesk
