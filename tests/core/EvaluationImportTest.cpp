#include "evaluations/EvaluationImporter.h"
#include "scoring/AnswerSheet.h"
#include "scoring/ScorecardParser.h"
#include "scoring/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// The value of a result, by value: safe as the range of a for loop (unlike `.value()` of a
// temporary, which would dangle).
template<typename T>
T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.has_value());
    return std::move(*result);
}

// The shared scoring vectors: case 1 ("one partly in main uses criterion partial credit") scores
// 91.00000000000001, case 4 fails on a critical criterion (0, uncapped 70), case 6 is case 1
// without the required comment (incomplete).
constexpr int partlyCase = 1;
constexpr int criticalCase = 4;
constexpr int incompleteCase = 6;

QJsonObject vectorCase(int index)
{
    const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
    return vectors.value(u"cases"_s).toArray().at(index).toObject();
}

Scorecard vectorCard(int index)
{
    const Result<Scorecard> card = ScorecardParser::fromJson(vectorCase(index).value(u"scorecard"_s).toObject());
    REQUIRE(card.has_value());
    return *card;
}

QJsonObject vectorAnswers(int index)
{
    return vectorCase(index).value(u"answers"_s).toObject().value(u"answers"_s).toObject();
}

AnswerMap answerMap(const QJsonObject &answers)
{
    QStringList problems;
    const AnswerMap map = AnswerSheet::readAnswerMap(answers, u"answers"_s, problems);
    REQUIRE(problems.isEmpty());
    return map;
}

double expectedScore(int index)
{
    return vectorCase(index).value(u"expect"_s).toObject().value(u"score"_s).toDouble();
}

QJsonObject record(const QString &ticket, const QString &engineer, const QJsonObject &answers,
                   const QString &submittedAt = u"2026-10-03T09:00:00Z"_s)
{
    return QJsonObject{{u"ticket"_s, ticket},
                       {u"source"_s, u"zendesk-main"_s},
                       {u"engineer"_s, engineer},
                       {u"trainer"_s, u"trainer@example.ru"_s},
                       {u"scorecard"_s, u"first-line"_s},
                       {u"submitted_at"_s, submittedAt},
                       {u"kind"_s, u"normal"_s},
                       {u"comment"_s, u"Разбор"_s},
                       {u"answers"_s, answers}};
}

QByteArray document(const QJsonArray &evaluations)
{
    return QJsonDocument(QJsonObject{{u"format"_s, u"qadesk.evaluations/1"_s}, {u"evaluations"_s, evaluations}})
        .toJson();
}

QList<EvaluationImportRecord> parsed(const QJsonArray &evaluations)
{
    const Result<QList<EvaluationImportRecord>> records = EvaluationImporter::parse(document(evaluations));
    INFO((records ? QString() : records.error().message).toStdString());
    REQUIRE(records.has_value());
    return *records;
}

struct Counts
{
    qsizetype evaluations = 0;
    qsizetype tickets = 0;
    qsizetype people = 0;
    qsizetype importAudits = 0;

    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts countsOf(Database &db)
{
    Counts c;
    c.evaluations = EvaluationStore(db).list().value().size();
    c.tickets = TicketStore(db).list().value().size();
    c.people = PeopleStore(db).list().value().size();
    for (const AuditEntry &entry : must(AuditLog(db).list())) {
        if (entry.action == u"evaluation.import"_s)
            ++c.importAudits;
    }
    return c;
}

std::optional<Evaluation> evaluationOfTicket(Database &db, const QString &externalId)
{
    for (const Evaluation &e : must(EvaluationStore(db).list())) {
        if (e.ticketExternalId == externalId)
            return EvaluationStore(db).get(e.id).value();
    }
    return std::nullopt;
}

Ticket knownTicket()
{
    Ticket t;
    t.sourceName = u"zendesk-main"_s;
    t.externalId = u"40001"_s;
    t.subject = u"Не приходит почта"_s;
    t.status = u"solved"_s;
    t.assigneeEmail = u"anna@example.ru"_s;
    t.assigneeName = u"Анна Смирнова"_s;
    t.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc());
    t.updatedAt = t.createdAt.addDays(1);
    t.solvedAt = t.updatedAt;
    Message m;
    m.externalId = u"1"_s;
    m.bodyText = u"Письма не доходят"_s;
    m.createdAt = t.createdAt;
    t.messages = {m};
    return t;
}

} // namespace

TEST_CASE("evaluations file: every bad field is named by record and field, all at once", "[import]")
{
    QJsonObject missingTicket = record(u"1"_s, u"a@example.ru"_s, vectorAnswers(partlyCase));
    missingTicket.remove(u"ticket"_s);
    const QJsonObject badEmail = record(u"2"_s, u"not-an-email"_s, vectorAnswers(partlyCase));
    QJsonObject badKind = record(u"3"_s, u"a@example.ru"_s, vectorAnswers(partlyCase));
    badKind.insert(u"kind"_s, u"practice"_s);
    const QJsonObject badTime = record(u"4"_s, u"a@example.ru"_s, vectorAnswers(partlyCase), u"yesterday"_s);
    QJsonObject unknownField = record(u"5"_s, u"a@example.ru"_s, vectorAnswers(partlyCase));
    unknownField.insert(u"colour"_s, u"red"_s);
    const QJsonObject selfEvaluation = record(u"6"_s, u"Trainer@Example.RU"_s, vectorAnswers(partlyCase));
    QJsonObject badValueAnswers = vectorAnswers(partlyCase);
    badValueAnswers.insert(u"polite"_s, QJsonObject{{u"value"_s, u"maybe"_s}});
    const QJsonObject badValue = record(u"7"_s, u"a@example.ru"_s, badValueAnswers);
    const QJsonObject good = record(u"8"_s, u"a@example.ru"_s, vectorAnswers(partlyCase));

    const Result<QList<EvaluationImportRecord>> records = EvaluationImporter::parse(
        document({missingTicket, badEmail, badKind, badTime, unknownField, selfEvaluation, badValue, good}));
    REQUIRE_FALSE(records.has_value());
    CHECK(records.error().code == Error::Code::InvalidInput);
    const QString message = records.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(u"evaluations[0].ticket: is required"_s));
    CHECK(message.contains(u"evaluations[1].engineer: must be an email address"_s));
    CHECK(message.contains(u"evaluations[2].kind: "_s));
    CHECK(message.contains(u"evaluations[3].submitted_at: must be an ISO-8601 time"_s));
    CHECK(message.contains(u"evaluations[4].colour: unknown field"_s));
    CHECK(message.contains(u"evaluations[5].trainer: "_s));
    CHECK(message.contains(u"evaluations[6].answers.polite.value: "_s));
    CHECK_FALSE(message.contains(u"evaluations[7]"_s));
    CHECK(message.split(u'\n').size() == 7);
}

TEST_CASE("evaluations file: the document itself is checked", "[import]")
{
    SECTION("wrong format")
    {
        const Result<QList<EvaluationImportRecord>> r = EvaluationImporter::parse(
            R"({"format": "qadesk.people/1", "evaluations": []})");
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(u"format: "_s));
    }
    SECTION("evaluations missing and an unknown top-level field")
    {
        const Result<QList<EvaluationImportRecord>> r =
            EvaluationImporter::parse(R"({"format": "qadesk.evaluations/1", "extra": 1})");
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(u"evaluations: is required"_s));
        CHECK(r.error().message.contains(u"extra: unknown field"_s));
    }
    SECTION("a record that is not an object")
    {
        const Result<QList<EvaluationImportRecord>> r =
            EvaluationImporter::parse(R"({"format": "qadesk.evaluations/1", "evaluations": [42]})");
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(u"evaluations[0]: must be an object"_s));
    }
    SECTION("a good record is read completely; emails are normalised and times are UTC")
    {
        QJsonObject r = record(u"40001"_s, u" Anna@Example.RU "_s, vectorAnswers(partlyCase),
                               u"2026-10-03T15:00:00+03:00"_s);
        r.insert(u"kind"_s, u"calibration"_s);
        const QList<EvaluationImportRecord> records = parsed({r});
        REQUIRE(records.size() == 1);
        CHECK(records.first().engineer == u"anna@example.ru"_s);
        CHECK(records.first().kind == EvaluationKind::Calibration);
        CHECK(records.first().submittedAt == QDateTime(QDate(2026, 10, 3), QTime(12, 0), QTimeZone::utc()));
        CHECK(records.first().answers == answerMap(vectorAnswers(partlyCase)));
        CHECK(records.first().comment == u"Разбор"_s);
    }
}

TEST_CASE("evaluations file with parse errors imports nothing and names the file", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    REQUIRE(ScorecardStore(t.db()).save(vectorCard(partlyCase)).has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"evaluations.json"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(document({record(u"1"_s, u"a@example.ru"_s, vectorAnswers(partlyCase)),
                             record(u"2"_s, u"a@example.ru"_s, vectorAnswers(partlyCase), u"soon"_s)}));
    }
    const Result<EvaluationImportReport> report = EvaluationImporter(t.db()).importFile(path, {});
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().code == Error::Code::InvalidInput);
    CHECK(report.error().message.contains(path + u": evaluations[1].submitted_at"_s));
    CHECK(countsOf(t.db()) == Counts{});
}

TEST_CASE("imported evaluations are scored with the card's current version and pinned to it", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Scorecard card = vectorCard(partlyCase);
    REQUIRE(ScorecardStore(t.db()).save(card).has_value());
    REQUIRE(TicketStore(t.db()).save(knownTicket()).has_value()); // 40001 is known, 40002 is not
    const qsizetype peopleBefore = PeopleStore(t.db()).list().value().size();

    QJsonObject first = record(u"40001"_s, u"Anna@Example.RU"_s, vectorAnswers(partlyCase),
                               u"2026-10-03T15:00:00+03:00"_s);
    first.insert(u"kind"_s, u"calibration"_s);
    const QJsonObject second = record(u"40002"_s, u"boris@example.ru"_s, vectorAnswers(criticalCase));
    const Result<EvaluationImportReport> report =
        EvaluationImporter(t.db()).import(parsed({first, second}), {});
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->imported == 2);
    CHECK(report->incomplete == 0);
    CHECK(report->ticketStubs == 1);
    CHECK(report->peopleCreated == 2); // boris and the trainer; anna came with her ticket
    CHECK(PeopleStore(t.db()).list().value().size() == peopleBefore + 2);

    const std::optional<Evaluation> a = evaluationOfTicket(t.db(), u"40001"_s);
    REQUIRE(a.has_value());
    const ScoreResult expected = ScoringEngine::score(card, answerMap(vectorAnswers(partlyCase)));
    REQUIRE(a->score.has_value());
    CHECK(*a->score == *expected.score); // exact: unrounded, as computed
    CHECK(*a->score == Approx(expectedScore(partlyCase)).margin(1e-9).epsilon(0));
    CHECK(a->uncappedScore == expected.uncappedScore);
    CHECK_FALSE(a->criticalFailed);
    CHECK(a->complete);
    CHECK(a->status == EvaluationStatus::Submitted);
    CHECK(a->kind == EvaluationKind::Calibration);
    CHECK(a->scorecardId == u"first-line"_s);
    CHECK(a->scorecardVersion == card.contentVersion());
    CHECK(a->engineerEmail == u"anna@example.ru"_s);
    CHECK(a->trainerEmail == u"trainer@example.ru"_s);
    CHECK(a->sourceName == u"zendesk-main"_s);
    CHECK(a->submittedAt == QDateTime(QDate(2026, 10, 3), QTime(12, 0), QTimeZone::utc()));
    CHECK(a->comment == u"Разбор"_s);
    CHECK(a->answers == answerMap(vectorAnswers(partlyCase)));

    const std::optional<Evaluation> b = evaluationOfTicket(t.db(), u"40002"_s);
    REQUIRE(b.has_value());
    CHECK(b->kind == EvaluationKind::Normal);
    CHECK(b->criticalFailed);
    REQUIRE(b->score.has_value());
    CHECK(*b->score == 0.0);
    REQUIRE(b->uncappedScore.has_value());
    CHECK(*b->uncappedScore == Approx(70.0).margin(1e-9).epsilon(0));

    // The unknown ticket is a stub for a later sync; the known one is untouched.
    TicketStore tickets(t.db());
    const std::optional<Ticket> known = tickets.get(a->ticketId).value();
    REQUIRE(known.has_value());
    CHECK_FALSE(known->stub);
    CHECK(known->subject == u"Не приходит почта"_s);
    const std::optional<Ticket> stub = tickets.get(b->ticketId).value();
    REQUIRE(stub.has_value());
    CHECK(stub->stub);
    CHECK(stub->externalId == u"40002"_s);
    CHECK(stub->sourceName == u"zendesk-main"_s);
    CHECK(stub->assigneeEmail == u"boris@example.ru"_s);

    PeopleStore people(t.db());
    CHECK(people.findByEmail(u"anna@example.ru"_s).value()->hasRole(Role::Engineer));
    CHECK(people.findByEmail(u"boris@example.ru"_s).value()->hasRole(Role::Engineer));
    const std::optional<Person> trainer = people.findByEmail(u"trainer@example.ru"_s).value();
    REQUIRE(trainer.has_value());
    CHECK(trainer->hasRole(Role::Trainer));
    CHECK_FALSE(trainer->hasRole(Role::Engineer));

    // One audit entry per evaluation.
    QList<AuditEntry> audits;
    for (const AuditEntry &entry : must(AuditLog(t.db()).list(u"evaluation"_s))) {
        if (entry.action == u"evaluation.import"_s)
            audits.append(entry);
    }
    REQUIRE(audits.size() == 2);
    QStringList auditedIds;
    for (const AuditEntry &entry : audits) {
        auditedIds.append(entry.entityId);
        CHECK(entry.after.value(u"scorecard_version"_s).toString() == card.contentVersion());
    }
    auditedIds.sort();
    QStringList evaluationIds{QString::number(a->id), QString::number(b->id)};
    evaluationIds.sort();
    CHECK(auditedIds == evaluationIds);
}

TEST_CASE("an import scores with the current version when the card has several", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Scorecard v1 = vectorCard(partlyCase);
    Scorecard v2 = v1;
    v2.sections[0].criteria[0].weight = 5; // understood: 2 -> 5
    ScorecardStore cards(t.db());
    REQUIRE(cards.save(v1).has_value());
    REQUIRE(cards.save(v2).has_value());

    REQUIRE(EvaluationImporter(t.db())
                .import(parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase))}), {})
                .has_value());
    const std::optional<Evaluation> e = evaluationOfTicket(t.db(), u"40001"_s);
    REQUIRE(e.has_value());
    CHECK(e->scorecardVersion == v2.contentVersion());
    // main: (5·1 + 1·0.4 + 2·1) / 8 = 0.925; tone: 1; 100 · (3·0.925 + 1·1) / 4 = 94.375
    REQUIRE(e->score.has_value());
    CHECK(*e->score == Approx(94.375).margin(1e-9).epsilon(0));
}

TEST_CASE("an evaluation import is all-or-nothing: a bad last record imports nothing", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    const int variant = GENERATE(0, 1, 2, 3);
    INFO(backendName(backend));
    TestDatabase t(backend);
    REQUIRE(ScorecardStore(t.db()).save(vectorCard(partlyCase)).has_value());

    QJsonArray items{record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase)),
                     record(u"40002"_s, u"boris@example.ru"_s, vectorAnswers(criticalCase)),
                     record(u"40003"_s, u"vera@example.ru"_s, vectorAnswers(partlyCase))};
    QJsonObject last = record(u"40004"_s, u"gleb@example.ru"_s, vectorAnswers(partlyCase));
    QString expectedPath;
    switch (variant) {
    case 0: {
        QJsonObject answers = vectorAnswers(partlyCase);
        answers.insert(u"nope"_s, QJsonObject{{u"value"_s, u"yes"_s}});
        last.insert(u"answers"_s, answers);
        expectedPath = u"evaluations[3].answers.nope: "_s;
        break;
    }
    case 1: {
        QJsonObject answers = vectorAnswers(partlyCase);
        answers.insert(u"first-answer"_s, QJsonObject{{u"value"_s, u"na"_s}}); // na_allowed: false
        last.insert(u"answers"_s, answers);
        expectedPath = u"evaluations[3].answers.first-answer.value: "_s;
        break;
    }
    case 2:
        last.insert(u"answers"_s, vectorAnswers(incompleteCase));
        expectedPath = u"evaluations[3].answers: "_s;
        break;
    default:
        last.insert(u"scorecard"_s, u"ghost"_s);
        expectedPath = u"evaluations[3].scorecard: "_s;
        break;
    }
    INFO("variant " << variant);
    items.append(last);

    const Result<EvaluationImportReport> report = EvaluationImporter(t.db()).import(parsed(items), {});
    REQUIRE_FALSE(report.has_value());
    INFO(report.error().message.toStdString());
    CHECK(report.error().code == Error::Code::InvalidInput);
    CHECK(report.error().message.contains(expectedPath));
    CHECK_FALSE(report.error().message.contains(u"evaluations[0]"_s));
    CHECK_FALSE(report.error().message.contains(u"evaluations[1]"_s));
    CHECK_FALSE(report.error().message.contains(u"evaluations[2]"_s));
    CHECK(countsOf(t.db()) == Counts{});
}

TEST_CASE("an incomplete evaluation is imported, flagged, only when allowed", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Scorecard card = vectorCard(partlyCase);
    REQUIRE(ScorecardStore(t.db()).save(card).has_value());
    const QList<EvaluationImportRecord> records =
        parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(incompleteCase)),
                record(u"40002"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase))});

    const Result<EvaluationImportReport> refused = EvaluationImporter(t.db()).import(records, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"evaluations[0].answers: "_s));
    CHECK(refused.error().message.contains(u"workaround"_s));
    CHECK(countsOf(t.db()) == Counts{});

    EvaluationImporter::Options options;
    options.allowIncomplete = true;
    const Result<EvaluationImportReport> report = EvaluationImporter(t.db()).import(records, options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->imported == 2);
    CHECK(report->incomplete == 1);
    const std::optional<Evaluation> flagged = evaluationOfTicket(t.db(), u"40001"_s);
    REQUIRE(flagged.has_value());
    CHECK_FALSE(flagged->complete);
    REQUIRE(flagged->score.has_value());
    CHECK(*flagged->score == Approx(expectedScore(incompleteCase)).margin(1e-9).epsilon(0));
    const std::optional<Evaluation> complete = evaluationOfTicket(t.db(), u"40002"_s);
    REQUIRE(complete.has_value());
    CHECK(complete->complete);
}

TEST_CASE("importing the same evaluations twice fails the second time and changes nothing", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    REQUIRE(ScorecardStore(t.db()).save(vectorCard(partlyCase)).has_value());
    const QList<EvaluationImportRecord> records =
        parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase)),
                record(u"40002"_s, u"boris@example.ru"_s, vectorAnswers(criticalCase))});
    REQUIRE(EvaluationImporter(t.db()).import(records, {}).has_value());
    const Counts after = countsOf(t.db());
    CHECK(after.evaluations == 2);
    CHECK(after.tickets == 2);
    CHECK(after.people == 3);
    CHECK(after.importAudits == 2);

    const Result<EvaluationImportReport> again = EvaluationImporter(t.db()).import(records, {});
    REQUIRE_FALSE(again.has_value());
    INFO(again.error().message.toStdString());
    CHECK(again.error().code == Error::Code::InvalidInput);
    CHECK(again.error().message.contains(u"evaluations[0]: already imported"_s));
    CHECK(again.error().message.contains(u"evaluations[1]: already imported"_s));
    CHECK(countsOf(t.db()) == after);

    // The same record at another submission time is another evaluation.
    REQUIRE(EvaluationImporter(t.db())
                .import(parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase),
                                       u"2026-10-04T09:00:00Z"_s)}),
                        {})
                .has_value());
    CHECK(countsOf(t.db()).evaluations == 3);
}

TEST_CASE("the same evaluation twice in one file is refused", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    REQUIRE(ScorecardStore(t.db()).save(vectorCard(partlyCase)).has_value());
    // Same source, ticket, trainer and instant (written in another offset); other answers.
    const Result<EvaluationImportReport> report = EvaluationImporter(t.db()).import(
        parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase), u"2026-10-03T09:00:00Z"_s),
                record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(criticalCase),
                       u"2026-10-03T12:00:00+03:00"_s)}),
        {});
    REQUIRE_FALSE(report.has_value());
    INFO(report.error().message.toStdString());
    CHECK(report.error().code == Error::Code::InvalidInput);
    CHECK(report.error().message.contains(u"evaluations[1]: "_s));
    CHECK_FALSE(report.error().message.contains(u"evaluations[0]"_s));
    CHECK(countsOf(t.db()) == Counts{});
}

TEST_CASE("a new card version does not move the score of an imported evaluation", "[import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Scorecard v1 = vectorCard(partlyCase);
    ScorecardStore cards(t.db());
    REQUIRE(cards.save(v1).has_value());
    REQUIRE(EvaluationImporter(t.db())
                .import(parsed({record(u"40001"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase))}), {})
                .has_value());
    const Evaluation before = *evaluationOfTicket(t.db(), u"40001"_s);

    Scorecard v2 = v1;
    v2.sections[0].criteria[0].weight = 5;
    const ScorecardImportResult saved = cards.save(v2).value();
    REQUIRE(saved.newVersion);

    const std::optional<Evaluation> after = EvaluationStore(t.db()).get(before.id).value();
    REQUIRE(after.has_value());
    CHECK(after->scorecardVersion == v1.contentVersion());
    CHECK(after->scorecardVersionId == before.scorecardVersionId);
    CHECK(after->score == before.score);
    REQUIRE(after->score.has_value());
    CHECK(*after->score == Approx(expectedScore(partlyCase)).margin(1e-9).epsilon(0));

    // A later import of another ticket uses the new version.
    REQUIRE(EvaluationImporter(t.db())
                .import(parsed({record(u"40002"_s, u"anna@example.ru"_s, vectorAnswers(partlyCase))}), {})
                .has_value());
    const std::optional<Evaluation> later = evaluationOfTicket(t.db(), u"40002"_s);
    REQUIRE(later.has_value());
    CHECK(later->scorecardVersion == v2.contentVersion());
    REQUIRE(later->score.has_value());
    CHECK(*later->score == Approx(94.375).margin(1e-9).epsilon(0));
}
