#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class MailPreferenceModel;

// Settings -> Mail -> Delivery: how each team and person gets their evaluation mail (one
// message per evaluation or a daily digest at an hour) and the team lead's weekly KPI mail.
// An admin sees everyone; anyone else themself and the teams they lead. The rules are
// MailOutbox's (the same as `qadesk mail digest`), so a refusal shows its reason.
class MailDeliveryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MailDeliveryPage(QWidget *parent = nullptr);

    void setContext(Database *db, qint64 actorId);
    void reload();
    [[nodiscard]] MailPreferenceModel *model() const { return m_model; }

private:
    void showSelected();
    void updateForm();
    void apply();
    void select(const QString &scope, const QString &key);
    void setStatus(const QString &text, bool problem);

    Database *m_db = nullptr;
    qint64 m_actorId = 0;
    MailPreferenceModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_editing = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_hour = nullptr;
    QCheckBox *m_weeklyKpi = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace qadesk::ui
