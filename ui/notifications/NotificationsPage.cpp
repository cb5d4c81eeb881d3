#include "NotificationsPage.h"

#include "notifications/NotificationText.h"
#include "storage/Database.h"
#include "storage/NotificationStore.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
constexpr int NotificationIdRole = Qt::UserRole + 1;
constexpr int EntityRole = Qt::UserRole + 2;
constexpr int EntityIdRole = Qt::UserRole + 3;
} // namespace

NotificationsPage::NotificationsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_markRead(new QPushButton(tr("Mark &read"), this))
    , m_markAll(new QPushButton(tr("Mark &all read"), this))
{
    setObjectName(u"notificationsPage"_s);
    m_list->setObjectName(u"notificationList"_s);
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setWordWrap(true);
    m_markRead->setObjectName(u"markNotificationRead"_s);
    m_markAll->setObjectName(u"markAllNotificationsRead"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Notifications</b> — Enter opens the dispute"), this), 1);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markSelectedRead);
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPage::markAllRead);
    connect(m_list, &QListWidget::itemActivated, this, &NotificationsPage::openSelected);
}

void NotificationsPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    reload();
}

void NotificationsPage::reload()
{
    if (!m_db)
        return;
    const int current = m_list->currentRow();
    m_list->clear();
    const Result<QList<Notification>> list = NotificationStore(*m_db).forPerson(m_person.id);
    int unread = 0;
    const QLocale locale;
    for (const Notification &n : list.value_or(QList<Notification>())) {
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat), NotificationText::render(n)),
                                         m_list);
        item->setData(NotificationIdRole, n.id);
        item->setData(EntityRole, n.entity);
        item->setData(EntityIdRole, n.entityId);
        if (!n.isRead()) {
            ++unread;
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (!list)
        m_list->addItem(list.error().message);
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(current, 0, m_list->count() - 1));
    m_markAll->setEnabled(unread > 0);
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged(unread);
    }
}

void NotificationsPage::markSelectedRead()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_db || !item)
        return;
    if (NotificationStore(*m_db).markRead(m_person.id, item->data(NotificationIdRole).toLongLong()))
        reload();
}

void NotificationsPage::markAllRead()
{
    if (m_db && NotificationStore(*m_db).markAllRead(m_person.id))
        reload();
}

void NotificationsPage::openSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(EntityRole).toString() != u"dispute"_s)
        return;
    const qint64 dispute = item->data(EntityIdRole).toString().toLongLong();
    markSelectedRead();
    Q_EMIT disputeRequested(dispute);
}

} // namespace qadesk::ui
