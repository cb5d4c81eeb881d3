#pragma once

#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class DisputeListModel;
class DisputeView;
class OpenDisputeForm;

// The disputes a person may see (those waiting for them first), with the selected one beside
// the list; also where an engineer opens a new dispute from "My scores".
class DisputesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DisputesPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    void showDispute(qint64 disputeId);
    // Shows the form to dispute this evaluation.
    void openDisputeOn(qint64 evaluationId);

Q_SIGNALS:
    void changed();
    void message(const QString &text);

private:
    void showSelected();
    void fillOnBehalf();

    Database *m_db = nullptr;
    Person m_person;
    QComboBox *m_filter = nullptr;
    QComboBox *m_onBehalf = nullptr;   // a team lead disputes for an engineer of their team
    QPushButton *m_disputeOnBehalf = nullptr;
    QTableView *m_table = nullptr;
    DisputeListModel *m_model = nullptr;
    QStackedWidget *m_right = nullptr;
    DisputeView *m_view = nullptr;
    OpenDisputeForm *m_form = nullptr;
};

} // namespace qadesk::ui
