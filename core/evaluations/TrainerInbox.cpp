#include "TrainerInbox.h"

#include "people/TeamAccess.h"
#include "scoring/ScorecardMatcher.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<QList<InboxItem>> TrainerInbox::build(Database &db, const Person &trainer)
{
    const Result<QList<Ticket>> tickets = TicketStore(db).list();
    if (!tickets)
        return std::unexpected(tickets.error());
    const Result<QList<Evaluation>> evaluations = EvaluationStore(db).list();
    if (!evaluations)
        return std::unexpected(evaluations.error());
    const Result<QList<Scorecard>> activeCards = ScorecardStore(db).activeCards();
    if (!activeCards)
        return std::unexpected(activeCards.error());
    const QList<Scorecard> &cards = *activeCards;
    const Result<TeamAccess> access = TeamAccess::load(db);
    if (!access)
        return std::unexpected(access.error());
    const Result<QList<AssignmentTask>> tasks = AssignmentStore(db).tasks({}, trainer.id);
    if (!tasks)
        return std::unexpected(tasks.error());
    QHash<qint64, const AssignmentTask *> taskByTicket;
    for (const AssignmentTask &task : *tasks)
        taskByTicket.insert(task.ticketId, &task);

    // Per ticket, the evaluations that matter here (the list is newest first).
    QHash<qint64, QList<const Evaluation *>> byTicket;
    for (const Evaluation &e : *evaluations) {
        if (e.kind == EvaluationKind::Normal || e.trainerEmail == trainer.email)
            byTicket[e.ticketId].append(&e);
    }

    QList<InboxItem> items;
    items.reserve(tickets->size());
    for (const Ticket &ticket : *tickets) {
        InboxItem item;
        item.ticket = ticket;
        const QList<ScorecardMatcher::Match> matches = ScorecardMatcher::rank(cards, ticket);
        if (!matches.isEmpty()) {
            item.scorecardId = matches.first().card->id;
            item.scorecardTitle = matches.first().card->title;
        }
        const bool solved = ticket.solvedAt.isValid();
        const bool own = ticket.assigneeEmail == trainer.email;
        const bool permitted = access->mayEvaluate(trainer, ticket.team);
        item.state = solved && !own && !ticket.stub && permitted ? InboxItem::State::ToEvaluate
                                                                  : InboxItem::State::NotEvaluable;
        for (const Evaluation *e : byTicket.value(ticket.id)) {
            const bool mine = e->trainerEmail == trainer.email;
            InboxItem::State state = InboxItem::State::NotEvaluable;
            if (e->status == EvaluationStatus::Draft)
                state = mine ? InboxItem::State::MyDraft : InboxItem::State::InProgressByOther;
            else if (e->kind == EvaluationKind::Normal)
                state = mine ? InboxItem::State::SubmittedByMe : InboxItem::State::EvaluatedByOther;
            else
                continue; // a submitted calibration of mine does not change the ticket's state
            // My own draft wins over anything; a submitted evaluation wins over someone's draft.
            const bool better = item.evaluationId == 0 || state == InboxItem::State::MyDraft
                                || (item.state == InboxItem::State::InProgressByOther
                                    && state != InboxItem::State::InProgressByOther);
            if (!better)
                continue;
            item.state = state;
            item.evaluationId = e->id;
            item.score = e->score;
            item.evaluatedBy = e->trainerName;
            item.evaluatedAt = e->submittedAt;
            if (e->status == EvaluationStatus::Submitted || state == InboxItem::State::MyDraft) {
                item.scorecardId = e->scorecardId;
                item.scorecardTitle = e->scorecardTitle;
            }
        }
        if (const AssignmentTask *task = taskByTicket.value(ticket.id)) {
            item.assignmentId = task->id;
            item.dueDate = task->dueDate;
            item.assignmentDone = task->done;
        }
        items.append(std::move(item));
    }
    return items;
}

QString TrainerInbox::stateLabel(InboxItem::State state)
{
    switch (state) {
    case InboxItem::State::ToEvaluate: return tr("to evaluate");
    case InboxItem::State::MyDraft: return tr("my draft");
    case InboxItem::State::SubmittedByMe: return tr("submitted by me");
    case InboxItem::State::EvaluatedByOther: return tr("evaluated");
    case InboxItem::State::InProgressByOther: return tr("in progress");
    case InboxItem::State::NotEvaluable: return tr("—");
    }
    return {};
}

} // namespace qadesk
