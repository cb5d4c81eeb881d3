#pragma once

#include "domain/Evaluation.h"
#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class ScorecardView;

// An engineer's own evaluations: the KPI for a chosen period, every evaluation with its score,
// and the answers and comments of the one selected; a disputed one shows where its dispute
// stands and, once arbitrated, the trainer's original score beside the arbitrated one.
class MyScoresPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MyScoresPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();

Q_SIGNALS:
    // The engineer wants to dispute this evaluation.
    void disputeRequested(qint64 evaluationId);

private:
    void showSelected();

    Database *m_db = nullptr;
    Person m_person;
    QList<Evaluation> m_evaluations;
    QComboBox *m_period = nullptr;
    QLabel *m_kpi = nullptr;
    QTableWidget *m_table = nullptr;
    ScorecardView *m_detail = nullptr;
    QPushButton *m_dispute = nullptr;
    QLabel *m_disputeNote = nullptr;
};

} // namespace qadesk::ui
