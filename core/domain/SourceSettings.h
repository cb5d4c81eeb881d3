#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace qadesk {

// What a source pulls and how its people and groups map onto the workspace, kept in
// sources.settings_json (next to the name of the token variable; never a secret).
struct SourceSettings
{
    Q_DECLARE_TR_FUNCTIONS(SourceSettings)

public:
    // Which tickets to pull; an empty list or a null date means "no limit".
    QStringList statuses;          // e.g. solved, closed (as the helpdesk names them)
    QDate solvedFrom;              // solved on or after this day (UTC)
    QDate solvedTo;                // solved on or before this day (UTC)
    QStringList groups;            // the helpdesk's groups
    QStringList tags;              // at least one of these tags
    // A helpdesk agent's email -> the engineer's email in the workspace. Agents of several
    // sources mapped to one email are one engineer; unmapped agents keep their own email.
    QMap<QString, QString> agentEmails;
    // A helpdesk group -> the team it is in the workspace; unmapped groups are their own team.
    QMap<QString, QString> groupTeams;

    [[nodiscard]] QJsonObject toJson() const;
    // `where` names the source in error messages.
    static Result<SourceSettings> fromJson(const QJsonObject &json, const QString &where);
    [[nodiscard]] bool hasFilter() const;
    // Why this ticket is not pulled ("status open is not one of solved, closed"); empty when it is.
    [[nodiscard]] QString skipReason(const Ticket &ticket) const;
    // Maps the ticket's group to its team and agents to engineers, in place.
    void mapPeople(Ticket &ticket) const;

    bool operator==(const SourceSettings &) const = default;
};

} // namespace qadesk
