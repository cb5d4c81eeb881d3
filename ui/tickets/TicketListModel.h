#pragma once

#include "domain/Ticket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace qadesk::ui {

// The workspace's tickets as a table, with the latest evaluation score of each.
class TicketListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ExternalId, Subject, Team, Engineer, Channel, Solved, Messages, Score, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;

    explicit TicketListModel(QObject *parent = nullptr);

    void setTickets(QList<Ticket> tickets, QHash<qint64, double> scores);
    [[nodiscard]] qint64 ticketIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Ticket> m_tickets;
    QHash<qint64, double> m_scores;
};

} // namespace qadesk::ui
