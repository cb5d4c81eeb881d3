#pragma once

#include <QWidget>

class QTabWidget;
class QTimer;

namespace qadesk {
class Database;
class MailSendWorker;
class TokenVault;
}

namespace qadesk::ui {

class MailDeliveryPage;
class MailSettingsPage;
class OutboxPage;

// Settings -> Mail: for the QA admin the server and templates, the outbox and everyone's
// delivery choice; for anyone else only their own delivery choice. It also owns the
// window's background sender: every minute (and on "Send now") what is due goes out on a
// worker thread, with the password from the keychain.
class MailPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MailPage(QWidget *parent = nullptr);

    // `actorId` is the person using the window; the admin pages check their role in core.
    void setContext(Database *db, const QString &databaseUrl, TokenVault *vault, qint64 actorId,
                    const QString &actorEmail);
    void showOutbox();
    void showDelivery();
    void reload();
    // Starts a sending round now unless one is running.
    void sendNow();

    [[nodiscard]] MailSettingsPage *settingsPage() const { return m_settings; }
    [[nodiscard]] OutboxPage *outboxPage() const { return m_outbox; }
    [[nodiscard]] MailDeliveryPage *deliveryPage() const { return m_delivery; }

Q_SIGNALS:
    void roundFinished(bool ok, const QString &summary);

private:
    Database *m_db = nullptr;
    QString m_databaseUrl;
    TokenVault *m_vault = nullptr;
    QTabWidget *m_tabs = nullptr;
    MailSettingsPage *m_settings = nullptr;
    OutboxPage *m_outbox = nullptr;
    MailDeliveryPage *m_delivery = nullptr;
    bool m_admin = false;
    MailSendWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace qadesk::ui
