#pragma once

#include "evaluations/EvaluationService.h"
#include "mail/MailSettings.h"
#include "scoring/ScorecardParser.h"
#include "storage/MailOutboxStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

namespace qadesk::test {

// A workspace with a scorecard, a trainer, an admin, a Russian and an English engineer and
// tickets for them, and mail settings pointing at `smtpPort` on 127.0.0.1.
struct MailWorkspace
{
    explicit MailWorkspace(Database &database)
        : db(database)
    {
        using namespace Qt::StringLiterals;
        const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
        card = ScorecardParser::fromJson(
                   vectors.value(u"cases"_s).toArray().at(0).toObject().value(u"scorecard"_s).toObject())
                   .value();
        REQUIRE(ScorecardStore(db).save(card).has_value());
        PeopleStore people(db);
        trainer = people.ensurePerson(u"trainer@example.ru"_s, u"Ольга Белова"_s).value();
        REQUIRE(people.addRole(trainer, Role::Trainer).has_value());
        admin = people.ensurePerson(u"admin@example.ru"_s, u"Елена Кузнецова"_s).value();
        REQUIRE(people.addRole(admin, Role::Admin).has_value());
        engineer = people.ensurePerson(u"anna@example.ru"_s, u"Анна Смирнова"_s, u"ru"_s).value();
        REQUIRE(people.addRole(engineer, Role::Engineer).has_value());
        REQUIRE(people.ensureTeam(u"l1"_s, u"First line"_s).has_value());
        REQUIRE(people.addToTeam(u"l1"_s, engineer).has_value());
        english = people.ensurePerson(u"john@example.com"_s, u"John Smith"_s, u"en"_s).value();
        REQUIRE(people.addRole(english, Role::Engineer).has_value());
        REQUIRE(people.addToTeam(u"l1"_s, english).has_value());
        lead = people.ensurePerson(u"lead@example.ru"_s, u"Алексей Соловьёв"_s, u"ru"_s).value();
        REQUIRE(people.addRole(lead, Role::TeamLead).has_value());
        REQUIRE(people.addToTeam(u"l1"_s, lead).has_value());
        MailSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = 2525;
        settings.security = MailSettings::Security::None;
        settings.sender = u"qa@example.ru"_s;
        settings.scoresUrl = u"https://qa.example.ru/my-scores"_s;
        REQUIRE(MailOutboxStore(db).saveSettings(settings.toMap()).has_value());
    }

    qint64 ticket(const QString &externalId, const QString &subject, const QString &assignee)
    {
        Ticket t;
        t.sourceName = QStringLiteral("zd");
        t.externalId = externalId;
        t.subject = subject;
        t.assigneeEmail = assignee;
        t.url = QStringLiteral("https://help.example.ru/agent/tickets/") + externalId;
        return TicketStore(db).save(t).value();
    }

    // Submits an evaluation: `understood` answered `first` (with a comment unless Yes), the
    // rest Yes, `workaround` Partly with a comment.
    qint64 submit(qint64 ticketId, AnswerValue first = AnswerValue::Yes, const QString &comment = {})
    {
        using namespace Qt::StringLiterals;
        EvaluationService service(db);
        const EvaluationDraft draft = service.openDraft(ticketId, trainer, card.id).value();
        DraftState state;
        for (const QString &id : card.criterionIds())
            state.answers.insert(id, {AnswerValue::Yes, {}});
        state.answers[u"understood"_s] = {first, first == AnswerValue::Yes ? QString() : u"Не понял вопрос <b>клиента</b>"_s};
        state.answers[u"workaround"_s] = {AnswerValue::Partly, u"Обходное решение дано не полностью"_s};
        state.comment = comment;
        const Result<ScoreResult> result = service.submit(draft.evaluationId, state, draft.revision, trainer);
        REQUIRE(result.has_value());
        return draft.evaluationId;
    }

    Database &db;
    Scorecard card;
    qint64 trainer = 0;
    qint64 admin = 0;
    qint64 engineer = 0;
    qint64 english = 0;
    qint64 lead = 0;
};

} // namespace qadesk::test
