#include "DisputesFeature.h"

#include "DisputeOversightPage.h"
#include "DisputesPage.h"
#include "notifications/NotificationsPage.h"

#include <QAction>
#include <QFont>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

DisputesFeature::DisputesFeature(QMainWindow *window, QStackedWidget *stack)
    : QObject(window)
    , m_stack(stack)
    , m_disputes(new DisputesPage(stack))
    , m_oversight(new DisputeOversightPage(stack))
    , m_notifications(new NotificationsPage(stack))
    , m_badge(new QToolButton(window))
{
    for (QWidget *page : {static_cast<QWidget *>(m_disputes), static_cast<QWidget *>(m_oversight),
                          static_cast<QWidget *>(m_notifications)})
        stack->addWidget(page);
    m_badge->setObjectName(u"notificationBadge"_s);
    m_badge->setAutoRaise(true);
    m_badge->setAccessibleName(tr("Notifications"));
    m_badge->setEnabled(false);
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this, &DisputesFeature::showNotifications);

    connect(m_disputes, &DisputesPage::message, this, &DisputesFeature::message);
    connect(m_oversight, &DisputeOversightPage::message, this, &DisputesFeature::message);
    connect(m_disputes, &DisputesPage::changed, this, [this] {
        refreshBadge();
        m_oversight->reload();
        Q_EMIT disputesChanged();
    });
    connect(m_oversight, &DisputeOversightPage::disputeRequested, this, &DisputesFeature::showDispute);
    connect(m_notifications, &NotificationsPage::disputeRequested, this, &DisputesFeature::showDispute);
    connect(m_notifications, &NotificationsPage::unreadChanged, this, [this](int count) {
        m_badge->setText(count > 0 ? tr("Notifications (%1)").arg(count) : tr("Notifications"));
        QFont font = m_badge->font();
        font.setBold(count > 0);
        m_badge->setFont(font);
    });
    // Others act in the same workspace (another window, the command line): look now and then.
    auto *poll = new QTimer(this);
    poll->setInterval(30'000);
    connect(poll, &QTimer::timeout, this, &DisputesFeature::refreshBadge);
    poll->start();
}

void DisputesFeature::addMenu(QMenuBar *menuBar)
{
    QMenu *menu = menuBar->addMenu(tr("&Disputes"));
    m_disputesAction = menu->addAction(tr("&Disputes"), this, &DisputesFeature::showDisputes);
    m_disputesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_notificationsAction = menu->addAction(tr("&Notifications"), this, &DisputesFeature::showNotifications);
    m_notificationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_oversightAction = menu->addAction(tr("&Oversight"), this, &DisputesFeature::showOversight);
    m_disputesAction->setObjectName(u"disputesAction"_s);
    m_notificationsAction->setObjectName(u"notificationsAction"_s);
    m_oversightAction->setObjectName(u"disputeOversightAction"_s);
    for (QAction *a : {m_disputesAction, m_notificationsAction, m_oversightAction})
        a->setEnabled(false);
}

void DisputesFeature::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_disputes->setContext(db, person);
    m_notifications->setContext(db, person);
    const bool oversees = person.hasRole(Role::Admin) || person.hasRole(Role::TeamLead) || person.hasRole(Role::Arbiter);
    m_oversight->setContext(oversees ? db : nullptr, person);
    for (QAction *a : {m_disputesAction, m_notificationsAction})
        if (a)
            a->setEnabled(db != nullptr);
    if (m_oversightAction)
        m_oversightAction->setEnabled(db && oversees);
    m_badge->setEnabled(db != nullptr);
    refreshBadge();
    m_badge->setText(m_notifications->unreadCount() > 0 ? tr("Notifications (%1)").arg(m_notifications->unreadCount())
                                                        : tr("Notifications"));
}

void DisputesFeature::refreshBadge()
{
    m_notifications->reload();
}

void DisputesFeature::show(QWidget *page)
{
    if (!m_db)
        return;
    Q_EMIT aboutToShowPage();
    m_stack->setCurrentWidget(page);
    page->setFocus();
}

void DisputesFeature::showDisputes()
{
    m_disputes->reload();
    show(m_disputes);
}

void DisputesFeature::showDispute(qint64 disputeId)
{
    m_disputes->reload();
    show(m_disputes);
    m_disputes->showDispute(disputeId);
}

void DisputesFeature::showOversight()
{
    if (!m_oversightAction || !m_oversightAction->isEnabled())
        return;
    m_oversight->reload();
    show(m_oversight);
}

void DisputesFeature::showNotifications()
{
    m_notifications->reload();
    show(m_notifications);
}

void DisputesFeature::openDisputeOn(qint64 evaluationId)
{
    show(m_disputes);
    m_disputes->openDisputeOn(evaluationId);
}

} // namespace qadesk::ui
