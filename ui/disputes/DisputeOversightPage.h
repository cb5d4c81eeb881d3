#pragma once

#include "domain/Person.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

// For QA leads: the disputes waiting and for how long, how long a resolution takes, and the
// overturn rate by trainer (calibration needed?) and by question (ambiguous wording?).
class DisputeOversightPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DisputeOversightPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();

Q_SIGNALS:
    void disputeRequested(qint64 disputeId);
    void message(const QString &text);

private:
    void saveWindow();

    Database *m_db = nullptr;
    Person m_person;
    QLabel *m_summary = nullptr;
    QTableWidget *m_open = nullptr;
    QTableWidget *m_trainers = nullptr;
    QTableWidget *m_questions = nullptr;
    QSpinBox *m_window = nullptr;
    QPushButton *m_saveWindow = nullptr;
};

} // namespace qadesk::ui
