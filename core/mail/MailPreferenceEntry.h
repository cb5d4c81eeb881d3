#pragma once

#include "storage/MailOutboxStore.h"

#include <QString>

namespace qadesk {

// One line of the mail delivery table: a team or a person, the choice that applies to them and
// where it comes from (their own row, their team's, or the default).
struct MailPreferenceEntry
{
    enum class Source { Own, Team, Default };

    QString scope;               // "team" or "person"
    qint64 scopeId = 0;
    QString name;
    QString key;                 // the team's slug or the person's email
    bool teamLead = false;       // a person who may get the weekly KPI mail
    MailPreference preference;   // what applies now
    Source source = Source::Default;
    QString fromTeam;            // the team's name when source is Team
};

} // namespace qadesk
