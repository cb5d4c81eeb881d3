#pragma once

#include "domain/Person.h"
#include "domain/Ticket.h"
#include "evaluations/EvaluationService.h"
#include "scoring/Scorecard.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class ConversationView;
class ScorecardForm;
class ScorecardView;

// One ticket: the conversation on the left, its scorecard on the right. A trainer's draft is
// edited here and saved as it changes (within a second); a submitted evaluation is shown
// locked, and an admin may reopen it with a reason.
class EvaluationPage final : public QWidget
{
    Q_OBJECT

public:
    using ReasonProvider = std::function<std::optional<QString>()>;

    explicit EvaluationPage(QWidget *parent = nullptr);
    ~EvaluationPage() override;

    void setContext(Database *db, const Person &person);
    // Shows the ticket: the person's draft when there is one, else the evaluation or the card.
    void showTicket(qint64 ticketId);
    // Opens (or creates) the person's draft of the ticket, focused on its first open question.
    void startEvaluation(qint64 ticketId);
    // Writes pending changes now; false when they could not be saved (the banner says why).
    bool flush();
    [[nodiscard]] qint64 ticketId() const { return m_ticket.id; }
    // How the page asks for a reopen reason (a dialog by default; tests script it).
    void setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

Q_SIGNALS:
    void backRequested();
    void adjacentRequested(int step);
    void evaluationChanged();
    void message(const QString &text);

private:
    void showDraft(const EvaluationDraft &draft);
    void showReadOnly();
    void fillCardChoice(const QString &selected);
    void onCardChosen();
    void scheduleSave();
    void submit();
    void reopen();
    void showProblem(const QString &text, bool offerReload);
    [[nodiscard]] bool canEvaluate() const;
    void findInConversation(bool backwards);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database *m_db = nullptr;
    Person m_person;
    Ticket m_ticket;
    QList<Scorecard> m_cards;
    std::optional<EvaluationDraft> m_draft;
    qint64 m_submittedEvaluationId = 0;
    ReasonProvider m_reasonProvider;

    QSplitter *m_splitter = nullptr;
    ConversationView *m_conversation = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QComboBox *m_cardChoice = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_reload = nullptr;
    QStackedWidget *m_right = nullptr;
    ScorecardForm *m_form = nullptr;
    ScorecardView *m_view = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_reopen = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace qadesk::ui
