#pragma once

#include "common/Error.h"
#include "disputes/Dispute.h"
#include "disputes/DisputeArbitration.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace qadesk {

class Database;
struct Evaluation;
struct Scorecard;

// One question the engineer disputes: why (required) and, optionally, the answer they think right.
struct DisputedQuestion
{
    QString criterionId;
    QString reason;
    std::optional<AnswerValue> proposed;
};

// The steps a person may take on a dispute now.
enum class DisputeAction { Accept, Decline, Assign, Resolve, Withdraw };

// Disputes and arbitration, for the window and the command line alike.
// open -> accepted -> in_arbitration -> resolved (upheld / partial / overturned), or declined, or
// withdrawn. The engineer (or a team lead of theirs) opens one within the window after
// submission; a team lead or an admin accepts or declines it; an admin assigns an arbiter (or the
// next in turn), never the evaluation's trainer, the engineer or the opener; only that arbiter
// resolves, and the arbitrated answers and score are written into the evaluation while the
// originals stay in the dispute. Every step goes to the audit log and notifies the people
// concerned, in the same transaction as the change.
class DisputeService final
{
    Q_DECLARE_TR_FUNCTIONS(DisputeService)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultWindowDays = 14;

    explicit DisputeService(Database &db, Clock clock = {});

    // Days after submission during which a dispute can be opened (a workspace setting kept in the
    // audit log, so every change of it is on record).
    Result<int> windowDays();
    Status setWindowDays(int days, qint64 actorId);

    Result<qint64> open(qint64 evaluationId, qint64 actorId, const QList<DisputedQuestion> &questions);
    Status accept(qint64 disputeId, qint64 actorId);
    Status decline(qint64 disputeId, qint64 actorId, const QString &reason);
    // Assigns `arbiterId`, or the next arbiter in turn when none is given; gives the arbiter.
    Result<qint64> assign(qint64 disputeId, qint64 actorId, std::optional<qint64> arbiterId = std::nullopt);
    // What the rulings would do, without writing anything (the arbitration view's preview).
    Result<ArbitrationResult> preview(qint64 disputeId, const QList<DisputeRuling> &rulings);
    Result<ArbitrationResult> resolve(qint64 disputeId, qint64 actorId, const QList<DisputeRuling> &rulings,
                                      const QString &comment = {});
    Status withdraw(qint64 disputeId, qint64 actorId);

    Result<Dispute> get(qint64 disputeId);
    // The disputes the person may see: their own, their evaluations', their team's, the ones they
    // arbitrate; an admin sees all.
    Result<QList<Dispute>> visibleTo(qint64 personId);
    // The steps `actorId` may take on the dispute now.
    Result<QList<DisputeAction>> actionsFor(const Dispute &dispute, qint64 actorId);
    // Whether the person may open a dispute on the evaluation now (the error says why not).
    Status canOpen(qint64 evaluationId, qint64 actorId);
    // The evaluations the person may dispute now (their own, or their team's for a team lead).
    Result<QList<Evaluation>> disputableBy(qint64 actorId);
    // Questions of the evaluation that were arbitrated already and cannot be disputed again.
    Result<QStringList> arbitratedQuestions(qint64 evaluationId);
    // The people who may arbitrate this dispute.
    Result<QList<Person>> eligibleArbiters(const Dispute &dispute);

private:
    struct Context;
    Result<Context> context(qint64 disputeId, qint64 actorId);
    Status checkTransition(const Dispute &dispute, DisputeAction action) const;
    Status checkRole(const Context &c, DisputeAction action) const;
    Status checkOpen(const Evaluation &evaluation, const Person &actor, const QList<Person> &people);
    Status record(const Dispute &dispute, qint64 actorId, const QString &action, const QJsonObject &before,
                  const QJsonObject &after, const QString &reason = {});
    // Notifies each recipient (never the actor, nobody twice) of a step, with the dispute's facts
    // and `facts` (see NotificationText for the names).
    Status notify(const QList<qint64> &recipients, qint64 actorId, const QString &kind, const Dispute &dispute,
                  QJsonObject facts = {});
    [[nodiscard]] QDateTime now() const;

    Database &m_db;
    Clock m_clock;
};

} // namespace qadesk
