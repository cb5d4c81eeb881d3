#pragma once

#include "disputes/DisputeService.h"
#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class ConversationView;
class DisputeItemWidget;
class ScorecardView;

// One dispute: the ticket's conversation beside the disputed questions (the trainer's answer and
// comment, the engineer's reason and proposal), the whole evaluation and the dispute's history;
// the steps the person may take now (accept, decline with a reason, assign, withdraw) and, for
// the arbiter, a decision per question with a live preview of the rescored evaluation.
class DisputeView final : public QWidget
{
    Q_OBJECT

public:
    explicit DisputeView(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void showDispute(qint64 disputeId);
    void clear(const QString &message);
    [[nodiscard]] qint64 disputeId() const { return m_dispute.id; }

Q_SIGNALS:
    // The dispute changed (the list and the badge reload).
    void disputeChanged(qint64 disputeId);
    void message(const QString &text);

private:
    void act(DisputeAction action);
    void updatePreview();
    [[nodiscard]] QList<DisputeRuling> rulings() const;
    void showError(const QString &text);

    Database *m_db = nullptr;
    Person m_person;
    Dispute m_dispute;
    QList<DisputeItemWidget *> m_items;

    QLabel *m_header = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_accept = nullptr;
    QLineEdit *m_declineReason = nullptr;
    QPushButton *m_decline = nullptr;
    QComboBox *m_arbiter = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_assignAuto = nullptr;
    QPushButton *m_withdraw = nullptr;
    ConversationView *m_conversation = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_itemsPage = nullptr;
    QVBoxLayout *m_itemsLayout = nullptr;
    ScorecardView *m_evaluation = nullptr;
    QListWidget *m_history = nullptr;
    QWidget *m_resolveBar = nullptr;
    QLabel *m_preview = nullptr;
    QLineEdit *m_summary = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace qadesk::ui
