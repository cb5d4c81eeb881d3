#pragma once

#include "evaluations/TrainerInbox.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// A trainer's tickets with the card that fits each and where its evaluation stands.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ExternalId, Subject, Team, Engineer, Channel, Solved, Scorecard, Status, Score, Due, Action, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, StateRole, TeamRole, EngineerRole, ScorecardRole, SolvedRole,
                AssignmentRole, OverdueRole };

    explicit InboxModel(QObject *parent = nullptr);

    void setItems(QList<InboxItem> items);
    // The day tasks are overdue after (today, unless a test says otherwise).
    void setToday(const QDate &today);
    [[nodiscard]] const InboxItem *itemAt(int row) const;
    [[nodiscard]] int rowOfTicket(qint64 ticketId) const;
    static QString actionLabel(InboxItem::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool overdue(const InboxItem &item) const;

    QList<InboxItem> m_items;
    QDate m_today = QDate::currentDate();
};

} // namespace qadesk::ui
