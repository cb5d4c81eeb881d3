#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace qadesk {

// Maps a Zendesk-shaped JSON export to the common ticket model. Pure: no I/O, no database.
//
// The export is {"tickets": [...], "users": [...], "groups": [...], "metric_sets": [...]} with
// the Support API's field names; each ticket carries its "comments" as returned by
// /api/v2/tickets/{id}/comments.json. Users side-load authors (end-user -> customer, agent or
// admin -> engineer); the group's name is the team; metric_sets give solved_at.
class ZendeskExportParser final
{
    Q_DECLARE_TR_FUNCTIONS(ZendeskExportParser)

public:
    struct Options
    {
        QString sourceName;
        QString baseUrl;   // https://example.zendesk.com, for the links back to the helpdesk
    };

    static Result<QList<Ticket>> parse(const QByteArray &json, const Options &options);
    static Result<QList<Ticket>> fromJson(const QJsonObject &document, const Options &options);
};

} // namespace qadesk
