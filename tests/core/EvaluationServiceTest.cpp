#include "evaluations/EvaluationService.h"
#include "scoring/ScorecardParser.h"
#include "storage/AuditLog.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Workspace
{
    explicit Workspace(Backend backend)
        : t(backend)
    {
        const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
        card = ScorecardParser::fromJson(
                   vectors.value(u"cases"_s).toArray().at(0).toObject().value(u"scorecard"_s).toObject())
                   .value();
        REQUIRE(ScorecardStore(t.db()).save(card).has_value());
        PeopleStore people(t.db());
        trainer = people.ensurePerson(u"trainer@example.ru"_s, u"Ольга"_s).value();
        REQUIRE(people.addRole(trainer, Role::Trainer).has_value());
        otherTrainer = people.ensurePerson(u"second@example.ru"_s, u"Виктор"_s).value();
        REQUIRE(people.addRole(otherTrainer, Role::Trainer).has_value());
        admin = people.ensurePerson(u"admin@example.ru"_s, u"Админ"_s).value();
        REQUIRE(people.addRole(admin, Role::Admin).has_value());
        Ticket ticket;
        ticket.sourceName = u"zd"_s;
        ticket.externalId = u"100"_s;
        ticket.subject = u"Почта"_s;
        ticket.assigneeEmail = u"anna@example.ru"_s;
        ticketId = TicketStore(t.db()).save(ticket).value();
        engineer = people.ensurePerson(u"anna@example.ru"_s).value();
    }

    static DraftState allYes(const Scorecard &card)
    {
        DraftState state;
        for (const QString &id : card.criterionIds())
            state.answers.insert(id, {AnswerValue::Yes, {}});
        return state;
    }

    TestDatabase t;
    Scorecard card;
    qint64 trainer = 0;
    qint64 otherTrainer = 0;
    qint64 admin = 0;
    qint64 engineer = 0;
    qint64 ticketId = 0;
};

} // namespace

TEST_CASE("a trainer's draft is saved with revisions and restored exactly", "[evaluation][draft]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    EvaluationService service(w.t.db());
    const EvaluationDraft draft = service.openDraft(w.ticketId, w.trainer, w.card.id).value();
    CHECK(draft.revision == 1);
    CHECK(draft.scorecard.contentHash == w.card.contentVersion());
    CHECK(draft.state.focusedCriterion == u"understood"_s); // the first question has the focus
    // Opening again gives the same draft, not a second one.
    CHECK(service.openDraft(w.ticketId, w.trainer, w.card.id).value().evaluationId == draft.evaluationId);

    DraftState state;
    state.answers.insert(u"understood"_s, {AnswerValue::No, u"Не понял вопрос"_s});
    state.answers.insert(u"workaround"_s, {std::nullopt, u"комментарий без ответа"_s});
    state.comment = u"Общий комментарий"_s;
    state.focusedCriterion = u"workaround"_s;
    const int revision = service.saveDraft(draft.evaluationId, state, draft.revision, w.trainer).value();
    CHECK(revision == 2);

    // Another window holding the old revision cannot overwrite it silently.
    const Result<int> stale = service.saveDraft(draft.evaluationId, DraftState(), draft.revision, w.trainer);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == Error::Code::Conflict);

    // As after a restart: a new connection reads back exactly what was saved.
    auto again = w.t.reopen();
    const EvaluationDraft restored = EvaluationService(*again).openDraft(w.ticketId, w.trainer, w.card.id).value();
    CHECK(restored.revision == 2);
    CHECK(restored.state == state);

    // Only the trainer who started it can change it.
    const Result<int> foreign = service.saveDraft(draft.evaluationId, state, revision, w.otherTrainer);
    REQUIRE_FALSE(foreign.has_value());
    CHECK(foreign.error().code == Error::Code::Permission);
}

TEST_CASE("only trainers evaluate, and never a ticket of their own", "[evaluation][roles]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    EvaluationService service(w.t.db());
    const auto byEngineer = service.openDraft(w.ticketId, w.engineer, w.card.id);
    REQUIRE_FALSE(byEngineer.has_value());
    CHECK(byEngineer.error().code == Error::Code::Permission);

    PeopleStore(w.t.db()).addRole(w.engineer, Role::Trainer).value();
    const auto ownTicket = service.openDraft(w.ticketId, w.engineer, w.card.id);
    REQUIRE_FALSE(ownTicket.has_value());
    CHECK(ownTicket.error().code == Error::Code::Permission);
    CHECK(ownTicket.error().message.contains(u"100"_s));

    CHECK_FALSE(service.openDraft(w.ticketId, w.trainer, u"no-such-card"_s).has_value());
}

TEST_CASE("submit needs a complete evaluation, then locks it", "[evaluation][submit]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    EvaluationService service(w.t.db());
    const EvaluationDraft draft = service.openDraft(w.ticketId, w.trainer, w.card.id).value();

    DraftState state = Workspace::allYes(w.card);
    state.answers[u"workaround"_s] = {AnswerValue::Partly, u"  "_s}; // a blank comment does not count
    const int revision = service.saveDraft(draft.evaluationId, state, draft.revision, w.trainer).value();
    const Result<ScoreResult> refused = service.submit(draft.evaluationId, state, revision, w.trainer);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().message.contains(u"workaround"_s));
    CHECK(EvaluationStore(w.t.db()).get(draft.evaluationId).value()->status == EvaluationStatus::Draft);

    state.answers[u"workaround"_s].comment = u"Обход без шагов"_s;
    const int complete = service.saveDraft(draft.evaluationId, state, revision, w.trainer).value();
    const ScoreResult result = service.submit(draft.evaluationId, state, complete, w.trainer).value();
    REQUIRE(result.score.has_value());
    CHECK(*result.score == Approx(91.00000000000001).margin(1e-9));

    const Evaluation stored = *EvaluationStore(w.t.db()).get(draft.evaluationId).value();
    CHECK(stored.status == EvaluationStatus::Submitted);
    CHECK(stored.submittedAt.isValid());
    CHECK(stored.score == result.score);
    CHECK(stored.answers == state.answerMap());
    CHECK(stored.engineerEmail == u"anna@example.ru"_s);

    // Locked: neither a save nor a second submit changes it.
    const Result<int> locked = service.saveDraft(draft.evaluationId, DraftState(), complete + 1, w.trainer);
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().code == Error::Code::Conflict);
    CHECK(locked.error().message.contains(u"locked"_s));
    // One normal evaluation per ticket; a calibration is still possible.
    const auto second = service.openDraft(w.ticketId, w.otherTrainer, w.card.id);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK(service.openDraft(w.ticketId, w.otherTrainer, w.card.id, EvaluationKind::Calibration).has_value());

    QStringList actions;
    const QList<AuditEntry> log = AuditLog(w.t.db()).list(u"evaluation"_s, QString::number(draft.evaluationId)).value();
    for (const AuditEntry &e : log)
        actions.append(e.action);
    CHECK(actions == QStringList{u"evaluation.start"_s, u"evaluation.submit"_s});
}

TEST_CASE("a submit from a stale window is refused", "[evaluation][submit]")
{
    Workspace w(Backend::Sqlite);
    EvaluationService service(w.t.db());
    const EvaluationDraft draft = service.openDraft(w.ticketId, w.trainer, w.card.id).value();
    const DraftState state = Workspace::allYes(w.card);
    REQUIRE(service.saveDraft(draft.evaluationId, state, draft.revision, w.trainer).has_value());
    const Result<ScoreResult> stale = service.submit(draft.evaluationId, state, draft.revision, w.trainer);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(EvaluationStore(w.t.db()).get(draft.evaluationId).value()->status == EvaluationStatus::Draft);
}

TEST_CASE("only an admin reopens a submitted evaluation, with a reason in the audit log", "[evaluation][reopen]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    EvaluationService service(w.t.db());
    const EvaluationDraft draft = service.openDraft(w.ticketId, w.trainer, w.card.id).value();
    const DraftState state = Workspace::allYes(w.card);
    REQUIRE(service.submit(draft.evaluationId, state, draft.revision, w.trainer).has_value());

    CHECK(service.reopen(draft.evaluationId, w.trainer, u"typo"_s).error().code == Error::Code::Permission);
    CHECK(service.reopen(draft.evaluationId, w.admin, u"  "_s).error().code == Error::Code::InvalidInput);
    REQUIRE(service.reopen(draft.evaluationId, w.admin, u"Ответ на вопрос 2 перепутан"_s).has_value());
    const EvaluationDraft reopened = service.loadDraft(draft.evaluationId).value();
    CHECK(reopened.state.answerMap() == state.answerMap());
    const QList<AuditEntry> log = AuditLog(w.t.db()).list(u"evaluation"_s, QString::number(draft.evaluationId)).value();
    REQUIRE(log.size() == 3);
    CHECK(log.last().action == u"evaluation.reopen"_s);
    CHECK(log.last().reason == u"Ответ на вопрос 2 перепутан"_s);
    CHECK(log.last().before.value(u"status"_s).toString() == u"submitted"_s);
    // The trainer can correct and submit again.
    DraftState corrected = reopened.state;
    corrected.answers[u"polite"_s] = {AnswerValue::No, u"Резко"_s};
    const int revision = service.saveDraft(draft.evaluationId, corrected, reopened.revision, w.trainer).value();
    CHECK(service.submit(draft.evaluationId, corrected, revision, w.trainer).value().score < 100.0);
}

TEST_CASE("switching the scorecard of a draft keeps the answers both cards share", "[evaluation][draft]")
{
    Workspace w(Backend::Sqlite);
    Scorecard other = w.card;
    other.id = u"other"_s;
    other.title = u"Другой"_s;
    other.sections[0].criteria.removeFirst(); // no "understood"
    REQUIRE(ScorecardStore(w.t.db()).save(other).has_value());
    EvaluationService service(w.t.db());
    const EvaluationDraft draft = service.openDraft(w.ticketId, w.trainer, w.card.id).value();
    const int revision = service.saveDraft(draft.evaluationId, Workspace::allYes(w.card), draft.revision, w.trainer).value();
    const EvaluationDraft switched = service.switchScorecard(draft.evaluationId, u"other"_s, revision, w.trainer).value();
    CHECK(switched.scorecard.card.id == u"other"_s);
    CHECK_FALSE(switched.state.answers.contains(u"understood"_s));
    CHECK(switched.state.answers.size() == w.card.criterionCount() - 1);
}
