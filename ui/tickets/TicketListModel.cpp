#include "TicketListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TicketListModel::setTickets(QList<Ticket> tickets, QHash<qint64, double> scores)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    m_scores = std::move(scores);
    endResetModel();
}

qint64 TicketListModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row).id : 0;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_tickets.at(index.row());
    if (role == TicketIdRole)
        return t.id;
    const auto score = m_scores.constFind(t.id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ExternalId: return t.externalId;
        case Subject: return t.stub ? tr("(not synced yet)") : t.subject;
        case Team: return t.teamName.isEmpty() ? t.team : t.teamName;
        case Engineer: return t.assigneeName.isEmpty() ? t.assigneeEmail : t.assigneeName;
        case Channel: return t.channel;
        case Solved: return t.solvedAt.isValid() ? QLocale().toString(t.solvedAt.toLocalTime().date(), QLocale::ShortFormat)
                                                 : QString();
        case Messages: return t.messageCount;
        case Score: return score != m_scores.constEnd() ? QLocale().toString(*score, 'f', 1) : QString();
        default: return {};
        }
    }
    if (role == Qt::EditRole) { // sort keys
        switch (index.column()) {
        case Solved: return t.solvedAt;
        case Messages: return t.messageCount;
        case Score: return score != m_scores.constEnd() ? QVariant(*score) : QVariant(-1.0);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Messages || index.column() == Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return t.subject;
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExternalId: return tr("Ticket");
    case Subject: return tr("Subject");
    case Team: return tr("Team");
    case Engineer: return tr("Engineer");
    case Channel: return tr("Channel");
    case Solved: return tr("Solved");
    case Messages: return tr("Messages");
    case Score: return tr("Score");
    default: return {};
    }
}

} // namespace qadesk::ui
