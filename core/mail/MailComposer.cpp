#include "MailComposer.h"

#include "kpi/KpiCalculator.h"
#include "mail/MailTemplateSet.h"
#include "scoring/AnswerValue.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QJsonArray>
#include <QLocale>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

bool russian(const QString &language)
{
    return language == u"ru"_s;
}

// Labels in the recipient's language, not the sender's window language.
QString answerLabel(const QString &valueId, const QString &language)
{
    const bool ru = russian(language);
    if (valueId == u"yes"_s)
        return ru ? u"Да"_s : u"Yes"_s;
    if (valueId == u"partly"_s)
        return ru ? u"Частично"_s : u"Partly"_s;
    if (valueId == u"no"_s)
        return ru ? u"Нет"_s : u"No"_s;
    if (valueId == u"na"_s)
        return ru ? u"Неприменимо"_s : u"N/A"_s;
    return valueId;
}

QString outcomeLabel(const QString &outcome, const QString &language)
{
    const bool ru = russian(language);
    if (outcome == u"upheld"_s)
        return ru ? u"оценка оставлена без изменений"_s : u"the evaluation stands"_s;
    if (outcome == u"partial"_s)
        return ru ? u"спор удовлетворён частично"_s : u"partly accepted"_s;
    if (outcome == u"overturned"_s)
        return ru ? u"спор удовлетворён"_s : u"accepted"_s;
    return outcome;
}

QString decisionLabel(const QString &decision, const QString &language)
{
    const bool ru = russian(language);
    if (decision == u"keep"_s)
        return ru ? u"оставлено"_s : u"kept"_s;
    if (decision == u"accept"_s)
        return ru ? u"принято ваше предложение"_s : u"your proposal accepted"_s;
    if (decision == u"other"_s)
        return ru ? u"изменено арбитром"_s : u"changed by the arbiter"_s;
    return ru ? u"без решения"_s : u"no decision"_s;
}

QString disputeStatusLabel(const QString &status, const QString &language)
{
    const bool ru = russian(language);
    if (status == u"open"_s)
        return ru ? u"ждёт тренера"_s : u"waiting for the trainer"_s;
    if (status == u"accepted"_s)
        return ru ? u"ждёт назначения арбитра"_s : u"waiting for an arbiter"_s;
    if (status == u"in_arbitration"_s)
        return ru ? u"у арбитра"_s : u"with the arbiter"_s;
    return status;
}

QString questionText(const Scorecard &card, const QString &criterionId)
{
    const Criterion *criterion = card.findCriterion(criterionId);
    return criterion ? criterion->text : criterionId;
}

} // namespace

QString MailComposer::formatScore(std::optional<double> score, const QString &language)
{
    if (!score)
        return u"—"_s;
    const QLocale locale(russian(language) ? QLocale::Russian : QLocale::English);
    const double rounded = std::round(*score * 10.0) / 10.0;
    return locale.toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString MailComposer::formatDate(const QDate &date, const QString &language)
{
    const QLocale locale(russian(language) ? QLocale::Russian : QLocale::English);
    return locale.toString(date, u"d MMMM yyyy"_s);
}

Result<OutboxMessage> MailComposer::finish(const QString &kind, const QString &entity, const QString &entityId,
                                           const Person &recipient, const QJsonObject &data)
{
    const QString language = MailTemplateSet::languageFor(recipient.language);
    Result<RenderedMail> rendered = MailTemplateSet::render(kind, language, data, m_settings.templatesDir);
    if (!rendered && !m_settings.templatesDir.isEmpty()) {
        // A broken override must not stop a trainer from submitting: the built-in template is
        // used and the problem is recorded with the message for the admin to see.
        const Error problem = rendered.error();
        rendered = MailTemplateSet::render(kind, language, data, QString());
        if (rendered)
            rendered->unknownValues.prepend(problem.message);
    }
    if (!rendered)
        return std::unexpected(rendered.error());
    OutboxMessage m;
    m.kind = kind;
    m.entity = entity;
    m.entityId = entityId;
    m.recipientId = recipient.id;
    m.recipient = recipient.email;
    m.recipientName = recipient.name;
    m.language = language;
    m.messageId = u"qadesk-%1-%2-%3@%4"_s.arg(kind, entityId, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                m_settings.senderDomain());
    m.subject = rendered->subject;
    m.bodyText = rendered->text;
    m.bodyHtml = rendered->html;
    m.data = data;
    m.status = OutboxStatus::Queued;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.notBefore = m.createdAt;
    return m;
}

Result<OutboxMessage> MailComposer::evaluation(qint64 evaluationId)
{
    const Result<std::optional<Evaluation>> found = EvaluationStore(m_db).get(evaluationId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    const Evaluation &e = **found;
    if (e.status != EvaluationStatus::Submitted)
        return std::unexpected(Error::invalid(tr("evaluation %1 is a draft; only submitted evaluations are mailed")
                                                  .arg(evaluationId)));
    const Result<std::optional<Person>> engineer = PeopleStore(m_db).findByEmail(e.engineerEmail);
    if (!engineer)
        return std::unexpected(engineer.error());
    if (!*engineer)
        return std::unexpected(Error::notFound(tr("no person %1").arg(e.engineerEmail)));
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById(e.scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    const Result<std::optional<QString>> url = MailOutboxStore(m_db).ticketUrl(e.ticketId);
    if (!url)
        return std::unexpected(url.error());
    const QString language = MailTemplateSet::languageFor((*engineer)->language);

    // Findings in the order of the card, not of the answer map.
    QJsonArray findings;
    for (const ScorecardSection &section : card->card.sections) {
        for (const Criterion &criterion : section.criteria) {
            const auto answer = e.answers.constFind(criterion.id);
            if (answer == e.answers.cend()
                || (answer->value != AnswerValue::Partly && answer->value != AnswerValue::No))
                continue;
            findings.append(QJsonObject{{u"question"_s, criterion.text},
                                        {u"section"_s, section.title},
                                        {u"answer"_s, answerLabel(answerValueId(answer->value), language)},
                                        {u"critical"_s, criterion.critical},
                                        {u"comment"_s, answer->comment}});
        }
    }
    const QDateTime submitted = e.submittedAt.isValid() ? e.submittedAt : QDateTime::currentDateTimeUtc();
    const QDate localDay = submitted.toLocalTime().date();
    const QJsonObject data{
        {u"evaluation_id"_s, e.id},
        {u"calibration"_s, e.kind == EvaluationKind::Calibration},
        {u"engineer"_s, QJsonObject{{u"name"_s, (*engineer)->name}, {u"email"_s, (*engineer)->email}}},
        {u"trainer"_s, QJsonObject{{u"name"_s, e.trainerName}, {u"email"_s, e.trainerEmail}}},
        {u"ticket"_s, QJsonObject{{u"id"_s, e.ticketExternalId}, {u"subject"_s, e.ticketSubject},
                                  {u"url"_s, url->value_or(QString())}}},
        {u"scorecard"_s, card->card.title},
        {u"score"_s, formatScore(e.score, language)},
        {u"score_value"_s, e.score ? QJsonValue(*e.score) : QJsonValue()},
        {u"critical_failed"_s, e.criticalFailed},
        {u"uncapped_score"_s, formatScore(e.uncappedScore, language)},
        {u"findings"_s, findings},
        {u"has_findings"_s, !findings.isEmpty()},
        {u"comment"_s, e.comment.trimmed()},
        {u"submitted"_s, formatDate(localDay, language)},
        {u"dispute_until"_s, formatDate(localDay.addDays(m_settings.disputeWindowDays), language)},
        {u"dispute_days"_s, m_settings.disputeWindowDays},
        {u"scores_url"_s, m_settings.scoresUrl},
    };
    return finish(u"evaluation"_s, u"evaluation"_s, QString::number(e.id), **engineer, data);
}

Result<OutboxMessage> MailComposer::dispute(qint64 disputeId)
{
    const Result<std::optional<DisputeMailFacts>> facts = MailOutboxStore(m_db).disputeFacts(disputeId);
    if (!facts)
        return std::unexpected(facts.error());
    if (!*facts)
        return std::unexpected(Error::notFound(tr("no dispute %1").arg(disputeId)));
    const DisputeMailFacts &d = **facts;
    if (d.status != u"resolved"_s)
        return std::unexpected(Error::invalid(tr("dispute %1 is not resolved").arg(disputeId)));
    const Result<std::optional<Evaluation>> found = EvaluationStore(m_db).get(d.evaluationId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(d.evaluationId)));
    const Evaluation &e = **found;
    const Result<std::optional<Person>> engineer = PeopleStore(m_db).findByEmail(e.engineerEmail);
    if (!engineer)
        return std::unexpected(engineer.error());
    if (!*engineer)
        return std::unexpected(Error::notFound(tr("no person %1").arg(e.engineerEmail)));
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById(e.scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    const Result<std::optional<QString>> url = MailOutboxStore(m_db).ticketUrl(e.ticketId);
    if (!url)
        return std::unexpected(url.error());
    const QString language = MailTemplateSet::languageFor((*engineer)->language);
    QJsonArray items;
    for (const DisputeMailFacts::Item &item : d.items) {
        const QString decided = item.decidedValue.isEmpty() ? item.originalValue : item.decidedValue;
        items.append(QJsonObject{{u"question"_s, questionText(card->card, item.criterionId)},
                                 {u"reason"_s, item.reason},
                                 {u"original"_s, answerLabel(item.originalValue, language)},
                                 {u"decided"_s, answerLabel(decided, language)},
                                 {u"decision"_s, decisionLabel(item.decision, language)},
                                 {u"comment"_s, item.decisionComment}});
    }
    const QDate resolved = (d.resolvedAt.isValid() ? d.resolvedAt : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    const QJsonObject data{
        {u"dispute_id"_s, d.id},
        {u"evaluation_id"_s, e.id},
        {u"engineer"_s, QJsonObject{{u"name"_s, (*engineer)->name}, {u"email"_s, (*engineer)->email}}},
        {u"ticket"_s, QJsonObject{{u"id"_s, e.ticketExternalId}, {u"subject"_s, e.ticketSubject},
                                  {u"url"_s, url->value_or(QString())}}},
        {u"scorecard"_s, card->card.title},
        {u"outcome"_s, outcomeLabel(d.outcome, language)},
        {u"original_score"_s, formatScore(d.originalScore, language)},
        {u"resolved_score"_s, formatScore(d.resolvedScore ? d.resolvedScore : e.score, language)},
        {u"resolved"_s, formatDate(resolved, language)},
        {u"arbiter"_s, d.arbiterName},
        {u"items"_s, items},
        {u"has_items"_s, !items.isEmpty()},
        {u"resolution_comment"_s, d.resolutionComment.trimmed()},
        {u"scores_url"_s, m_settings.scoresUrl},
    };
    return finish(u"dispute"_s, u"dispute"_s, QString::number(d.id), **engineer, data);
}

Result<OutboxMessage> MailComposer::digest(const QList<OutboxMessage> &items, const QDateTime &now)
{
    if (items.isEmpty() || !items.first().recipientId)
        return std::unexpected(Error{Error::Code::Internal, tr("a digest needs messages to one person")});
    Person recipient;
    recipient.id = *items.first().recipientId;
    recipient.email = items.first().recipient;
    recipient.name = items.first().recipientName;
    recipient.language = items.first().language;
    QJsonArray evaluations;
    double sum = 0;
    int scored = 0;
    QStringList ids;
    for (const OutboxMessage &item : items) {
        evaluations.append(item.data);
        ids.append(item.entityId);
        if (item.data.value(u"score_value"_s).isDouble()) {
            sum += item.data.value(u"score_value"_s).toDouble();
            ++scored;
        }
    }
    const QString language = MailTemplateSet::languageFor(recipient.language);
    const QJsonObject data{
        {u"engineer"_s, QJsonObject{{u"name"_s, recipient.name}, {u"email"_s, recipient.email}}},
        {u"date"_s, formatDate(now.toLocalTime().date(), language)},
        {u"count"_s, int(items.size())},
        {u"average"_s, formatScore(scored > 0 ? std::optional<double>(sum / scored) : std::nullopt, language)},
        {u"evaluations"_s, evaluations},
        {u"scores_url"_s, m_settings.scoresUrl},
    };
    return finish(u"digest"_s, u"person"_s, QString::number(recipient.id), recipient, data);
}

Result<OutboxMessage> MailComposer::teamKpi(const Person &lead, const QDate &today)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Result<QList<Evaluation>> evaluations = EvaluationStore(m_db).list();
    if (!evaluations)
        return std::unexpected(evaluations.error());
    const QString language = MailTemplateSet::languageFor(lead.language);
    // The week that ended yesterday (Monday to Sunday when sent on a Monday) and the month so far.
    const KpiPeriod week{today.addDays(-7), today.addDays(-1)};
    const KpiPeriod month{QDate(today.year(), today.month(), 1), today};
    QJsonArray rows;
    QList<Evaluation> teamMonth;
    for (const Person &p : *people) {
        if (p.id == lead.id || !p.hasRole(Role::Engineer))
            continue;
        const bool sameTeam = std::any_of(p.teams.cbegin(), p.teams.cend(),
                                          [&](const QString &t) { return lead.teams.contains(t); });
        if (!sameTeam)
            continue;
        QList<Evaluation> theirs;
        for (const Evaluation &e : *evaluations) {
            if (e.engineerEmail == p.email)
                theirs.append(e);
        }
        const KpiFigure w = KpiCalculator::compute(theirs, week);
        const KpiFigure m = KpiCalculator::compute(theirs, month);
        for (const Evaluation &e : theirs) {
            if (KpiCalculator::counts(e) && month.contains(e.submittedAt))
                teamMonth.append(e);
        }
        const std::optional<double> multiplier = KpiCalculator::multiplier(m.kpi);
        rows.append(QJsonObject{{u"name"_s, p.name},
                                {u"week_kpi"_s, formatScore(w.kpi, language)},
                                {u"week_count"_s, w.evaluations},
                                {u"month_kpi"_s, formatScore(m.kpi, language)},
                                {u"month_count"_s, m.evaluations},
                                {u"multiplier"_s, multiplier ? QString(formatScore(*multiplier * 100.0, language) + u" %"_s)
                                                             : u"—"_s}});
    }
    const QLocale locale(russian(language) ? QLocale::Russian : QLocale::English);
    const QJsonObject data{
        {u"lead"_s, QJsonObject{{u"name"_s, lead.name}, {u"email"_s, lead.email}}},
        {u"week"_s, QString(formatDate(week.from, language) + u" – "_s + formatDate(week.to, language))},
        {u"month"_s, QString(locale.standaloneMonthName(today.month()) + u' ' + QString::number(today.year()))},
        {u"rows"_s, rows},
        {u"team_kpi"_s, formatScore(KpiCalculator::compute(teamMonth, month).kpi, language)},
    };
    return finish(u"team_kpi"_s, u"person"_s, QString::number(lead.id), lead, data);
}

Result<OutboxMessage> MailComposer::disputesWaiting(const Person &admin, const QList<WaitingDispute> &disputes,
                                                    const QDateTime &now)
{
    const QString language = MailTemplateSet::languageFor(admin.language);
    QJsonArray list;
    for (const WaitingDispute &d : disputes) {
        list.append(QJsonObject{{u"id"_s, d.id},
                                {u"evaluation_id"_s, d.evaluationId},
                                {u"engineer"_s, d.engineerName},
                                {u"status"_s, disputeStatusLabel(d.status, language)},
                                {u"opened"_s, formatDate(d.openedAt.toLocalTime().date(), language)},
                                {u"waited"_s, int(d.openedAt.daysTo(now))}});
    }
    const QJsonObject data{
        {u"admin"_s, QJsonObject{{u"name"_s, admin.name}, {u"email"_s, admin.email}}},
        {u"days"_s, m_settings.disputeWaitDays},
        {u"count"_s, int(disputes.size())},
        {u"disputes"_s, list},
    };
    return finish(u"dispute_waiting"_s, u"person"_s, QString::number(admin.id), admin, data);
}

} // namespace qadesk
