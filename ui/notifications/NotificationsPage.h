#pragma once

#include "domain/Person.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

// What changed for the person (disputes opened, accepted, assigned, resolved…), newest first;
// unread ones in bold. Enter or a double click opens the dispute and marks it read.
class NotificationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    [[nodiscard]] int unreadCount() const { return m_unread; }

Q_SIGNALS:
    void unreadChanged(int count);
    void disputeRequested(qint64 disputeId);

private:
    void markSelectedRead();
    void markAllRead();
    void openSelected();

    Database *m_db = nullptr;
    Person m_person;
    int m_unread = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace qadesk::ui
