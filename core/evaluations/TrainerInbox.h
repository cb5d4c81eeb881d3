#pragma once

#include "common/Error.h"
#include "domain/Person.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace qadesk {

class Database;

// One line of a trainer's "My work": a ticket with the card that fits it and where its
// evaluation stands for this trainer.
struct InboxItem
{
    enum class State {
        ToEvaluate,      // solved, not evaluated, not the trainer's own ticket
        MyDraft,         // the trainer's draft
        SubmittedByMe,
        EvaluatedByOther,
        InProgressByOther,
        NotEvaluable,    // not solved yet, or the trainer's own ticket
    };

    Ticket ticket;                      // without messages
    QString scorecardId;                // best fitting card, empty when none fits
    QString scorecardTitle;
    State state = State::NotEvaluable;
    qint64 evaluationId = 0;            // the draft or submitted evaluation shown
    std::optional<double> score;
    QString evaluatedBy;                // trainer name for evaluated or in-progress tickets
    QDateTime evaluatedAt;
    // An assignment task of this trainer for the ticket (0: none), its due date and whether
    // the trainer has submitted it.
    qint64 assignmentId = 0;
    QDate dueDate;
    bool assignmentDone = false;
};

class TrainerInbox final
{
    Q_DECLARE_TR_FUNCTIONS(TrainerInbox)

public:
    static Result<QList<InboxItem>> build(Database &db, const Person &trainer);
    static QString stateLabel(InboxItem::State state);
};

} // namespace qadesk
