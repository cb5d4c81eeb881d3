#include "InboxModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InboxModel::setItems(QList<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void InboxModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool InboxModel::overdue(const InboxItem &item) const
{
    return item.assignmentId && !item.assignmentDone && item.dueDate.isValid() && m_today > item.dueDate;
}

const InboxItem *InboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int InboxModel::rowOfTicket(qint64 ticketId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).ticket.id == ticketId)
            return int(i);
    }
    return -1;
}

QString InboxModel::actionLabel(InboxItem::State state)
{
    switch (state) {
    case InboxItem::State::ToEvaluate: return tr("Start evaluation");
    case InboxItem::State::MyDraft: return tr("Continue");
    default: return tr("Open");
    }
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = m_items.at(index.row());
    const Ticket &t = item.ticket;
    switch (role) {
    case TicketIdRole: return t.id;
    case StateRole: return int(item.state);
    case TeamRole: return t.team;
    case EngineerRole: return t.assigneeEmail;
    case ScorecardRole: return item.scorecardId;
    case SolvedRole: return t.solvedAt;
    case AssignmentRole: return item.assignmentId;
    case OverdueRole: return overdue(item);
    default: break;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ExternalId: return t.externalId;
        case Subject: return t.stub ? tr("(not synced yet)") : t.subject;
        case Team: return t.teamName.isEmpty() ? t.team : t.teamName;
        case Engineer: return t.assigneeName.isEmpty() ? t.assigneeEmail : t.assigneeName;
        case Channel: return t.channel;
        case Solved:
            return t.solvedAt.isValid() ? QLocale().toString(t.solvedAt.toLocalTime().date(), QLocale::ShortFormat) : QString();
        case Scorecard: return item.scorecardTitle;
        case Status: {
            const QString label = TrainerInbox::stateLabel(item.state);
            return item.evaluatedBy.isEmpty() || item.state == InboxItem::State::MyDraft
                           || item.state == InboxItem::State::SubmittedByMe
                       ? label
                       : tr("%1 (%2)").arg(label, item.evaluatedBy);
        }
        case Score: return item.score ? QLocale().toString(*item.score, 'f', 1) : QString();
        case Due:
            if (!item.assignmentId)
                return QString();
            if (item.assignmentDone)
                return tr("done");
            return overdue(item) ? tr("%1, overdue").arg(QLocale().toString(item.dueDate, QLocale::ShortFormat))
                                 : QLocale().toString(item.dueDate, QLocale::ShortFormat);
        case Action: return actionLabel(item.state);
        default: return {};
        }
    }
    if (role == Qt::EditRole) { // sort keys
        switch (index.column()) {
        case Solved: return t.solvedAt;
        case Due: return item.assignmentId ? QVariant(item.dueDate) : QVariant(QDate(9999, 12, 31));
        case Score: return item.score ? QVariant(*item.score) : QVariant(-1.0);
        case ExternalId: {
            bool numeric = false;
            const qlonglong n = t.externalId.toLongLong(&numeric);
            return numeric ? QVariant(n) : QVariant(t.externalId);
        }
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Due && overdue(item))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == Due && item.assignmentId)
        return tr("Assigned to you by the QA admin; due %1").arg(QLocale().toString(item.dueDate, QLocale::LongFormat));
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return t.subject;
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Scorecard: return tr("Scorecard");
    case Status: return tr("Evaluation");
    case Score: return tr("Score");
    case Due: return tr("Due");
    case Action: return QString();
    default: return {};
    }
}

} // namespace qadesk::ui
