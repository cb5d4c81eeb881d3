#include "DemoWorkspace.h"

#include "evaluations/EvaluationImporter.h"
#include "helpdesk/TicketBatchWriter.h"
#include "helpdesk/ZendeskExportParser.h"
#include "people/PeopleImporter.h"
#include "scoring/ScorecardParser.h"
#include "storage/Database.h"
#include "storage/ScorecardStore.h"
#include "storage/SourceStore.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::Internal, DemoWorkspace::tr("demo resource %1 is missing").arg(path)});
    return file.readAll();
}

template<typename T>
Result<T> withPath(Result<T> result, const QString &path)
{
    if (!result)
        return std::unexpected(result.error().prefixed(path));
    return result;
}

void shift(QDateTime &time, qint64 days)
{
    if (time.isValid())
        time = time.addDays(days);
}

} // namespace

QString DemoWorkspace::sourceName()
{
    return u"demo"_s;
}

Result<bool> DemoWorkspace::isSeeded(Database &db)
{
    const Result<std::optional<Source>> source = SourceStore(db).find(sourceName());
    if (!source)
        return std::unexpected(source.error());
    return source->has_value();
}

Result<DemoWorkspace::Report> DemoWorkspace::seed(Database &db, const QDateTime &now)
{
    Report report;
    const Result<bool> seeded = isSeeded(db);
    if (!seeded)
        return std::unexpected(seeded.error());
    if (*seeded) {
        report.alreadySeeded = true;
        return report;
    }

    // Read and check everything before writing anything.
    const Result<QByteArray> peopleJson = readResource(u":/demo/people.json"_s);
    if (!peopleJson)
        return std::unexpected(peopleJson.error());
    const Result<PeopleDirectory> people = withPath(PeopleImporter::parse(*peopleJson), u":/demo/people.json"_s);
    if (!people)
        return std::unexpected(people.error());

    QList<Scorecard> cards;
    const QStringList cardFiles = QDir(u":/demo/scorecards"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : cardFiles) {
        const Result<Scorecard> card = ScorecardParser::fromFile(u":/demo/scorecards/"_s + name);
        if (!card)
            return std::unexpected(card.error());
        cards.append(*card);
    }

    const Result<QByteArray> ticketJson = readResource(u":/demo/tickets.zendesk.json"_s);
    if (!ticketJson)
        return std::unexpected(ticketJson.error());
    Result<QList<Ticket>> tickets = withPath(
        ZendeskExportParser::parse(*ticketJson, {sourceName(), u"https://demo.zendesk.example"_s}),
        u":/demo/tickets.zendesk.json"_s);
    if (!tickets)
        return std::unexpected(tickets.error());

    const Result<QByteArray> evaluationJson = readResource(u":/demo/evaluations.json"_s);
    if (!evaluationJson)
        return std::unexpected(evaluationJson.error());
    Result<QList<EvaluationImportRecord>> evaluations =
        withPath(EvaluationImporter::parse(*evaluationJson), u":/demo/evaluations.json"_s);
    if (!evaluations)
        return std::unexpected(evaluations.error());

    // Move every time by whole days (weekdays and hours of work stay as written) so that the
    // newest event lies just before now.
    QDateTime latest;
    for (const Ticket &t : *tickets)
        latest = std::max({latest, t.updatedAt, t.solvedAt});
    for (const EvaluationImportRecord &e : *evaluations)
        latest = std::max(latest, e.submittedAt);
    // Count the days in UTC, as the data is: daysTo() compares each side's own calendar date.
    const qint64 days = latest.isValid() ? latest.toUTC().daysTo(now.toUTC()) - 1 : 0;
    for (Ticket &t : *tickets) {
        shift(t.createdAt, days);
        shift(t.updatedAt, days);
        shift(t.solvedAt, days);
        for (Message &m : t.messages)
            shift(m.createdAt, days);
    }
    for (EvaluationImportRecord &e : *evaluations)
        shift(e.submittedAt, days);

    const Status written = db.transaction([&]() -> Status {
        if (const Result<qint64> source = SourceStore(db).ensure(sourceName(), u"file"_s, u"https://demo.zendesk.example"_s);
            !source)
            return std::unexpected(source.error());
        if (const Status s = PeopleImporter(db).write(*people); !s)
            return s;
        ScorecardStore scorecards(db);
        for (const Scorecard &card : cards) {
            if (const auto saved = scorecards.save(card); !saved)
                return std::unexpected(saved.error());
        }
        const Result<int> written = TicketBatchWriter(db).write(*tickets, u"demo workspace"_s);
        if (!written)
            return std::unexpected(written.error());
        const Result<EvaluationImportReport> imported = EvaluationImporter(db).import(*evaluations, {});
        if (!imported)
            return std::unexpected(imported.error().prefixed(u":/demo/evaluations.json"_s));
        report.evaluations = imported->imported;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    report.scorecards = int(cards.size());
    report.people = int(people->people.size());
    report.tickets = int(tickets->size());
    return report;
}

} // namespace qadesk
