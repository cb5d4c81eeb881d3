#include "DisputeListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

DisputeListModel::DisputeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisputeListModel::setDisputes(const QList<Dispute> &disputes)
{
    beginResetModel();
    m_disputes = disputes;
    endResetModel();
}

const Dispute *DisputeListModel::disputeAt(int row) const
{
    return row >= 0 && row < m_disputes.size() ? &m_disputes.at(row) : nullptr;
}

int DisputeListModel::rowOf(qint64 disputeId) const
{
    for (int row = 0; row < m_disputes.size(); ++row) {
        if (m_disputes.at(row).id == disputeId)
            return row;
    }
    return -1;
}

int DisputeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disputes.size());
}

int DisputeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dispute &d = m_disputes.at(index.row());
    if (role == DisputeIdRole)
        return d.id;
    const QLocale locale;
    const auto score = [&](const std::optional<double> &s) { return s ? locale.toString(*s, 'f', 1) : tr("unscored"); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return d.id;
        case Opened: return locale.toString(d.openedAt.toLocalTime().date(), QLocale::ShortFormat);
        case Ticket: return d.ticketExternalId;
        case Engineer: return d.engineerName;
        case Trainer: return d.trainerName;
        case Status:
            return d.outcome ? disputeStatusLabel(d.status) + u" — "_s + disputeOutcomeLabel(*d.outcome)
                             : disputeStatusLabel(d.status);
        case Arbiter: return d.arbiterName;
        case Score:
            return d.status == DisputeStatus::Resolved ? score(d.originalScore) + u" → "_s + score(d.resolvedScore)
                                                       : score(d.originalScore);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Ticket)
        return d.ticketSubject;
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DisputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case Opened: return tr("Opened");
    case Ticket: return tr("Ticket");
    case Engineer: return tr("Engineer");
    case Trainer: return tr("Trainer");
    case Status: return tr("Status");
    case Arbiter: return tr("Arbiter");
    case Score: return tr("Score");
    default: return {};
    }
}

} // namespace qadesk::ui
