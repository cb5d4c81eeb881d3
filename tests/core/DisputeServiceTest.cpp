// Disputes and arbitration: the state machine, the role rules, the window, the rescoring written
// into the evaluation, KPI before and after, audit entries and notifications, on both engines.
#include "disputes/DisputeOversight.h"
#include "disputes/DisputeService.h"
#include "evaluations/EvaluationService.h"
#include "kpi/KpiCalculator.h"
#include "scoring/ScorecardParser.h"
#include "scoring/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "storage/DisputeStore.h"
#include "storage/EvaluationStore.h"
#include "storage/MailOutboxStore.h"
#include "storage/NotificationStore.h"
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

// The first-line card of the scoring vectors: "understood" is critical (a No caps the score at 0),
// "first-answer" allows no N/A.
struct Workspace
{
    explicit Workspace(Backend backend)
        : t(backend)
    {
        const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
        card = ScorecardParser::fromJson(
                   vectors.value(u"cases"_s).toArray().at(0).toObject().value(u"scorecard"_s).toObject())
                   .value();
        versionId = ScorecardStore(t.db()).current(ScorecardStore(t.db()).save(card).value().slug).value().versionId;
        trainer = person(u"trainer@example.ru"_s, {Role::Trainer, Role::Arbiter}); // also arbitrates others' work
        admin = person(u"admin@example.ru"_s, {Role::Admin});
        engineer = person(u"anna@example.ru"_s, {Role::Engineer}, u"l1"_s);
        colleague = person(u"dima@example.ru"_s, {Role::Engineer}, u"l1"_s);
        lead = person(u"lead@example.ru"_s, {Role::TeamLead}, u"l1"_s);
        otherLead = person(u"lead2@example.ru"_s, {Role::TeamLead}, u"l2"_s);
        arbiter = person(u"arbiter@example.ru"_s, {Role::Arbiter});
        arbiter2 = person(u"arbiter2@example.ru"_s, {Role::Arbiter});
    }

    qint64 person(const QString &email, const QList<Role> &roles, const QString &team = {})
    {
        PeopleStore people(t.db());
        const qint64 id = people.ensurePerson(email, email.section(u'@', 0, 0)).value();
        for (Role r : roles)
            REQUIRE(people.addRole(id, r).has_value());
        if (!team.isEmpty())
            REQUIRE(people.addToTeam(team, id).has_value());
        return id;
    }

    static AnswerMap criticalNo()
    {
        AnswerMap answers;
        answers.insert(u"understood"_s, {AnswerValue::No, u"Не понял вопрос"_s});
        answers.insert(u"workaround"_s, {AnswerValue::Partly, u"Без шагов"_s});
        answers.insert(u"first-answer"_s, {AnswerValue::Yes, {}});
        answers.insert(u"polite"_s, {AnswerValue::Yes, {}});
        answers.insert(u"grammar"_s, {AnswerValue::Yes, {}});
        return answers;
    }

    // A submitted evaluation of a new ticket of the engineer, scored like a trainer's submit.
    qint64 evaluation(const QDateTime &submitted = QDateTime::currentDateTimeUtc().addDays(-2),
                      const AnswerMap &answers = criticalNo(), EvaluationKind kind = EvaluationKind::Normal)
    {
        Ticket ticket;
        ticket.sourceName = u"zd"_s;
        ticket.externalId = QString::number(1000 + ++tickets);
        ticket.subject = u"Почта"_s;
        ticket.assigneeEmail = u"anna@example.ru"_s;
        EvaluationRecord r;
        r.ticketId = TicketStore(t.db()).save(ticket).value();
        r.engineerId = engineer;
        r.trainerId = trainer;
        r.scorecardVersionId = versionId;
        r.kind = kind;
        r.submittedAt = submitted;
        const ScoreResult score = ScoringEngine::score(card, answers);
        r.score = score.score;
        r.uncappedScore = score.uncappedScore;
        r.criticalFailed = score.criticalFailed;
        r.complete = score.complete;
        r.answers = answers;
        return EvaluationStore(t.db()).insert(r).value();
    }

    static QList<DisputedQuestion> understoodAndWorkaround()
    {
        return {{u"understood"_s, u"Я уточнил вопрос во втором письме"_s, AnswerValue::Yes},
                {u"workaround"_s, u"Шаги были во вложении"_s, std::nullopt}};
    }

    static QList<DisputeRuling> overturnUnderstood()
    {
        return {{u"understood"_s, DisputeDecision::AcceptProposal, std::nullopt, u"Вопрос уточнён во втором письме"_s},
                {u"workaround"_s, DisputeDecision::Keep, std::nullopt, u"Вложение без шагов"_s}};
    }

    // A fresh dispute driven to `status` by the people allowed to.
    qint64 disputeIn(DisputeStatus status)
    {
        DisputeService service(t.db());
        const qint64 id = service.open(evaluation(), engineer, understoodAndWorkaround()).value();
        if (status == DisputeStatus::Open)
            return id;
        if (status == DisputeStatus::Withdrawn) {
            REQUIRE(service.withdraw(id, engineer).has_value());
            return id;
        }
        if (status == DisputeStatus::Declined) {
            REQUIRE(service.decline(id, lead, u"Ответ тренера верен"_s).has_value());
            return id;
        }
        REQUIRE(service.accept(id, lead).has_value());
        if (status == DisputeStatus::Accepted)
            return id;
        REQUIRE(service.assign(id, admin, arbiter).has_value());
        if (status == DisputeStatus::InArbitration)
            return id;
        REQUIRE(service.resolve(id, arbiter, overturnUnderstood()).has_value());
        return id;
    }

    DisputeStatus status(qint64 dispute) { return DisputeService(t.db()).get(dispute).value().status; }

    QList<AuditEntry> audit(qint64 dispute)
    {
        return AuditLog(t.db()).list(u"dispute"_s, QString::number(dispute)).value();
    }

    QList<Notification> notifications(qint64 person) { return NotificationStore(t.db()).forPerson(person).value(); }

    TestDatabase t;
    Scorecard card;
    qint64 versionId = 0;
    qint64 trainer = 0, admin = 0, engineer = 0, colleague = 0, lead = 0, otherLead = 0, arbiter = 0, arbiter2 = 0;
    int tickets = 0;
};

const char *actionName(DisputeAction a)
{
    switch (a) {
    case DisputeAction::Accept: return "accept";
    case DisputeAction::Decline: return "decline";
    case DisputeAction::Assign: return "assign";
    case DisputeAction::Resolve: return "resolve";
    case DisputeAction::Withdraw: return "withdraw";
    }
    return "?";
}

// Takes `action` on the dispute as the person who may, so only the state decides.
Status act(Workspace &w, qint64 dispute, DisputeAction action)
{
    DisputeService service(w.t.db());
    switch (action) {
    case DisputeAction::Accept: return service.accept(dispute, w.lead);
    case DisputeAction::Decline: return service.decline(dispute, w.lead, u"Оценка верна"_s);
    case DisputeAction::Assign: {
        const Result<qint64> a = service.assign(dispute, w.admin, w.arbiter2);
        return a ? Status() : Status(std::unexpected(a.error()));
    }
    case DisputeAction::Resolve: {
        const Dispute d = service.get(dispute).value();
        const qint64 arbiter = d.arbiterId.value_or(w.arbiter);
        const Result<ArbitrationResult> r = service.resolve(dispute, arbiter, Workspace::overturnUnderstood());
        return r ? Status() : Status(std::unexpected(r.error()));
    }
    case DisputeAction::Withdraw: return service.withdraw(dispute, w.engineer);
    }
    return {};
}

} // namespace

TEST_CASE("every transition of the dispute state machine is legal or refused with a clear message", "[disputes][state]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);

    struct Row
    {
        DisputeStatus from;
        DisputeAction action;
        std::optional<DisputeStatus> to; // nullopt: refused
    };
    using S = DisputeStatus;
    using A = DisputeAction;
    const Row table[] = {
        {S::Open, A::Accept, S::Accepted},          {S::Open, A::Decline, S::Declined},
        {S::Open, A::Assign, {}},                   {S::Open, A::Resolve, {}},
        {S::Open, A::Withdraw, S::Withdrawn},       {S::Accepted, A::Accept, {}},
        {S::Accepted, A::Decline, {}},              {S::Accepted, A::Assign, S::InArbitration},
        {S::Accepted, A::Resolve, {}},              {S::Accepted, A::Withdraw, S::Withdrawn},
        {S::InArbitration, A::Accept, {}},          {S::InArbitration, A::Decline, {}},
        {S::InArbitration, A::Assign, S::InArbitration}, // an admin hands it to another arbiter
        {S::InArbitration, A::Resolve, S::Resolved}, {S::InArbitration, A::Withdraw, S::Withdrawn},
        {S::Resolved, A::Accept, {}},               {S::Resolved, A::Decline, {}},
        {S::Resolved, A::Assign, {}},               {S::Resolved, A::Resolve, {}},
        {S::Resolved, A::Withdraw, {}},             {S::Declined, A::Accept, {}},
        {S::Declined, A::Decline, {}},              {S::Declined, A::Assign, {}},
        {S::Declined, A::Resolve, {}},              {S::Declined, A::Withdraw, {}},
        {S::Withdrawn, A::Accept, {}},              {S::Withdrawn, A::Decline, {}},
        {S::Withdrawn, A::Assign, {}},              {S::Withdrawn, A::Resolve, {}},
        {S::Withdrawn, A::Withdraw, {}},
    };
    for (const Row &row : table) {
        INFO(disputeStatusId(row.from).toStdString() << " --" << actionName(row.action) << "-->");
        const qint64 dispute = w.disputeIn(row.from);
        REQUIRE(w.status(dispute) == row.from);
        const qsizetype auditBefore = w.audit(dispute).size();
        const Status done = act(w, dispute, row.action);
        if (row.to) {
            CHECK(done.has_value());
            CHECK(w.status(dispute) == *row.to);
            REQUIRE(w.audit(dispute).size() == auditBefore + 1);
            const AuditEntry last = w.audit(dispute).last();
            CHECK(last.action == u"dispute."_s + QString::fromLatin1(actionName(row.action)));
            CHECK(last.before.value(u"status"_s).toString() == disputeStatusId(row.from));
            CHECK(last.after.value(u"status"_s).toString() == disputeStatusId(*row.to));
        } else {
            REQUIRE_FALSE(done.has_value());
            CHECK(done.error().code == Error::Code::Conflict);
            INFO(done.error().message.toStdString());
            CHECK(done.error().message.contains(u"dispute %1 is %2"_s.arg(dispute).arg(disputeStatusLabel(row.from).toLower())));
            CHECK(w.status(dispute) == row.from);
            CHECK(w.audit(dispute).size() == auditBefore);
        }
    }
}

TEST_CASE("who may open, triage, assign, resolve and withdraw a dispute", "[disputes][roles]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    DisputeService service(w.t.db());
    const auto refused = [](const auto &result) {
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == Error::Code::Permission);
        return result.error().message;
    };

    const qint64 evaluation = w.evaluation();
    // Opening: the engineer or a team lead of theirs, nobody else.
    refused(service.open(evaluation, w.trainer, Workspace::understoodAndWorkaround()));
    refused(service.open(evaluation, w.colleague, Workspace::understoodAndWorkaround()));
    refused(service.open(evaluation, w.otherLead, Workspace::understoodAndWorkaround()));
    refused(service.open(evaluation, w.admin, Workspace::understoodAndWorkaround()));
    const qint64 byLead = service.open(evaluation, w.lead, Workspace::understoodAndWorkaround()).value();
    CHECK(service.get(byLead).value().openedBy == w.lead);
    REQUIRE(service.withdraw(byLead, w.lead).has_value());

    const qint64 dispute = service.open(evaluation, w.engineer, Workspace::understoodAndWorkaround()).value();
    // Triage: a team lead of the engineer or an admin; never the engineer or the trainer.
    refused(service.accept(dispute, w.engineer));
    CHECK(refused(service.accept(dispute, w.trainer)).contains(u"cannot triage"_s));
    refused(service.accept(dispute, w.otherLead));
    refused(service.decline(dispute, w.arbiter, u"нет"_s));
    // Only the opener withdraws.
    refused(service.withdraw(dispute, w.lead));
    // A decline needs a reason.
    const Status blank = service.decline(dispute, w.admin, u"  "_s);
    REQUIRE_FALSE(blank.has_value());
    CHECK(blank.error().isInvalidInput());
    REQUIRE(service.accept(dispute, w.admin).has_value());

    // Assignment: only an admin, never to the trainer, the engineer or a non-arbiter.
    refused(service.assign(dispute, w.lead, w.arbiter));
    CHECK(refused(service.assign(dispute, w.admin, w.trainer)).contains(u"cannot arbitrate"_s));
    CHECK(service.assign(dispute, w.admin, w.engineer).error().isInvalidInput()); // not an arbiter at all
    CHECK(service.assign(dispute, w.admin, w.lead).error().isInvalidInput());
    REQUIRE(service.assign(dispute, w.admin, w.arbiter).value() == w.arbiter);

    // Resolving: only the assigned arbiter; the engineer and another arbiter cannot.
    refused(service.resolve(dispute, w.engineer, Workspace::overturnUnderstood()));
    refused(service.resolve(dispute, w.arbiter2, Workspace::overturnUnderstood()));
    refused(service.resolve(dispute, w.admin, Workspace::overturnUnderstood()));
    CHECK(service.resolve(dispute, w.arbiter, Workspace::overturnUnderstood()).has_value());

    // What each person is offered matches what they may do.
    const qint64 open = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
    const Dispute d = service.get(open).value();
    CHECK(service.actionsFor(d, w.engineer).value() == QList<DisputeAction>{DisputeAction::Withdraw});
    CHECK(service.actionsFor(d, w.lead).value() == QList<DisputeAction>{DisputeAction::Accept, DisputeAction::Decline});
    CHECK(service.actionsFor(d, w.trainer).value().isEmpty());
    CHECK(service.actionsFor(d, w.arbiter).value().isEmpty());
    // Who sees it: the parties, the engineer's team lead, an admin; not a colleague or another lead.
    for (qint64 p : {w.engineer, w.trainer, w.lead, w.admin})
        CHECK(service.visibleTo(p).value().size() == 3); // withdrawn, resolved, open
    CHECK(service.visibleTo(w.colleague).value().isEmpty());
    CHECK(service.visibleTo(w.otherLead).value().isEmpty());
    CHECK(service.visibleTo(w.arbiter).value().size() == 1); // the one they arbitrated
}

TEST_CASE("a dispute is opened only within the window, on disputable questions", "[disputes][window]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    const QDateTime submitted = QDateTime::currentDateTimeUtc().addDays(-10);
    const qint64 evaluation = w.evaluation(submitted);
    CHECK(DisputeService(w.t.db()).windowDays().value() == DisputeService::defaultWindowDays);

    // The last moment of the default 14 days is in; a second later is out.
    DisputeService atDeadline(w.t.db(), [&] { return submitted.addDays(14); });
    CHECK(atDeadline.canOpen(evaluation, w.engineer).has_value());
    DisputeService late(w.t.db(), [&] { return submitted.addDays(14).addSecs(1); });
    const Result<qint64> expired = late.open(evaluation, w.engineer, Workspace::understoodAndWorkaround());
    REQUIRE_FALSE(expired.has_value());
    CHECK(expired.error().code == Error::Code::Conflict);
    CHECK(expired.error().message.contains(u"14-day window"_s));

    // The window is a workspace setting only an admin changes, and the change is audited.
    DisputeService service(w.t.db());
    CHECK(service.setWindowDays(7, w.lead).error().code == Error::Code::Permission);
    CHECK(service.setWindowDays(0, w.admin).error().isInvalidInput());
    REQUIRE(service.setWindowDays(7, w.admin).has_value());
    CHECK(service.windowDays().value() == 7);
    const AuditEntry changed = AuditLog(w.t.db()).list(u"setting"_s).value().last();
    CHECK(changed.before.value(u"value"_s).toInt() == 14);
    CHECK(changed.after.value(u"value"_s).toInt() == 7);
    CHECK(changed.actorId == w.admin);
    const Result<qint64> closed = service.open(evaluation, w.engineer, Workspace::understoodAndWorkaround());
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().message.contains(u"7-day window"_s));
    REQUIRE(service.setWindowDays(30, w.admin).has_value());

    // Bad questions are refused together, each named.
    const Result<qint64> bad = service.open(
        evaluation, w.engineer,
        {{u"nonsense"_s, u"x"_s, std::nullopt},
         {u"understood"_s, u" "_s, std::nullopt},
         {u"workaround"_s, u"r"_s, AnswerValue::Partly},
         {u"first-answer"_s, u"r"_s, AnswerValue::NotApplicable}});
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().isInvalidInput());
    for (const QString &named : {u"nonsense: no such question"_s, u"understood: a reason is required"_s,
                                 u"workaround: the proposed answer is the trainer's answer"_s,
                                 u"first-answer: N/A is not allowed"_s})
        CHECK(bad.error().message.contains(named));
    CHECK(service.open(evaluation, w.engineer, {}).error().isInvalidInput());
    CHECK(DisputeStore(w.t.db()).list().value().isEmpty()); // nothing half-written

    // What each person is offered to dispute follows the same rules.
    CHECK(service.disputableBy(w.engineer).value().size() == 1);
    CHECK(service.disputableBy(w.lead).value().size() == 1);
    CHECK(service.disputableBy(w.otherLead).value().isEmpty());
    CHECK(service.disputableBy(w.trainer).value().isEmpty());

    // One dispute at a time per evaluation; a calibration cannot be disputed.
    const qint64 first = service.open(evaluation, w.engineer, Workspace::understoodAndWorkaround()).value();
    CHECK(service.open(evaluation, w.engineer, {{u"polite"_s, u"r"_s, std::nullopt}}).error().code
          == Error::Code::Conflict);
    const qint64 calibration = w.evaluation(submitted, Workspace::criticalNo(), EvaluationKind::Calibration);
    CHECK(service.open(calibration, w.engineer, Workspace::understoodAndWorkaround()).error().code == Error::Code::Conflict);
    CHECK(service.disputableBy(w.engineer).value().isEmpty()); // one in dispute, one a calibration

    // An arbitrated question cannot be disputed again; the others still can.
    REQUIRE(service.accept(first, w.lead).has_value());
    REQUIRE(service.assign(first, w.admin).has_value());
    REQUIRE(service.resolve(first, service.get(first).value().arbiterId.value(), Workspace::overturnUnderstood()).has_value());
    CHECK(service.arbitratedQuestions(evaluation).value() == QStringList{u"understood"_s, u"workaround"_s});
    const Result<qint64> again = service.open(evaluation, w.engineer, {{u"understood"_s, u"ещё раз"_s, AnswerValue::Partly}});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(u"understood: already arbitrated"_s));
    CHECK(service.open(evaluation, w.engineer, {{u"polite"_s, u"Был вежлив"_s, std::nullopt}}).has_value());
}

TEST_CASE("resolving rescores with the pinned version, a critical question overturned, and KPI follows", "[disputes][score]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    const qint64 evaluation = w.evaluation();
    const Evaluation before = *EvaluationStore(w.t.db()).get(evaluation).value();
    REQUIRE(before.criticalFailed);
    CHECK(*before.score == 0.0);                                        // the critical cap
    CHECK(*before.uncappedScore == Approx(100.0 * (3 * (2.4 / 5) + 1) / 4)); // 61

    const KpiPeriod period{QDate::currentDate().addDays(-30), QDate::currentDate()};
    const qint64 other = w.evaluation(QDateTime::currentDateTimeUtc().addDays(-3),
                                      [] {
                                          AnswerMap all = Workspace::criticalNo();
                                          all[u"understood"_s] = {AnswerValue::Yes, {}};
                                          all[u"workaround"_s] = {AnswerValue::Yes, {}};
                                          return all;
                                      }());
    Q_UNUSED(other);
    const KpiFigure kpiBefore = KpiCalculator::compute(EvaluationStore(w.t.db()).list().value(), period);
    CHECK(*kpiBefore.kpi == Approx(50.0)); // (0 + 100) / 2
    CHECK(kpiBefore.criticalFails == 1);

    // The card changes after the evaluation: the arbitration must still use the pinned version.
    Scorecard edited = w.card;
    edited.sections[0].criteria[0].weight = 10;
    REQUIRE(ScorecardStore(w.t.db()).save(edited).value().newVersion);

    DisputeService service(w.t.db());
    const qint64 dispute = service.open(evaluation, w.engineer, Workspace::understoodAndWorkaround()).value();
    REQUIRE(service.accept(dispute, w.lead).has_value());
    REQUIRE(service.assign(dispute, w.admin, w.arbiter).has_value());

    // Every disputed question needs a decision with a comment; a proposal must exist to be accepted.
    const Result<ArbitrationResult> missing = service.resolve(
        dispute, w.arbiter, {{u"understood"_s, DisputeDecision::AcceptProposal, std::nullopt, u"Верно"_s}});
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(u"workaround: no decision"_s));
    const Result<ArbitrationResult> noComment = service.resolve(
        dispute, w.arbiter,
        {{u"understood"_s, DisputeDecision::AcceptProposal, std::nullopt, u""_s},
         {u"workaround"_s, DisputeDecision::AcceptProposal, std::nullopt, u"x"_s}});
    REQUIRE_FALSE(noComment.has_value());
    CHECK(noComment.error().message.contains(u"understood: the decision needs a comment"_s));
    CHECK(noComment.error().message.contains(u"workaround: the engineer proposed no answer"_s));
    CHECK(w.status(dispute) == DisputeStatus::InArbitration);

    // Preview and resolve agree; understood No -> Yes lifts the cap.
    const ArbitrationResult preview = service.preview(dispute, Workspace::overturnUnderstood()).value();
    const ArbitrationResult result = service.resolve(dispute, w.arbiter, Workspace::overturnUnderstood(), u"Итог"_s).value();
    CHECK(preview.score.score == result.score.score);
    CHECK(result.outcome == DisputeOutcome::Partial);
    CHECK_FALSE(result.score.criticalFailed);
    const double expected = 100.0 * (3 * ((2 + 0.4 + 2) / 5.0) + 1) / 4; // 91, with the pinned weights
    CHECK(*result.score.score == Approx(expected));

    // The evaluation row carries the arbitrated answers and score; the dispute keeps the originals.
    const Evaluation after = *EvaluationStore(w.t.db()).get(evaluation).value();
    CHECK(*after.score == Approx(expected));
    CHECK(*after.uncappedScore == Approx(expected));
    CHECK_FALSE(after.criticalFailed);
    CHECK(after.answers.value(u"understood"_s).value == AnswerValue::Yes);
    CHECK(after.answers.value(u"understood"_s).comment == u"Вопрос уточнён во втором письме"_s);
    CHECK(after.answers.value(u"workaround"_s) == before.answers.value(u"workaround"_s)); // kept as it was
    CHECK(after.scorecardVersionId == before.scorecardVersionId);
    const Dispute d = service.get(dispute).value();
    CHECK(d.status == DisputeStatus::Resolved);
    CHECK(d.outcome == DisputeOutcome::Partial);
    CHECK(*d.originalScore == 0.0);
    CHECK(*d.originalUncappedScore == Approx(*before.uncappedScore));
    CHECK(d.originalCriticalFailed);
    CHECK(*d.resolvedScore == Approx(expected));
    // The engineer's email about the outcome was queued with the resolution (one transaction).
    CHECK(MailOutboxStore(w.t.db()).existsFor(u"dispute"_s, u"dispute"_s, QString::number(dispute)).value());
    CHECK(d.resolutionComment == u"Итог"_s);
    CHECK(d.item(u"understood"_s)->originalValue == AnswerValue::No);
    CHECK(d.item(u"understood"_s)->originalComment == u"Не понял вопрос"_s);
    CHECK(d.item(u"understood"_s)->decision == DisputeDecision::AcceptProposal);
    CHECK(d.item(u"workaround"_s)->decision == DisputeDecision::Keep);
    CHECK(d.item(u"workaround"_s)->decidedValue == AnswerValue::Partly);

    // KPI uses the arbitrated score.
    const KpiFigure kpiAfter = KpiCalculator::compute(EvaluationStore(w.t.db()).list().value(), period);
    CHECK(*kpiAfter.kpi == Approx((expected + 100.0) / 2));
    CHECK(kpiAfter.criticalFails == 0);

    // The evaluation's own history shows the score before and after.
    const QList<AuditEntry> history = AuditLog(w.t.db()).list(u"evaluation"_s, QString::number(evaluation)).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().action == u"evaluation.arbitrate"_s);
    CHECK(history.first().actorId == w.arbiter);
    CHECK(history.first().before.value(u"score"_s).toDouble() == 0.0);
    CHECK(history.first().before.value(u"critical_failed"_s).toBool());
    CHECK(history.first().after.value(u"score"_s).toDouble() == Approx(expected));
    CHECK(history.first().after.value(u"answers"_s).toObject().keys() == QStringList{u"understood"_s});

    // An admin cannot reopen an evaluation while a dispute on it is open (its originals would move).
    const qint64 second = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
    const Status reopen = EvaluationService(w.t.db()).reopen(service.get(second).value().evaluationId, w.admin, u"fix"_s);
    REQUIRE_FALSE(reopen.has_value());
    CHECK(reopen.error().code == Error::Code::Conflict);
}

TEST_CASE("outcomes: every answer kept is upheld, every answer changed is overturned", "[disputes][score]")
{
    Workspace w(Backend::Sqlite);
    DisputeService service(w.t.db());
    const auto resolveWith = [&](const QList<DisputeRuling> &rulings) {
        const qint64 d = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
        REQUIRE(service.accept(d, w.lead).has_value());
        REQUIRE(service.assign(d, w.admin, w.arbiter).has_value());
        return service.resolve(d, w.arbiter, rulings).value();
    };
    const ArbitrationResult upheld = resolveWith({{u"understood"_s, DisputeDecision::Keep, std::nullopt, u"a"_s},
                                                  {u"workaround"_s, DisputeDecision::Keep, std::nullopt, u"b"_s}});
    CHECK(upheld.outcome == DisputeOutcome::Upheld);
    CHECK(*upheld.score.score == 0.0);
    // "Other" with the proposal is an accept; with a new value it is "other".
    const ArbitrationResult overturned = resolveWith({{u"understood"_s, DisputeDecision::Other, AnswerValue::Yes, u"a"_s},
                                                      {u"workaround"_s, DisputeDecision::Other, AnswerValue::Yes, u"b"_s}});
    CHECK(overturned.outcome == DisputeOutcome::Overturned);
    CHECK(overturned.items.at(0).decision == DisputeDecision::AcceptProposal);
    CHECK(overturned.items.at(1).decision == DisputeDecision::Other);
    CHECK(*overturned.score.score == Approx(100.0));
    // N/A where the card forbids it is refused.
    const qint64 d = service.open(w.evaluation(), w.engineer, {{u"first-answer"_s, u"r"_s, AnswerValue::No}}).value();
    REQUIRE(service.accept(d, w.lead).has_value());
    REQUIRE(service.assign(d, w.admin, w.arbiter).has_value());
    CHECK(service.resolve(d, w.arbiter, {{u"first-answer"_s, DisputeDecision::Other, AnswerValue::NotApplicable, u"c"_s}})
              .error()
              .message.contains(u"N/A is not allowed"_s));
}

TEST_CASE("arbiters are assigned in turn, skipping whoever may not take the dispute", "[disputes][assign]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    DisputeService service(w.t.db());
    const auto accepted = [&] {
        const qint64 d = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
        REQUIRE(service.accept(d, w.lead).has_value());
        return d;
    };
    // Arbiters by id: trainer (excluded: gave the evaluation), arbiter, arbiter2.
    QList<qint64> turns;
    for (int i = 0; i < 4; ++i)
        turns.append(service.assign(accepted(), w.admin).value());
    CHECK(turns == QList<qint64>{w.arbiter, w.arbiter2, w.arbiter, w.arbiter2});
    // Reassigning automatically gives it to someone else.
    const qint64 d = accepted();
    const qint64 first = service.assign(d, w.admin).value();
    const qint64 second = service.assign(d, w.admin).value();
    CHECK(first != second);
    CHECK(service.get(d).value().arbiterId == second);
    CHECK(service.assign(d, w.admin, second).error().code == Error::Code::Conflict);
    CHECK(w.notifications(first).first().kind == u"dispute.unassigned"_s);
}

TEST_CASE("each step notifies the people it concerns, never the one who took it", "[disputes][notifications]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    Workspace w(backend);
    DisputeService service(w.t.db());
    const auto kinds = [&](qint64 person) {
        QStringList list;
        for (const Notification &n : w.notifications(person))
            list.prepend(n.kind); // oldest first
        return list;
    };
    const qint64 d = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
    CHECK(kinds(w.engineer).isEmpty());
    CHECK(kinds(w.trainer) == QStringList{u"dispute.opened"_s});
    CHECK(kinds(w.lead) == QStringList{u"dispute.triage"_s});
    CHECK(kinds(w.otherLead).isEmpty());
    REQUIRE(service.accept(d, w.lead).has_value());
    CHECK(kinds(w.admin) == QStringList{u"dispute.assign"_s});
    CHECK(kinds(w.engineer) == QStringList{u"dispute.accepted"_s});
    REQUIRE(service.assign(d, w.admin, w.arbiter).has_value());
    CHECK(kinds(w.arbiter) == QStringList{u"dispute.arbitrate"_s});
    REQUIRE(service.resolve(d, w.arbiter, Workspace::overturnUnderstood()).has_value());
    CHECK(kinds(w.engineer) == QStringList{u"dispute.accepted"_s, u"dispute.assigned"_s, u"dispute.resolved"_s});
    CHECK(kinds(w.trainer) == QStringList{u"dispute.opened"_s, u"dispute.accepted"_s, u"dispute.assigned"_s,
                                          u"dispute.resolved"_s});
    CHECK(kinds(w.lead).last() == u"dispute.resolved"_s);
    CHECK(kinds(w.arbiter) == QStringList{u"dispute.arbitrate"_s});
    const Notification resolved = w.notifications(w.engineer).first();
    CHECK(resolved.entity == u"dispute"_s);
    CHECK(resolved.entityId == QString::number(d));
    CHECK(resolved.text.contains(u"partially overturned"_s));
    CHECK_FALSE(resolved.isRead());

    NotificationStore store(w.t.db());
    CHECK(store.unreadCount(w.engineer).value() == 3);
    REQUIRE(store.markRead(w.engineer, resolved.id).has_value());
    CHECK(store.unreadCount(w.engineer).value() == 2);
    CHECK(store.markRead(w.trainer, resolved.id).error().code == Error::Code::NotFound); // not theirs
    CHECK(store.markAllRead(w.engineer).value() == 2);
    CHECK(store.forPerson(w.engineer, true).value().isEmpty());

    // A withdrawal in arbitration tells the arbiter.
    const qint64 w2 = service.open(w.evaluation(), w.engineer, Workspace::understoodAndWorkaround()).value();
    REQUIRE(service.accept(w2, w.admin).has_value());
    REQUIRE(service.assign(w2, w.admin, w.arbiter2).has_value());
    REQUIRE(service.withdraw(w2, w.engineer).has_value());
    CHECK(kinds(w.arbiter2) == QStringList{u"dispute.arbitrate"_s, u"dispute.withdrawn"_s});
}

TEST_CASE("the oversight figures: open disputes by age, time to resolution, overturn rates", "[disputes][oversight]")
{
    const QDateTime now = QDateTime::fromString(u"2026-11-20T12:00:00Z"_s, Qt::ISODate);
    const auto dispute = [&](qint64 id, DisputeStatus status, int openedDaysAgo, const QString &trainer,
                             std::optional<DisputeOutcome> outcome = {}, int resolvedDaysAgo = 0,
                             QList<DisputeItem> items = {}) {
        Dispute d;
        d.id = id;
        d.status = status;
        d.outcome = outcome;
        d.openedAt = now.addDays(-openedDaysAgo);
        if (status == DisputeStatus::Resolved)
            d.resolvedAt = now.addDays(-resolvedDaysAgo);
        d.trainerEmail = trainer + u"@x"_s;
        d.trainerName = trainer;
        d.scorecardId = u"l1"_s;
        d.items = items;
        return d;
    };
    const auto item = [](const QString &id, AnswerValue original, AnswerValue decided) {
        DisputeItem i;
        i.criterionId = id;
        i.originalValue = original;
        i.decidedValue = decided;
        return i;
    };
    const QList<Dispute> all{
        dispute(1, DisputeStatus::Open, 2, u"olga"_s),
        dispute(2, DisputeStatus::InArbitration, 9, u"olga"_s),
        dispute(3, DisputeStatus::Resolved, 10, u"olga"_s, DisputeOutcome::Overturned, 8,
                {item(u"tone"_s, AnswerValue::No, AnswerValue::Yes)}),
        dispute(4, DisputeStatus::Resolved, 10, u"olga"_s, DisputeOutcome::Upheld, 6,
                {item(u"tone"_s, AnswerValue::No, AnswerValue::No), item(u"steps"_s, AnswerValue::No, AnswerValue::No)}),
        dispute(5, DisputeStatus::Resolved, 5, u"ivan"_s, DisputeOutcome::Partial, 0,
                {item(u"tone"_s, AnswerValue::Partly, AnswerValue::Yes), item(u"steps"_s, AnswerValue::No, AnswerValue::No)}),
        dispute(6, DisputeStatus::Declined, 3, u"ivan"_s),
        dispute(7, DisputeStatus::Withdrawn, 3, u"ivan"_s),
    };
    const DisputeOversightReport r = DisputeOversightReport::compute(all, now);
    REQUIRE(r.open.size() == 2);
    CHECK(r.open.at(0).disputeId == 2); // oldest first
    CHECK(r.open.at(0).ageDays == Approx(9));
    CHECK(r.resolved == 3);
    CHECK(r.declined == 1);
    CHECK(r.withdrawn == 1);
    CHECK(*r.meanDaysToResolution == Approx((2 + 4 + 5) / 3.0));
    CHECK(*r.medianDaysToResolution == Approx(4));
    REQUIRE(r.byTrainer.size() == 2);
    CHECK(r.byTrainer.at(0).label == u"ivan"_s); // 1 of 1
    CHECK(r.byTrainer.at(0).rate() == 1.0);
    CHECK(r.byTrainer.at(1).overturned == 1);
    CHECK(r.byTrainer.at(1).resolved == 2);
    REQUIRE(r.byQuestion.size() == 2);
    CHECK(r.byQuestion.at(0).key == u"l1/tone"_s);
    CHECK(r.byQuestion.at(0).resolved == 3);
    CHECK(r.byQuestion.at(0).overturned == 2);
    CHECK(r.byQuestion.at(1).rate() == 0.0);
}
