#include "MailPage.h"

#include "helpdesk/TokenVault.h"
#include "mail/MailSendWorker.h"
#include "mail/MailSettings.h"
#include "mail/MailDeliveryPage.h"
#include "mail/MailSettingsPage.h"
#include "mail/OutboxPage.h"
#include "storage/PeopleStore.h"

#include <QLoggingCategory>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

Q_LOGGING_CATEGORY(lcMailUi, "qadesk.ui.mail")

MailPage::MailPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_settings(new MailSettingsPage(this))
    , m_outbox(new OutboxPage(this))
    , m_delivery(new MailDeliveryPage(this))
    , m_worker(new MailSendWorker(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"mailPage"_s);
    m_tabs->setObjectName(u"mailTabs"_s);
    m_tabs->addTab(m_settings, tr("Server and templates"));
    m_tabs->addTab(m_outbox, tr("Outbox"));
    m_tabs->addTab(m_delivery, tr("Delivery"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &MailPage::sendNow);
    connect(m_outbox, &OutboxPage::sendNowRequested, this, &MailPage::sendNow);
    connect(m_settings, &MailSettingsPage::saved, this, &MailPage::sendNow);
    connect(m_worker, &MailSendWorker::roundFinished, this, [this](bool ok, const QString &summary, int sent, int failed) {
        qCDebug(lcMailUi) << "mail round:" << sent << "sent," << failed << "not sent";
        m_outbox->reload();
        Q_EMIT roundFinished(ok, summary);
    });
}

void MailPage::setContext(Database *db, const QString &databaseUrl, TokenVault *vault, qint64 actorId,
                          const QString &actorEmail)
{
    m_db = db;
    m_databaseUrl = databaseUrl;
    m_vault = vault;
    m_settings->setContext(db, vault, actorId, actorEmail);
    m_outbox->setContext(db, actorId);
    m_delivery->setContext(db, actorId);
    // Everyone may choose how their own mail comes; the server and the outbox are the admin's
    // (core refuses them to others anyway, so the tabs would only show refusals).
    m_admin = false;
    if (db) {
        if (const Result<std::optional<Person>> actor = PeopleStore(*db).findById(actorId); actor && *actor)
            m_admin = (*actor)->hasRole(Role::Admin);
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_settings), m_admin);
    m_tabs->setTabVisible(m_tabs->indexOf(m_outbox), m_admin);
    if (!m_admin)
        m_tabs->setCurrentWidget(m_delivery);
    if (db)
        m_timer->start();
}

void MailPage::showOutbox()
{
    m_tabs->setCurrentWidget(m_outbox);
}

void MailPage::showDelivery()
{
    m_tabs->setCurrentWidget(m_delivery);
}

void MailPage::reload()
{
    if (m_admin) {
        m_settings->reload();
        m_outbox->reload();
    }
    m_delivery->reload();
}

void MailPage::sendNow()
{
    if (!m_db || m_worker->isRunning())
        return;
    const Result<MailSettings> settings = MailSettings::load(*m_db);
    // Not configured (or switched off): the mail waits in the outbox.
    if (!settings || !settings->problems().isEmpty())
        return;
    if (settings->user.isEmpty() || !m_vault) {
        m_worker->sendPending(m_databaseUrl, *settings, QString());
        return;
    }
    m_vault->read(MailSettings::vaultKey.toString(), [this, s = *settings](Result<QString> password) {
        if (!password) {
            Q_EMIT roundFinished(false, password.error().message);
            return;
        }
        m_worker->sendPending(m_databaseUrl, s, *password);
    });
}

} // namespace qadesk::ui
