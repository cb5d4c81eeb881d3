#include "OutboxModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace qadesk::ui {

void OutboxModel::setMessages(QList<OutboxMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

const OutboxMessage *OutboxModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Queued: return QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Kind: return m.kind;
        case Recipient: return m.recipientName.isEmpty() ? m.recipient : tr("%1 <%2>").arg(m.recipientName, m.recipient);
        case Subject: return m.subject;
        case State: return outboxStatusLabel(m.status);
        case Attempts: return m.attempts;
        case LastError: return m.lastError;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return m.lastError;
    if (role == Qt::ForegroundRole && index.column() == State
        && (m.status == OutboxStatus::Failed || m.status == OutboxStatus::Uncertain))
        return QBrush(QColor(0xc0, 0x20, 0x20));
    if (role == Qt::UserRole)
        return m.id;
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queued: return tr("Queued");
    case Kind: return tr("Kind");
    case Recipient: return tr("To");
    case Subject: return tr("Subject");
    case State: return tr("State");
    case Attempts: return tr("Tries");
    case LastError: return tr("Last error");
    default: return {};
    }
}

} // namespace qadesk::ui
