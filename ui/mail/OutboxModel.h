#pragma once

#include "mail/OutboxMessage.h"

#include <QAbstractTableModel>
#include <QList>

namespace qadesk::ui {

// The outbox messages for the admin's table: when, kind, to, subject, state, tries, last error.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Queued, Kind, Recipient, Subject, State, Attempts, LastError, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMessages(QList<OutboxMessage> messages);
    [[nodiscard]] const OutboxMessage *messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxMessage> m_messages;
};

} // namespace qadesk::ui
