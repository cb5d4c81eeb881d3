#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class TicketListModel;

// The ticket list with a search box; Enter or a double click opens a ticket.
class TicketsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void reload();

Q_SIGNALS:
    void ticketActivated(qint64 ticketId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &proxyIndex);
    void updateCount();

    Database *m_db = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    TicketListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace qadesk::ui
