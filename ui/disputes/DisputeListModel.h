#pragma once

#include "disputes/Dispute.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// Disputes as table rows: when, which ticket, who, where it stands and the score it is about.
class DisputeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Opened, Ticket, Engineer, Trainer, Status, Arbiter, Score, ColumnCount };
    static constexpr int DisputeIdRole = Qt::UserRole + 1;

    explicit DisputeListModel(QObject *parent = nullptr);

    void setDisputes(const QList<Dispute> &disputes);
    [[nodiscard]] const Dispute *disputeAt(int row) const;
    [[nodiscard]] int rowOf(qint64 disputeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dispute> m_disputes;
};

} // namespace qadesk::ui
