#pragma once

// A small workspace whose KPI numbers are computed by hand in the comments below; core, command
// line and widget tests all read it. October 2026, one scorecard, times at noon UTC.
//
//   engineer  team(s)                   counted October scores    KPI   multiplier
//   Анна      first-line                100, 80, 90, 70           85    0.9
//   Борис     first-line, second-line   0 (critical fail), 90     45    0      (too few)
//   Вера      second-line               95                        95    1.1    (too few)
//   Глеб      first-line                —                         —     —      (too few)
//   Анна in September: 75, 85 -> 80, so her change is +5.
//   Excluded in October: a calibration (10), an unscored and a draft evaluation of Анна's.
//   first-line pooled: (100+80+90+70+0+90)/6 = 71.666…; second-line: (0+90+95)/3 = 61.666…
//   trainers: Ольга (Анна's and Вера's) 87, Виктор (Борис's) 45; everything: 525/7 = 75.
//   disputes: open on Анна's 70, overturned on Борис's 90 (the arbitrated score), declined on Вера's.
//   answers (understood/workaround/polite) of the 7 counted:
//     understood: 6 yes, 1 no; workaround: 2 yes, 2 partly, 1 no, 2 N/A; polite: 5 yes, 2 no.
//   assignTasks() (only where called), tasks due in October and whether the trainer evaluated:
//     Ольга: Анна's 80 (due 9th, done), Анна's 70 (16th, done), a fresh ticket (23rd, not done),
//            Вера's 95 (30th, done late); plus a replaced task (16th) and one due 6 November.
//     Виктор: Борис's 90 (23rd, done), Анна's 100 (30th: Ольга evaluated it, so not done).
//     October: Ольга 4 assigned, 3 done, 1 overdue after the 23rd; Виктор 2, 1, 1 after the 30th.

#include "scoring/ScorecardParser.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace qadesk::test {

class KpiFixture final
{
public:
    explicit KpiFixture(Database &db)
        : m_db(db)
    {
        using namespace Qt::StringLiterals;
        const Scorecard card = ScorecardParser::parse(readData(u"kpi/scorecard-kpi.json"_s)).value();
        REQUIRE(ScorecardStore(db).save(card).has_value());
        versionId = ScorecardStore(db).current(card.id).value().versionId;
        PeopleStore people(db);
        REQUIRE(people.ensureTeam(u"first-line"_s, u"Первая линия"_s).has_value());
        REQUIRE(people.ensureTeam(u"second-line"_s, u"Вторая линия"_s).has_value());
        anna = person(u"anna@example.ru"_s, u"Анна Смирнова"_s, Role::Engineer, {u"first-line"_s});
        boris = person(u"boris@example.ru"_s, u"Борис Орлов"_s, Role::Engineer, {u"first-line"_s, u"second-line"_s});
        vera = person(u"vera@example.ru"_s, u"Вера Ким"_s, Role::Engineer, {u"second-line"_s});
        gleb = person(u"gleb@example.ru"_s, u"Глеб Нов"_s, Role::Engineer, {u"first-line"_s});
        olga = person(u"olga@example.ru"_s, u"Ольга Белова"_s, Role::Trainer, {});
        viktor = person(u"viktor@example.ru"_s, u"Виктор Ли"_s, Role::Trainer, {});
        admin = person(u"admin@example.ru"_s, u"Елена Кузнецова"_s, Role::Admin, {});

        const auto oct = [](int day) { return QDateTime(QDate(2026, 10, day), QTime(12, 0), QTimeZone::utc()); };
        const auto sep = [](int day) { return QDateTime(QDate(2026, 9, day), QTime(12, 0), QTimeZone::utc()); };
        // Анна's first October evaluation is of a ticket solved in September (the solved-time filter).
        annaHundred = add(anna, olga, oct(1), 100, {u"yes"_s, u"yes"_s, u"yes"_s}, sep(29));
        annaEighty = add(anna, olga, oct(5), 80, {u"yes"_s, u"partly"_s, u"yes"_s});
        add(anna, olga, oct(9), 90, {u"yes"_s, u"na"_s, u"yes"_s});
        annaSeventy = add(anna, olga, oct(14), 70, {u"yes"_s, u"no"_s, u"no"_s});
        add(boris, viktor, oct(2), 0, {u"no"_s, u"partly"_s, u"yes"_s}, {}, true);
        borisArbitrated = add(boris, viktor, oct(20), 90, {u"yes"_s, u"yes"_s, u"yes"_s});
        veraNinetyFive = add(vera, olga, oct(31), 95, {u"yes"_s, u"na"_s, u"no"_s});
        add(anna, olga, sep(10), 75, {u"yes"_s, u"yes"_s, u"yes"_s});
        add(anna, olga, sep(20), 85, {u"yes"_s, u"yes"_s, u"yes"_s});
        add(anna, olga, oct(3), 10, {u"no"_s, u"no"_s, u"no"_s}, {}, false, EvaluationKind::Calibration);
        add(anna, olga, oct(4), std::nullopt, {u"na"_s, u"na"_s, u"na"_s});
        add(anna, olga, oct(6), 5, {u"no"_s, u"no"_s, u"no"_s}, {}, false, EvaluationKind::Normal, EvaluationStatus::Draft);

        dispute(annaSeventy, anna, u"open"_s, {});
        dispute(borisArbitrated, boris, u"resolved"_s, u"overturned"_s);
        dispute(veraNinetyFive, vera, u"declined"_s, {});
    }

    qint64 person(const QString &email, const QString &name, Role role, const QStringList &teams)
    {
        PeopleStore people(m_db);
        const qint64 id = people.ensurePerson(email, name).value();
        REQUIRE(people.addRole(id, role).has_value());
        for (const QString &team : teams)
            REQUIRE(people.addToTeam(team, id).has_value());
        return id;
    }

    qint64 add(qint64 engineer, qint64 trainer, const QDateTime &submitted, std::optional<double> score,
               const QStringList &answers, QDateTime solved = {}, bool critical = false,
               EvaluationKind kind = EvaluationKind::Normal, EvaluationStatus status = EvaluationStatus::Submitted)
    {
        using namespace Qt::StringLiterals;
        Ticket ticket;
        ticket.sourceName = u"zd"_s;
        ticket.externalId = QString::number(++m_tickets + 5000);
        ticket.subject = u"Тикет №%1"_s.arg(m_tickets);
        ticket.solvedAt = solved.isValid() ? solved : submitted.addDays(-1);
        EvaluationRecord r;
        r.ticketId = TicketStore(m_db).save(ticket).value();
        const qint64 ticketId = r.ticketId;
        r.engineerId = engineer;
        r.trainerId = trainer;
        r.scorecardVersionId = versionId;
        r.status = status;
        r.kind = kind;
        r.submittedAt = status == EvaluationStatus::Submitted ? submitted : QDateTime();
        r.score = score;
        r.uncappedScore = critical ? std::optional(60.0) : score;
        r.criticalFailed = critical;
        r.complete = true;
        const QStringList ids{u"understood"_s, u"workaround"_s, u"polite"_s};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto value = answerValueFromId(answers.at(i)).value();
            r.answers.insert(ids.at(i), Answer{value, value == AnswerValue::Yes ? QString() : u"Комментарий «%1»"_s.arg(i)});
        }
        const qint64 id = EvaluationStore(m_db).insert(r).value();
        ticketOf.insert(id, ticketId);
        return id;
    }

    qint64 freshTicket()
    {
        using namespace Qt::StringLiterals;
        Ticket ticket;
        ticket.sourceName = u"zd"_s;
        ticket.externalId = QString::number(++m_tickets + 5000);
        ticket.subject = u"Тикет №%1"_s.arg(m_tickets);
        ticket.solvedAt = QDateTime(QDate(2026, 10, 12), QTime(12, 0), QTimeZone::utc());
        return TicketStore(m_db).save(ticket).value();
    }

    qint64 task(qint64 trainer, qint64 ticketId, const QDate &due)
    {
        using namespace Qt::StringLiterals;
        AssignmentTask t;
        t.week = u"2026-W%1"_s.arg(due.weekNumber());
        t.trainerId = trainer;
        t.ticketId = ticketId;
        t.dueDate = due;
        return AssignmentStore(m_db).insertTask(t).value();
    }

    // The evaluation assignments of the table above.
    void assignTasks()
    {
        task(olga, ticketOf.value(annaEighty), QDate(2026, 10, 9));
        const qint64 replaced = task(olga, freshTicket(), QDate(2026, 10, 16));
        const qint64 replacement = task(olga, ticketOf.value(annaSeventy), QDate(2026, 10, 16));
        REQUIRE(AssignmentStore(m_db).markReplaced(replaced, replacement).has_value());
        task(olga, freshTicket(), QDate(2026, 10, 23));
        task(olga, ticketOf.value(veraNinetyFive), QDate(2026, 10, 30));
        task(olga, freshTicket(), QDate(2026, 11, 6));
        task(viktor, ticketOf.value(borisArbitrated), QDate(2026, 10, 23));
        task(viktor, ticketOf.value(annaHundred), QDate(2026, 10, 30));
    }

    void dispute(qint64 evaluation, qint64 openedBy, const QString &status, const QString &outcome)
    {
        using namespace Qt::StringLiterals;
        const QString now = u"2026-10-25T10:00:00.000Z"_s;
        REQUIRE(m_db.run(u"INSERT INTO disputes (evaluation_id, opened_by, opened_at, status, outcome, updated_at) "
                         u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {evaluation, openedBy, now, status, outcome.isEmpty() ? QVariant() : QVariant(outcome), now})
                    .has_value());
    }

    // Changes an evaluation's score as an arbitration would.
    void setScore(qint64 evaluation, double score)
    {
        using namespace Qt::StringLiterals;
        REQUIRE(m_db.run(u"UPDATE evaluations SET score = ? WHERE id = ?"_s, {score, evaluation}).has_value());
    }

    qint64 versionId = 0;
    qint64 anna = 0, boris = 0, vera = 0, gleb = 0, olga = 0, viktor = 0, admin = 0;
    qint64 annaSeventy = 0, borisArbitrated = 0, veraNinetyFive = 0, annaHundred = 0, annaEighty = 0;
    QHash<qint64, qint64> ticketOf;    // evaluation -> its ticket

private:
    Database &m_db;
    int m_tickets = 0;
};

} // namespace qadesk::test
