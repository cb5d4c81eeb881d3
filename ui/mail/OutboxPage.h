#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class OutboxModel;

// Settings -> Mail -> Outbox (QA admin): every message with its state and the reason of its
// last failure; Retry sends a failed or interrupted one again, Cancel drops one not sent yet.
class OutboxPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(QWidget *parent = nullptr);

    void setContext(Database *db, qint64 actorId);
    void reload();

Q_SIGNALS:
    // The admin asked to send what is due now.
    void sendNowRequested();

private:
    void retrySelected();
    void cancelSelected();
    void showSelected();
    [[nodiscard]] qint64 selectedId() const;

    Database *m_db = nullptr;
    qint64 m_actorId = 0;
    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace qadesk::ui
