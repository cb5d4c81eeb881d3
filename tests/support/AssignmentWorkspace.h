#pragma once

// A workspace for assignment and role tests: an admin, two trainers, two teams of engineers
// and tickets solved in chosen weeks, built through the real stores.

#include "assignments/IsoWeek.h"
#include "scoring/ScorecardParser.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

namespace qadesk::test {

class AssignmentWorkspace final
{
public:
    explicit AssignmentWorkspace(Backend backend)
        : t(backend)
    {
        using namespace Qt::StringLiterals;
        const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
        card = ScorecardParser::fromJson(
                   vectors.value(u"cases"_s).toArray().at(0).toObject().value(u"scorecard"_s).toObject())
                   .value();
        REQUIRE(ScorecardStore(t.db()).save(card).has_value());
        cardVersionId = ScorecardStore(t.db()).current(card.id).value().versionId;
        PeopleStore people(t.db());
        REQUIRE(people.ensureTeam(u"l1"_s, u"First line"_s).has_value());
        REQUIRE(people.ensureTeam(u"l2"_s, u"Second line"_s).has_value());
        admin = person(u"admin@example.ru"_s, u"Админ"_s, {Role::Admin});
        trainer = person(u"trainer@example.ru"_s, u"Ольга"_s, {Role::Trainer, Role::Engineer}, u"l1"_s);
        secondTrainer = person(u"second@example.ru"_s, u"Виктор"_s, {Role::Trainer});
    }

    qint64 person(const QString &email, const QString &name, const QList<Role> &roles, const QString &team = {})
    {
        PeopleStore people(t.db());
        const qint64 id = people.ensurePerson(email, name).value();
        for (Role role : roles)
            REQUIRE(people.addRole(id, role).has_value());
        if (!team.isEmpty())
            REQUIRE(people.addToTeam(team, id).has_value());
        return id;
    }

    // `count` engineers in `team` named <team>-eNN@example.ru.
    QStringList engineers(const QString &team, int count)
    {
        QStringList emails;
        for (int i = 0; i < count; ++i) {
            const QString email = QStringLiteral("%1-e%2@example.ru").arg(team).arg(i, 2, 10, QLatin1Char('0'));
            person(email, email, {Role::Engineer}, team);
            emails.append(email);
        }
        return emails;
    }

    qint64 ticket(const QString &externalId, const QString &engineer, const QString &team, const QDateTime &solvedAt,
                  const QStringList &tags = {}, const QString &channel = QStringLiteral("email"))
    {
        Ticket ticket;
        ticket.sourceName = QStringLiteral("zd");
        ticket.externalId = externalId;
        ticket.subject = QStringLiteral("Ticket ") + externalId;
        ticket.status = QStringLiteral("solved");
        ticket.assigneeEmail = engineer;
        ticket.assigneeName = engineer;
        ticket.team = team;
        ticket.tags = tags;
        ticket.channel = channel;
        ticket.createdAt = solvedAt.addSecs(-3600);
        ticket.solvedAt = solvedAt;
        return TicketStore(t.db()).save(ticket).value();
    }

    // `perEngineer` tickets for each engineer, solved during `week` (ids "<prefix>-<n>").
    QList<qint64> ticketsSolvedIn(const IsoWeek &week, const QStringList &engineers, const QString &team,
                                  int perEngineer, const QString &prefix)
    {
        QList<qint64> ids;
        int n = 0;
        for (const QString &engineer : engineers) {
            for (int i = 0; i < perEngineer; ++i, ++n) {
                const QDateTime solved(week.monday().addDays(n % 7), QTime(8 + n % 10, 15), Qt::UTC);
                ids.append(ticket(QStringLiteral("%1-%2").arg(prefix).arg(n), engineer, team, solved));
            }
        }
        return ids;
    }

    void evaluate(qint64 ticketId, qint64 trainerId, qint64 engineerId,
                  EvaluationKind kind = EvaluationKind::Normal,
                  EvaluationStatus status = EvaluationStatus::Submitted)
    {
        EvaluationRecord record;
        record.ticketId = ticketId;
        record.trainerId = trainerId;
        record.engineerId = engineerId;
        record.scorecardVersionId = cardVersionId;
        record.kind = kind;
        record.status = status;
        record.submittedAt = QDateTime::currentDateTimeUtc();
        record.score = 100;
        REQUIRE(EvaluationStore(t.db()).insert(record).has_value());
    }

    qint64 idOf(const QString &email)
    {
        return PeopleStore(t.db()).findByEmail(email).value().value().id;
    }

    TestDatabase t;
    Scorecard card;
    qint64 cardVersionId = 0;
    qint64 admin = 0;
    qint64 trainer = 0;
    qint64 secondTrainer = 0;
};

} // namespace qadesk::test
