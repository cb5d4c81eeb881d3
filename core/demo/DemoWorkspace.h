#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qadesk {

class Database;

// The embedded demo workspace: five Russian scorecards, the people of a hosting company's
// support, ~150 tickets in the Zendesk export shape and ~100 evaluations over the last three
// months. It is read by the same import code real data goes through; its times are moved so
// that the newest event lies just before `now`.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    struct Report
    {
        bool alreadySeeded = false;
        int scorecards = 0;
        int people = 0;
        int tickets = 0;
        int evaluations = 0;
    };

    static QString sourceName();              // "demo"
    static Result<Report> seed(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Whether the workspace already holds the demo data.
    static Result<bool> isSeeded(Database &db);
};

} // namespace qadesk
