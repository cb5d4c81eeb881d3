#pragma once

#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class InboxModel;
class InboxFilterModel;

// "My work": the tickets a trainer evaluates (to evaluate, drafts, submitted), with filters by
// team, engineer, scorecard and period, a search by ticket id or subject, and a Start
// evaluation / Continue / Open button on each line. Enter does the same as the button.
class InboxPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    // The ticket `step` lines after `ticketId` in the list as shown now; 0 when there is none.
    [[nodiscard]] qint64 adjacentTicket(qint64 ticketId, int step) const;
    void selectTicket(qint64 ticketId);

Q_SIGNALS:
    void startRequested(qint64 ticketId);
    void openRequested(qint64 ticketId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateRow(const QModelIndex &proxyIndex);
    void fillFilters();
    void applyPeriod(int index);
    void updateCount();
    void updateAssignedLabel();

    Database *m_db = nullptr;
    Person m_person;
    QComboBox *m_view = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_engineer = nullptr;
    QComboBox *m_scorecard = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    InboxModel *m_model = nullptr;
    InboxFilterModel *m_proxy = nullptr;
};

} // namespace qadesk::ui
