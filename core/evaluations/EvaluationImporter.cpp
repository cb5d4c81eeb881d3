#include "EvaluationImporter.h"

#include "common/FileReader.h"
#include "common/IsoTime.h"
#include "common/JsonObjectReader.h"
#include "scoring/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QString emailField(JsonObjectReader &reader, const QString &key)
{
    const QString email = reader.nonEmptyString(key, true).trimmed().toLower();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@'))) {
        reader.problem(key, EvaluationImporter::tr("must be an email address"));
        return {};
    }
    return email;
}

} // namespace

Result<QList<EvaluationImportRecord>> EvaluationImporter::parse(const QByteArray &json)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    QStringList problems;
    JsonObjectReader root(*document, QString(), problems);
    root.rejectUnknown({u"format", u"evaluations"});
    requireFormat(root, u"qadesk.evaluations/1"_s);
    QList<EvaluationImportRecord> records;
    const std::optional<QJsonArray> items = root.array(u"evaluations"_s, true);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const QString path = root.pathOf(u"evaluations"_s, i);
        if (!items->at(i).isObject()) {
            problems.append(path + u": "_s + tr("must be an object"));
            continue;
        }
        JsonObjectReader reader(items->at(i).toObject(), path, problems);
        reader.rejectUnknown({u"ticket", u"source", u"engineer", u"trainer", u"scorecard", u"submitted_at", u"kind",
                              u"comment", u"answers"});
        EvaluationImportRecord r;
        r.ticket = reader.nonEmptyString(u"ticket"_s, true);
        r.source = reader.nonEmptyString(u"source"_s, true);
        r.engineer = emailField(reader, u"engineer"_s);
        r.trainer = emailField(reader, u"trainer"_s);
        r.scorecard = reader.nonEmptyString(u"scorecard"_s, true);
        if (const std::optional<QString> at = reader.string(u"submitted_at"_s, true)) {
            r.submittedAt = IsoTime::fromText(*at);
            if (!r.submittedAt.isValid())
                reader.problem(u"submitted_at"_s, tr("must be an ISO-8601 time such as 2026-10-01T09:30:00Z"));
        }
        if (const std::optional<QString> kind = reader.string(u"kind"_s, false)) {
            const std::optional<EvaluationKind> parsed = evaluationKindFromId(*kind);
            if (!parsed)
                reader.problem(u"kind"_s, tr("must be \"normal\" or \"calibration\""));
            r.kind = parsed.value_or(EvaluationKind::Normal);
        }
        r.comment = reader.string(u"comment"_s, false).value_or(QString());
        if (!reader.has(u"answers"_s))
            reader.problem(u"answers"_s, tr("is required"));
        else
            r.answers = AnswerSheet::readAnswerMap(reader.object().value(u"answers"_s), reader.pathOf(u"answers"_s), problems);
        if (!r.engineer.isEmpty() && r.engineer == r.trainer)
            reader.problem(u"trainer"_s, tr("the trainer and the engineer must be different people"));
        records.append(std::move(r));
    }
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return records;
}

Result<EvaluationImportReport> EvaluationImporter::import(const QList<EvaluationImportRecord> &records,
                                                          const Options &options)
{
    ScorecardStore scorecards(m_db);
    TicketStore tickets(m_db);
    EvaluationStore evaluations(m_db);
    PeopleStore people(m_db);
    if (options.actorId) {
        // Imported evaluations count towards pay: only a QA admin brings them in.
        const Result<std::optional<Person>> actor = people.findById(*options.actorId);
        if (!actor)
            return std::unexpected(actor.error());
        if (!*actor || !(*actor)->hasRole(Role::Admin))
            return std::unexpected(Error{Error::Code::Permission,
                                         tr("%1 is not a QA admin and cannot import evaluations")
                                             .arg(*actor ? (*actor)->name : QString::number(*options.actorId))});
    }

    // 1. Check every record against the database before writing anything.
    QStringList problems;
    QHash<QString, ScorecardVersion> cards;
    QList<ScoreResult> results;
    QSet<QString> seen;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const EvaluationImportRecord &r = records.at(i);
        const QString path = u"evaluations[%1]"_s.arg(i);
        results.append(ScoreResult());
        if (!cards.contains(r.scorecard)) {
            Result<ScorecardVersion> card = scorecards.current(r.scorecard);
            if (!card) {
                if (card.error().code != Error::Code::NotFound)
                    return std::unexpected(card.error());
                problems.append(path + u".scorecard: "_s
                                + tr("no scorecard \"%1\" in this workspace (import it first)").arg(r.scorecard));
                continue;
            }
            cards.insert(r.scorecard, *card);
        }
        const Scorecard &card = cards.value(r.scorecard).card;
        const QStringList answerProblems = AnswerSheet::problemsUnder(card, r.answers, path + u".answers"_s);
        if (!answerProblems.isEmpty()) {
            problems += answerProblems;
            continue;
        }
        results.last() = ScoringEngine::score(card, r.answers);
        const ScoreResult &result = results.last();
        if (!result.complete && !options.allowIncomplete) {
            QStringList missing;
            if (!result.missingAnswers.isEmpty())
                missing.append(tr("no answer for %1").arg(result.missingAnswers.join(u", "_s)));
            if (!result.missingComments.isEmpty())
                missing.append(tr("no comment for %1").arg(result.missingComments.join(u", "_s)));
            problems.append(path + u".answers: "_s
                            + tr("incomplete under scorecard \"%1\": %2 (use --allow-incomplete to import it flagged)")
                                  .arg(r.scorecard, missing.join(u"; "_s)));
        }
        const QString key = r.source + u'\n' + r.ticket + u'\n' + r.trainer + u'\n' + IsoTime::toText(r.submittedAt);
        if (seen.contains(key))
            problems.append(path + u": "_s + tr("the same evaluation appears twice in the file"));
        seen.insert(key);

        const Result<std::optional<qint64>> ticketId = tickets.findId(r.source, r.ticket);
        if (!ticketId)
            return std::unexpected(ticketId.error());
        const Result<std::optional<Person>> trainer = people.findByEmail(r.trainer);
        if (!trainer)
            return std::unexpected(trainer.error());
        if (*ticketId && *trainer) {
            const Result<bool> exists = evaluations.exists(**ticketId, (*trainer)->id, r.submittedAt);
            if (!exists)
                return std::unexpected(exists.error());
            if (*exists)
                problems.append(path + u": "_s + tr("already imported (same ticket, trainer and submission time)"));
        }
    }
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));

    // 2. Write everything in one transaction.
    EvaluationImportReport report;
    const Status written = m_db.transaction([&]() -> Status {
        const Result<QList<Person>> before = people.list();
        if (!before)
            return std::unexpected(before.error());
        const qsizetype peopleBefore = before->size();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const EvaluationImportRecord &r = records.at(i);
            const ScoreResult &result = results.at(i);
            const Result<qint64> engineerId = people.ensurePerson(r.engineer);
            const Result<qint64> trainerId = people.ensurePerson(r.trainer);
            if (!engineerId)
                return std::unexpected(engineerId.error());
            if (!trainerId)
                return std::unexpected(trainerId.error());
            if (const Status s = people.addRole(*engineerId, Role::Engineer); !s)
                return s;
            if (const Status s = people.addRole(*trainerId, Role::Trainer); !s)
                return s;
            const Result<std::optional<qint64>> existing = tickets.findId(r.source, r.ticket);
            if (!existing)
                return std::unexpected(existing.error());
            const Result<qint64> ticketId = tickets.ensureStub(r.source, r.ticket, r.engineer);
            if (!ticketId)
                return std::unexpected(ticketId.error());
            if (!*existing)
                ++report.ticketStubs;

            EvaluationRecord record;
            record.ticketId = *ticketId;
            record.engineerId = *engineerId;
            record.trainerId = *trainerId;
            record.scorecardVersionId = cards.value(r.scorecard).versionId;
            record.status = EvaluationStatus::Submitted;
            record.kind = r.kind;
            record.submittedAt = r.submittedAt;
            record.score = result.score;
            record.uncappedScore = result.uncappedScore;
            record.criticalFailed = result.criticalFailed;
            record.complete = result.complete;
            record.comment = r.comment;
            record.answers = r.answers;
            const Result<qint64> id = evaluations.insert(record);
            if (!id)
                return std::unexpected(id.error().prefixed(u"evaluations[%1]"_s.arg(i)));

            AuditEntry entry;
            entry.actorId = options.actorId;
            entry.action = u"evaluation.import"_s;
            entry.entity = u"evaluation"_s;
            entry.entityId = QString::number(*id);
            entry.after = QJsonObject{{u"ticket"_s, r.ticket},
                                      {u"source"_s, r.source},
                                      {u"engineer"_s, r.engineer},
                                      {u"trainer"_s, r.trainer},
                                      {u"scorecard_version"_s, cards.value(r.scorecard).contentHash},
                                      {u"answers"_s, AnswerSheet::answerMapToJson(r.answers)},
                                      {u"complete"_s, result.complete}};
            if (const Status s = AuditLog(m_db).append(entry); !s)
                return s;
            ++report.imported;
            if (!result.complete)
                ++report.incomplete;
        }
        const Result<QList<Person>> after = people.list();
        if (!after)
            return std::unexpected(after.error());
        report.peopleCreated = int(after->size() - peopleBefore);
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return report;
}

Result<EvaluationImportReport> EvaluationImporter::importFile(const QString &path, const Options &options)
{
    const Result<QByteArray> bytes = FileReader::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const Result<QList<EvaluationImportRecord>> records = parse(*bytes);
    if (!records)
        return std::unexpected(records.error().prefixed(path));
    const Result<EvaluationImportReport> report = import(*records, options);
    if (!report)
        return std::unexpected(report.error().prefixed(path));
    return report;
}

} // namespace qadesk
