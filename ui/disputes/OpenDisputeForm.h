#pragma once

#include "disputes/DisputeService.h"
#include "domain/Person.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

// Opening a dispute on one evaluation: tick the questions, give a reason for each (required)
// and, optionally, the answer thought right. Questions already arbitrated cannot be ticked.
class OpenDisputeForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OpenDisputeForm(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    // False (with the reason shown) when the person cannot dispute this evaluation now.
    bool showEvaluation(qint64 evaluationId);
    [[nodiscard]] qint64 evaluationId() const { return m_evaluationId; }

Q_SIGNALS:
    void opened(qint64 disputeId);
    void cancelled();

private:
    struct Row
    {
        QString criterionId;
        QCheckBox *pick = nullptr;
        QLineEdit *reason = nullptr;
        QComboBox *proposed = nullptr;
    };
    void submit();
    void clearRows();

    Database *m_db = nullptr;
    Person m_person;
    qint64 m_evaluationId = 0;
    QList<Row> m_rows;
    QLabel *m_header = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace qadesk::ui
