#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace qadesk {
class Database;
class HelpdeskConnector;
class HttpClient;
class SyncEngine;
class TokenVault;
struct Source;
}

namespace qadesk::ui {

// Settings -> Sources: the helpdesks of the workspace; add one (its API token goes to the OS
// keychain), edit it (address, token, which tickets it pulls, agents and groups mapping), test
// the connection, sync now with progress, ETA, a readable log and cancel, remove one not used yet.
class SourcesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPage(QWidget *parent = nullptr);
    ~SourcesPage() override;

    void setContext(Database *db, TokenVault *vault);
    void reload();
    [[nodiscard]] bool isSyncing() const;

Q_SIGNALS:
    void ticketsChanged();

private:
    void addSource();
    void testSource();
    void syncSource();
    void cancelSync();
    void removeSource();
    void editSource();
    // Stores the edited source once its token is where it belongs (keychain entries are filed
    // under the source's name, so a rename moves the token).
    void saveEdited(const Source &before, const Source &edited, const QString &newToken, const QString &warning);
    [[nodiscard]] std::optional<Source> selectedSource() const;
    void withConnector(const Source &source, const std::function<void(HelpdeskConnector &)> &use);
    void log(const QString &line);

    Database *m_db = nullptr;
    TokenVault *m_vault = nullptr;
    HttpClient *m_http = nullptr;
    std::unique_ptr<HelpdeskConnector> m_connector;
    std::unique_ptr<SyncEngine> m_engine;
    QTableWidget *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_edit = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace qadesk::ui
