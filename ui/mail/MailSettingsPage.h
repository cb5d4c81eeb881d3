#pragma once

#include "mail/MailSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace qadesk {
class Database;
class MailSendWorker;
class TokenVault;
}

namespace qadesk::ui {

// Settings -> Mail -> Server (QA admin): the SMTP server, security, login and sender, with a
// test button; the password goes to the system keychain. Below, the templates: where the
// admin's own files live and a preview of a real evaluation's message with them.
class MailSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MailSettingsPage(QWidget *parent = nullptr);

    void setContext(Database *db, TokenVault *vault, qint64 actorId, const QString &actorEmail);
    void reload();
    // The settings as the form shows them (not saved yet).
    [[nodiscard]] MailSettings formSettings() const;

Q_SIGNALS:
    void saved();

private:
    void save();
    void sendTest();
    void preview();
    void exportTemplates();
    void setStatus(const QString &text, bool ok);

    Database *m_db = nullptr;
    TokenVault *m_vault = nullptr;
    qint64 m_actorId = 0;
    MailSettings m_loaded;
    MailSendWorker *m_worker = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_scoresUrl = nullptr;
    QSpinBox *m_disputeWindow = nullptr;
    QSpinBox *m_disputeWait = nullptr;
    QLineEdit *m_testRecipient = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_templatesDir = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_previewInfo = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace qadesk::ui
