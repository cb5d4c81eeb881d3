#include "DisputeView.h"

#include "DisputeItemWidget.h"
#include "evaluation/ConversationView.h"
#include "evaluation/ScorecardView.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : DisputeView::tr("unscored");
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

DisputeView::DisputeView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_accept(new QPushButton(tr("Acc&ept for arbitration"), this))
    , m_declineReason(new QLineEdit(this))
    , m_decline(new QPushButton(tr("&Decline"), this))
    , m_arbiter(new QComboBox(this))
    , m_assign(new QPushButton(tr("A&ssign"), this))
    , m_assignAuto(new QPushButton(tr("Assign &next in turn"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
    , m_conversation(new ConversationView(this))
    , m_tabs(new QTabWidget(this))
    , m_evaluation(new ScorecardView(this))
    , m_history(new QListWidget(this))
    , m_resolveBar(new QWidget(this))
    , m_preview(new QLabel(this))
    , m_summary(new QLineEdit(this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
{
    setObjectName(u"disputeView"_s);
    m_header->setObjectName(u"disputeHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_error->setObjectName(u"disputeError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_accept->setObjectName(u"acceptDispute"_s);
    m_declineReason->setObjectName(u"declineReason"_s);
    m_declineReason->setPlaceholderText(tr("Reason to decline (required)"));
    m_declineReason->setAccessibleName(tr("Reason to decline"));
    m_decline->setObjectName(u"declineDispute"_s);
    m_arbiter->setObjectName(u"arbiterChoice"_s);
    m_arbiter->setAccessibleName(tr("Arbiter"));
    m_assign->setObjectName(u"assignArbiter"_s);
    m_assignAuto->setObjectName(u"assignNextArbiter"_s);
    m_withdraw->setObjectName(u"withdrawDispute"_s);
    m_tabs->setObjectName(u"disputeTabs"_s);
    m_history->setObjectName(u"disputeHistory"_s);
    m_preview->setObjectName(u"resolutionPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_summary->setObjectName(u"resolutionSummary"_s);
    m_summary->setPlaceholderText(tr("Overall comment (optional)"));
    m_summary->setAccessibleName(tr("Overall comment"));
    m_resolve->setObjectName(u"resolveDispute"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_declineReason, 1);
    actions->addWidget(m_decline);
    actions->addWidget(m_arbiter);
    actions->addWidget(m_assign);
    actions->addWidget(m_assignAuto);
    actions->addWidget(m_withdraw);

    m_itemsPage = new QWidget;
    m_itemsLayout = new QVBoxLayout(m_itemsPage);
    m_itemsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_itemsPage);
    auto *evaluationScroll = new QScrollArea(this);
    evaluationScroll->setWidgetResizable(true);
    evaluationScroll->setWidget(m_evaluation);
    m_tabs->addTab(scroll, tr("Disputed questions"));
    m_tabs->addTab(evaluationScroll, tr("Whole evaluation"));
    m_tabs->addTab(m_history, tr("History"));

    auto *resolveLayout = new QHBoxLayout(m_resolveBar);
    resolveLayout->setContentsMargins(0, 0, 0, 0);
    resolveLayout->addWidget(m_preview, 2);
    resolveLayout->addWidget(m_summary, 2);
    resolveLayout->addWidget(m_resolve);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_resolveBar);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_conversation);
    splitter->addWidget(right);
    splitter->setSizes({450, 650});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_accept, &QPushButton::clicked, this, [this] { act(DisputeAction::Accept); });
    connect(m_decline, &QPushButton::clicked, this, [this] { act(DisputeAction::Decline); });
    connect(m_declineReason, &QLineEdit::returnPressed, this, [this] { act(DisputeAction::Decline); });
    connect(m_assign, &QPushButton::clicked, this, [this] { act(DisputeAction::Assign); });
    connect(m_assignAuto, &QPushButton::clicked, this, [this] {
        m_arbiter->setCurrentIndex(-1);
        act(DisputeAction::Assign);
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { act(DisputeAction::Withdraw); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { act(DisputeAction::Resolve); });
    clear(QString());
}

void DisputeView::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    clear(QString());
}

void DisputeView::clear(const QString &message)
{
    m_dispute = Dispute();
    m_header->setText(message);
    m_error->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_accept, m_declineReason, m_decline, m_arbiter, m_assign,
                                                       m_assignAuto, m_withdraw, m_resolveBar, m_tabs, m_conversation})
        w->setVisible(false);
}

void DisputeView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DisputeView::showDispute(qint64 disputeId)
{
    if (!m_db)
        return;
    DisputeService service(*m_db);
    const Result<Dispute> found = service.get(disputeId);
    if (!found) {
        clear(found.error().message);
        return;
    }
    m_dispute = *found;
    const Dispute &d = m_dispute;
    showError(QString());

    QString header = tr("<h3>Dispute %1 — %2</h3>").arg(d.id).arg(disputeStatusLabel(d.status).toHtmlEscaped());
    header += tr("Ticket <b>%1</b> %2 · engineer <b>%3</b> · trainer <b>%4</b> · opened by %5 on %6")
                  .arg(d.ticketExternalId.toHtmlEscaped(), d.ticketSubject.toHtmlEscaped(), d.engineerName.toHtmlEscaped(),
                       d.trainerName.toHtmlEscaped(), d.openedByName.toHtmlEscaped(), when(d.openedAt));
    if (!d.arbiterName.isEmpty())
        header += tr(" · arbiter <b>%1</b>").arg(d.arbiterName.toHtmlEscaped());
    header += u"<br>"_s + tr("Trainer's score: <b>%1</b>").arg(scoreText(d.originalScore));
    if (d.originalCriticalFailed)
        header += tr(" (a critical question failed; %1 before the cap)").arg(scoreText(d.originalUncappedScore));
    if (d.status == DisputeStatus::Resolved && d.outcome)
        header += u" · "_s + tr("%1: arbitrated score <b>%2</b>").arg(disputeOutcomeLabel(*d.outcome), scoreText(d.resolvedScore));
    if (!d.resolutionComment.isEmpty())
        header += u"<br>"_s + tr("Arbiter's summary: %1").arg(d.resolutionComment.toHtmlEscaped());
    if (d.status == DisputeStatus::Declined)
        header += u"<br>"_s + tr("Declined by %1: %2").arg(d.triagedByName.toHtmlEscaped(), d.declineReason.toHtmlEscaped());
    m_header->setText(header);

    const QList<DisputeAction> allowed = service.actionsFor(d, m_person.id).value_or(QList<DisputeAction>());
    const bool canResolve = allowed.contains(DisputeAction::Resolve);
    m_accept->setVisible(allowed.contains(DisputeAction::Accept));
    m_declineReason->setVisible(allowed.contains(DisputeAction::Decline));
    m_declineReason->clear();
    m_decline->setVisible(allowed.contains(DisputeAction::Decline));
    const bool canAssign = allowed.contains(DisputeAction::Assign);
    m_arbiter->setVisible(canAssign);
    m_assign->setVisible(canAssign);
    m_assignAuto->setVisible(canAssign);
    m_withdraw->setVisible(allowed.contains(DisputeAction::Withdraw));
    m_arbiter->clear();
    if (canAssign) {
        for (const Person &p : service.eligibleArbiters(d).value_or(QList<Person>())) {
            if (!d.arbiterId || p.id != *d.arbiterId)
                m_arbiter->addItem(p.name, p.id);
        }
    }

    // The ticket, the evaluation (as it stands now) and the card it is pinned to.
    m_conversation->setVisible(true);
    if (const Result<std::optional<Ticket>> ticket = TicketStore(*m_db).get(d.ticketId); ticket && *ticket)
        m_conversation->setTicket(**ticket);
    else
        m_conversation->setPlainText(tr("The ticket could not be read."));
    std::optional<Scorecard> card;
    if (const Result<std::optional<Evaluation>> e = EvaluationStore(*m_db).get(d.evaluationId); e && *e) {
        if (const Result<ScorecardVersion> v = ScorecardStore(*m_db).versionById((*e)->scorecardVersionId); v) {
            card = v->card;
            m_evaluation->showCard(v->card, **e);
        }
    }

    qDeleteAll(m_items);
    m_items.clear();
    for (const DisputeItem &item : d.items) {
        const Criterion *criterion = card ? card->findCriterion(item.criterionId) : nullptr;
        auto *w = new DisputeItemWidget(item, criterion ? criterion->text : QString(), criterion ? criterion->naAllowed : true,
                                        canResolve, m_itemsPage);
        m_itemsLayout->insertWidget(m_itemsLayout->count() - 1, w);
        connect(w, &DisputeItemWidget::changed, this, &DisputeView::updatePreview);
        m_items.append(w);
    }
    m_tabs->setVisible(true);
    m_tabs->setCurrentIndex(0);

    m_history->clear();
    for (const AuditEntry &e : AuditLog(*m_db).list(u"dispute"_s, QString::number(d.id)).value_or(QList<AuditEntry>())) {
        QString line = u"%1 · %2 · %3"_s.arg(when(e.at), e.actor, e.action);
        const QString before = e.before.value(u"status"_s).toString();
        const QString after = e.after.value(u"status"_s).toString();
        if (!after.isEmpty())
            line += u" · %1 → %2"_s.arg(before.isEmpty() ? u"—"_s : before, after);
        if (!e.reason.isEmpty())
            line += u" · "_s + e.reason;
        m_history->addItem(line);
    }
    for (const AuditEntry &e : AuditLog(*m_db).list(u"evaluation"_s, QString::number(d.evaluationId)).value_or(QList<AuditEntry>())) {
        if (e.action == u"evaluation.arbitrate"_s)
            m_history->addItem(tr("%1 · evaluation score %2 → %3")
                                   .arg(when(e.at), e.before.value(u"score"_s).isNull() ? tr("unscored") : scoreText(e.before.value(u"score"_s).toDouble()),
                                        e.after.value(u"score"_s).isNull() ? tr("unscored") : scoreText(e.after.value(u"score"_s).toDouble())));
    }

    m_resolveBar->setVisible(canResolve);
    m_summary->clear();
    updatePreview();
}

QList<DisputeRuling> DisputeView::rulings() const
{
    QList<DisputeRuling> list;
    for (const DisputeItemWidget *w : m_items) {
        if (const auto r = w->ruling())
            list.append(*r);
    }
    return list;
}

void DisputeView::updatePreview()
{
    if (!m_db || m_resolveBar->isHidden())
        return;
    const QList<DisputeRuling> chosen = rulings();
    if (chosen.size() < m_items.size()) {
        m_preview->setText(tr("Decide %n more question(s).", nullptr, int(m_items.size() - chosen.size())));
        m_resolve->setEnabled(false);
        return;
    }
    const Result<ArbitrationResult> preview = DisputeService(*m_db).preview(m_dispute.id, chosen);
    if (!preview) {
        m_preview->setText(preview.error().message.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_resolve->setEnabled(false);
        return;
    }
    m_preview->setText(tr("%1: score <b>%2</b> → <b>%3</b>")
                           .arg(disputeOutcomeLabel(preview->outcome), scoreText(preview->scoreBefore),
                                scoreText(preview->score.score)));
    m_resolve->setEnabled(true);
}

void DisputeView::act(DisputeAction action)
{
    if (!m_db || !m_dispute.id)
        return;
    DisputeService service(*m_db);
    Status done;
    QString confirmation;
    switch (action) {
    case DisputeAction::Accept:
        done = service.accept(m_dispute.id, m_person.id);
        confirmation = tr("Dispute %1 accepted for arbitration.").arg(m_dispute.id);
        break;
    case DisputeAction::Decline:
        done = service.decline(m_dispute.id, m_person.id, m_declineReason->text());
        confirmation = tr("Dispute %1 declined.").arg(m_dispute.id);
        break;
    case DisputeAction::Assign: {
        std::optional<qint64> arbiter;
        if (m_arbiter->currentIndex() >= 0)
            arbiter = m_arbiter->currentData().toLongLong();
        const Result<qint64> assigned = service.assign(m_dispute.id, m_person.id, arbiter);
        done = assigned ? Status() : Status(std::unexpected(assigned.error()));
        confirmation = tr("Arbiter assigned to dispute %1.").arg(m_dispute.id);
        break;
    }
    case DisputeAction::Resolve: {
        const Result<ArbitrationResult> r = service.resolve(m_dispute.id, m_person.id, rulings(), m_summary->text());
        done = r ? Status() : Status(std::unexpected(r.error()));
        if (r)
            confirmation = tr("Dispute %1 resolved: %2, score %3 → %4")
                               .arg(m_dispute.id)
                               .arg(disputeOutcomeLabel(r->outcome), scoreText(r->scoreBefore), scoreText(r->score.score));
        break;
    }
    case DisputeAction::Withdraw:
        done = service.withdraw(m_dispute.id, m_person.id);
        confirmation = tr("Dispute %1 withdrawn.").arg(m_dispute.id);
        break;
    }
    if (!done) {
        showError(done.error().message);
        return;
    }
    const qint64 id = m_dispute.id;
    showDispute(id);
    Q_EMIT message(confirmation);
    Q_EMIT disputeChanged(id);
}

} // namespace qadesk::ui
