#include "EvaluationPage.h"

#include "ConversationView.h"
#include "ScorecardForm.h"
#include "ScorecardView.h"
#include "scoring/ScorecardMatcher.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextCursor>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
// Changes are written this long after the last keystroke: well within the promised second.
constexpr int autosaveDelayMs = 300;

QAction *shortcut(QWidget *owner, const QKeySequence &keys)
{
    auto *action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

EvaluationPage::EvaluationPage(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_conversation(new ConversationView(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_cardChoice(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_right(new QStackedWidget(this))
    , m_form(new ScorecardForm(this))
    , m_view(new ScorecardView(this))
    , m_start(new QPushButton(tr("Start evaluation"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"evaluationPage"_s);
    m_reasonProvider = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reopen the evaluation"),
                                                     tr("Why is it reopened? (kept in the audit log)"),
                                                     QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional(reason) : std::nullopt;
    };

    auto *back = new QPushButton(tr("← My work"), this);
    back->setObjectName(u"backButton"_s);
    back->setToolTip(tr("Back to the list (Esc)"));
    connect(back, &QPushButton::clicked, this, &EvaluationPage::backRequested);
    connect(shortcut(this, QKeySequence(Qt::Key_Escape)), &QAction::triggered, this, &EvaluationPage::backRequested);
    connect(shortcut(this, QKeySequence(Qt::CTRL | Qt::Key_S)), &QAction::triggered, this, [this] {
        if (m_draft && flush())
            Q_EMIT message(tr("Draft saved."));
    });
    connect(shortcut(this, QKeySequence(Qt::CTRL | Qt::Key_BracketRight)), &QAction::triggered, this,
            [this] { Q_EMIT adjacentRequested(+1); });
    connect(shortcut(this, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)), &QAction::triggered, this,
            [this] { Q_EMIT adjacentRequested(-1); });

    // Find in conversation: Ctrl+F opens the bar, Enter / Shift+Enter go to the next / previous
    // match, Esc closes it.
    m_find->setObjectName(u"findInConversation"_s);
    m_find->setAccessibleName(tr("Find in the conversation"));
    m_find->setPlaceholderText(tr("Find in the conversation (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_find->setClearButtonEnabled(true);
    m_find->hide();
    m_find->installEventFilter(this);
    m_findStatus->setObjectName(u"findStatus"_s);
    m_findStatus->hide();
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = m_conversation->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_conversation->setTextCursor(cursor);
        findInConversation(false);
    });
    connect(shortcut(this, QKeySequence::Find), &QAction::triggered, this, [this] {
        m_find->show();
        m_findStatus->show();
        m_find->setFocus();
        m_find->selectAll();
    });

    m_cardChoice->setObjectName(u"scorecardChoice"_s);
    m_cardChoice->setAccessibleName(tr("Scorecard"));
    connect(m_cardChoice, &QComboBox::activated, this, &EvaluationPage::onCardChosen);

    m_banner->setObjectName(u"problemBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px; }"_s);
    m_banner->hide();
    m_reload->setObjectName(u"reloadButton"_s);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, [this] { showTicket(m_ticket.id); });

    m_start->setObjectName(u"startButton"_s);
    connect(m_start, &QPushButton::clicked, this, [this] { startEvaluation(m_ticket.id); });
    m_reopen->setObjectName(u"reopenButton"_s);
    connect(m_reopen, &QPushButton::clicked, this, &EvaluationPage::reopen);

    m_right->addWidget(m_form);
    m_right->addWidget(m_view);
    connect(m_form, &ScorecardForm::stateChanged, this, &EvaluationPage::scheduleSave);
    connect(m_form, &ScorecardForm::submitRequested, this, &EvaluationPage::submit);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { flush(); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    auto *cardLabel = new QLabel(tr("&Scorecard:"), right);
    cardLabel->setBuddy(m_cardChoice);
    choice->addWidget(cardLabel);
    choice->addWidget(m_cardChoice, 1);
    rightLayout->addLayout(choice);
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_banner, 1);
    banner->addWidget(m_reload);
    rightLayout->addLayout(banner);
    rightLayout->addWidget(m_right, 1);
    rightLayout->addWidget(m_start);
    rightLayout->addWidget(m_reopen);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_findStatus);
    leftLayout->addLayout(findBar);
    leftLayout->addWidget(m_conversation, 1);
    m_splitter->setObjectName(u"evaluationSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(u"evaluation/splitter"_s).toByteArray()))
        m_splitter->setSizes({700, 560});
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

void EvaluationPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
}

bool EvaluationPage::canEvaluate() const
{
    return (m_person.hasRole(Role::Trainer) || m_person.hasRole(Role::Admin)) && m_ticket.assigneeEmail != m_person.email
           && !m_ticket.assigneeEmail.isEmpty();
}

void EvaluationPage::showTicket(qint64 ticketId)
{
    if (!m_db)
        return;
    if (m_draft && m_ticket.id != ticketId)
        flush();
    m_saveTimer->stop();
    m_banner->hide();
    m_reload->hide();
    m_draft.reset();
    m_submittedEvaluationId = 0;

    const Result<std::optional<Ticket>> ticket = TicketStore(*m_db).get(ticketId);
    if (!ticket || !*ticket) {
        m_ticket = Ticket();
        m_conversation->setPlainText(ticket ? tr("This ticket no longer exists.")
                                            : tr("The ticket could not be read: %1").arg(ticket.error().message));
        m_view->showMessage(QString());
        m_right->setCurrentWidget(m_view);
        m_start->hide();
        m_reopen->hide();
        return;
    }
    m_ticket = **ticket;
    m_conversation->setTicket(m_ticket);

    m_cards.clear();
    if (Result<QList<Scorecard>> cards = ScorecardStore(*m_db).activeCards())
        m_cards = std::move(*cards);

    const Result<std::optional<EvaluationDraft>> draft = EvaluationService(*m_db).findDraft(ticketId, m_person.id);
    if (draft && *draft) {
        showDraft(**draft);
        return;
    }
    showReadOnly();
}

void EvaluationPage::fillCardChoice(const QString &selected)
{
    QStringList fitting;
    for (const ScorecardMatcher::Match &match : ScorecardMatcher::rank(m_cards, m_ticket))
        fitting.append(match.card->id);
    const QSignalBlocker blocker(m_cardChoice);
    m_cardChoice->clear();
    for (const Scorecard &card : std::as_const(m_cards)) {
        const QString label = fitting.contains(card.id) ? card.title : tr("%1 — not meant for this ticket").arg(card.title);
        m_cardChoice->addItem(label, card.id);
    }
    const QString preferred = selected.isEmpty() ? fitting.value(0) : selected;
    m_cardChoice->setCurrentIndex(std::max(0, m_cardChoice->findData(preferred)));
}

void EvaluationPage::showDraft(const EvaluationDraft &draft)
{
    m_draft = draft;
    fillCardChoice(draft.scorecard.card.id);
    m_cardChoice->setEnabled(true);
    m_right->setCurrentWidget(m_form);
    m_form->setEvaluation(draft.scorecard.card, draft.state, true);
    m_start->hide();
    m_reopen->hide();
}

void EvaluationPage::showReadOnly()
{
    m_right->setCurrentWidget(m_view);
    // A submitted normal evaluation shows with the card version it pinned.
    const Result<QList<Evaluation>> evaluations = EvaluationStore(*m_db).forTicket(m_ticket.id);
    if (evaluations) {
        for (const Evaluation &e : *evaluations) {
            if (e.kind != EvaluationKind::Normal || e.status != EvaluationStatus::Submitted)
                continue;
            const Result<std::optional<Evaluation>> full = EvaluationStore(*m_db).get(e.id);
            const Result<ScorecardVersion> pinned = ScorecardStore(*m_db).versionById(e.scorecardVersionId);
            if (full && *full && pinned) {
                m_submittedEvaluationId = e.id;
                fillCardChoice(e.scorecardId);
                m_cardChoice->setEnabled(false);
                m_view->showCard(pinned->card, **full);
                m_start->hide();
                m_reopen->setVisible(m_person.hasRole(Role::Admin));
                return;
            }
        }
    }
    fillCardChoice(QString());
    m_cardChoice->setEnabled(true);
    m_reopen->hide();
    onCardChosen();
    m_start->setVisible(canEvaluate() && m_ticket.solvedAt.isValid() && !m_cards.isEmpty());
}

void EvaluationPage::onCardChosen()
{
    const QString cardId = m_cardChoice->currentData().toString();
    if (m_draft) {
        if (cardId == m_draft->scorecard.card.id || !flush())
            return;
        const Result<EvaluationDraft> switched =
            EvaluationService(*m_db).switchScorecard(m_draft->evaluationId, cardId, m_draft->revision, m_person.id);
        if (!switched) {
            showProblem(switched.error().message, switched.error().code == Error::Code::Conflict);
            return;
        }
        showDraft(*switched);
        return;
    }
    if (cardId.isEmpty()) {
        m_view->showMessage(tr("No scorecard in this workspace yet. Import one with 'qadesk scorecards import FILE'."));
        return;
    }
    for (const Scorecard &card : std::as_const(m_cards)) {
        if (card.id == cardId)
            m_view->showCard(card, std::nullopt);
    }
}

void EvaluationPage::startEvaluation(qint64 ticketId)
{
    if (!m_db)
        return;
    if (m_ticket.id != ticketId)
        showTicket(ticketId);
    if (m_draft)
        return; // showTicket found the person's draft
    const QString cardId = m_cardChoice->currentData().toString();
    const Result<EvaluationDraft> draft = EvaluationService(*m_db).openDraft(ticketId, m_person.id, cardId);
    if (!draft) {
        showProblem(draft.error().message, false);
        return;
    }
    showDraft(*draft);
    Q_EMIT evaluationChanged();
}

void EvaluationPage::scheduleSave()
{
    if (m_draft)
        m_saveTimer->start();
}

bool EvaluationPage::flush()
{
    m_saveTimer->stop();
    if (!m_draft || !m_db)
        return true;
    const DraftState state = m_form->state();
    if (state == m_draft->state)
        return true;
    const Result<int> revision = EvaluationService(*m_db).saveDraft(m_draft->evaluationId, state, m_draft->revision, m_person.id);
    if (!revision) {
        showProblem(revision.error().message, revision.error().code == Error::Code::Conflict);
        return false;
    }
    m_draft->revision = *revision;
    m_draft->state = state;
    return true;
}

void EvaluationPage::submit()
{
    if (!m_draft || !flush())
        return;
    const Result<ScoreResult> result =
        EvaluationService(*m_db).submit(m_draft->evaluationId, m_form->state(), m_draft->revision, m_person.id);
    if (!result) {
        showProblem(result.error().message, result.error().code == Error::Code::Conflict);
        return;
    }
    Q_EMIT message(result->score ? tr("Evaluation submitted: %1 of 100.").arg(QLocale().toString(*result->score, 'f', 1))
                                 : tr("Evaluation submitted (unscored)."));
    const qint64 id = m_ticket.id;
    m_draft.reset();
    showTicket(id);
    Q_EMIT evaluationChanged();
}

void EvaluationPage::reopen()
{
    if (!m_submittedEvaluationId || !m_reasonProvider)
        return;
    const std::optional<QString> reason = m_reasonProvider();
    if (!reason)
        return;
    const Status reopened = EvaluationService(*m_db).reopen(m_submittedEvaluationId, m_person.id, *reason);
    if (!reopened) {
        showProblem(reopened.error().message, false);
        return;
    }
    Q_EMIT message(tr("The evaluation is open for changes again."));
    showTicket(m_ticket.id);
    Q_EMIT evaluationChanged();
}

void EvaluationPage::findInConversation(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return;
    }
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_conversation->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_conversation->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_conversation->setTextCursor(cursor);
        found = m_conversation->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
}

bool EvaluationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findInConversation(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_find->hide();
            m_findStatus->hide();
            if (m_right->currentWidget() == m_form)
                m_form->focusQuestion(m_form->state().focusedCriterion);
            return true;
        }
    }
    if (watched == m_find && event->type() == QEvent::ShortcutOverride) {
        // Esc belongs to the find bar while it has the focus, not to "back to the list".
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EvaluationPage::showProblem(const QString &text, bool offerReload)
{
    m_banner->setText(text);
    m_banner->show();
    m_reload->setVisible(offerReload);
    if (offerReload)
        m_saveTimer->stop();
}

} // namespace qadesk::ui
