#include "EvaluationPage.h"

#include "ConversationView.h"
#include "ScorecardView.h"
#include "scoring/ScorecardMatcher.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

EvaluationPage::EvaluationPage(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_conversation(new ConversationView(this))
    , m_scorecard(new ScorecardView(this))
    , m_cardChoice(new QComboBox(this))
{
    setObjectName(u"evaluationPage"_s);
    auto *back = new QPushButton(tr("← Tickets"), this);
    back->setObjectName(u"backButton"_s);
    back->setToolTip(tr("Back to the ticket list (Esc)"));
    connect(back, &QPushButton::clicked, this, &EvaluationPage::backRequested);
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &EvaluationPage::backRequested);
    addAction(escape);

    m_cardChoice->setObjectName(u"scorecardChoice"_s);
    connect(m_cardChoice, &QComboBox::currentIndexChanged, this, &EvaluationPage::showSelectedCard);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Scorecard:"), right));
    choice->addWidget(m_cardChoice, 1);
    rightLayout->addLayout(choice);
    rightLayout->addWidget(m_scorecard, 1);

    m_splitter->setObjectName(u"evaluationSplitter"_s);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(u"evaluation/splitter"_s).toByteArray()))
        m_splitter->setSizes({700, 500});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(u"evaluation/splitter"_s, m_splitter->saveState()); });

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

EvaluationPage::~EvaluationPage() = default;

void EvaluationPage::setDatabase(Database *db)
{
    m_db = db;
}

void EvaluationPage::showTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    if (!m_db)
        return;
    const Result<std::optional<Ticket>> ticket = TicketStore(*m_db).get(ticketId);
    if (!ticket || !*ticket) {
        m_conversation->setPlainText(ticket ? tr("This ticket no longer exists.")
                                            : tr("The ticket could not be read: %1").arg(ticket.error().message));
        m_scorecard->showMessage(QString());
        return;
    }
    m_conversation->setTicket(**ticket);

    // The cards that fit this ticket, best first.
    m_cards.clear();
    ScorecardStore store(*m_db);
    if (const Result<QList<ScorecardSummary>> cards = store.list()) {
        for (const ScorecardSummary &summary : *cards) {
            if (summary.archived)
                continue;
            if (const Result<ScorecardVersion> current = store.current(summary.slug))
                m_cards.append(current->card);
        }
    }
    const QList<ScorecardMatcher::Match> matches = ScorecardMatcher::rank(m_cards, **ticket);
    QStringList fitting;
    for (const ScorecardMatcher::Match &match : matches)
        fitting.append(match.card->id);

    // A submitted evaluation shows with the card version it pinned.
    const Result<QList<Evaluation>> evaluations = EvaluationStore(*m_db).forTicket(ticketId);
    QString evaluatedCard;
    if (evaluations) {
        for (const Evaluation &e : *evaluations) {
            if (e.kind == EvaluationKind::Normal && e.status == EvaluationStatus::Submitted) {
                evaluatedCard = e.scorecardId;
                break;
            }
        }
    }

    const QSignalBlocker blocker(m_cardChoice);
    m_cardChoice->clear();
    for (const Scorecard &card : std::as_const(m_cards)) {
        QString label = card.title;
        if (card.id == evaluatedCard)
            label = tr("%1 — this ticket's evaluation").arg(card.title);
        else if (!fitting.contains(card.id))
            label = tr("%1 — not meant for this ticket").arg(card.title);
        m_cardChoice->addItem(label, card.id);
    }
    const QString preferred = !evaluatedCard.isEmpty() ? evaluatedCard : fitting.value(0);
    m_cardChoice->setCurrentIndex(std::max(0, m_cardChoice->findData(preferred)));
    showSelectedCard();
}

void EvaluationPage::showSelectedCard()
{
    if (!m_db)
        return;
    const QString cardId = m_cardChoice->currentData().toString();
    if (cardId.isEmpty()) {
        m_scorecard->showMessage(tr("No scorecard in this workspace yet. Import one with "
                                    "'qadesk scorecards import FILE'."));
        return;
    }
    const Result<QList<Evaluation>> evaluations = EvaluationStore(*m_db).forTicket(m_ticketId);
    if (evaluations) {
        for (const Evaluation &e : *evaluations) {
            if (e.scorecardId != cardId || e.kind != EvaluationKind::Normal || e.status != EvaluationStatus::Submitted)
                continue;
            const Result<std::optional<Evaluation>> full = EvaluationStore(*m_db).get(e.id);
            const Result<ScorecardVersion> pinned = ScorecardStore(*m_db).versionById(e.scorecardVersionId);
            if (full && *full && pinned) {
                m_scorecard->showCard(pinned->card, **full);
                return;
            }
        }
    }
    for (const Scorecard &card : std::as_const(m_cards)) {
        if (card.id == cardId) {
            m_scorecard->showCard(card, std::nullopt);
            return;
        }
    }
}

} // namespace qadesk::ui
