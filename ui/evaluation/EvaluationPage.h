#pragma once

#include "scoring/Scorecard.h"

#include <QWidget>

class QComboBox;
class QSplitter;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class ConversationView;
class ScorecardView;

// One ticket: the conversation on the left, its scorecard on the right. The card is chosen
// from the ticket's team, tags and channel; the other fitting cards are one click away.
class EvaluationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPage(QWidget *parent = nullptr);
    ~EvaluationPage() override;

    void setDatabase(Database *db);
    void showTicket(qint64 ticketId);

Q_SIGNALS:
    void backRequested();

private:
    void showSelectedCard();

    Database *m_db = nullptr;
    QSplitter *m_splitter = nullptr;
    ConversationView *m_conversation = nullptr;
    ScorecardView *m_scorecard = nullptr;
    QComboBox *m_cardChoice = nullptr;
    QList<Scorecard> m_cards;
    qint64 m_ticketId = 0;
};

} // namespace qadesk::ui
