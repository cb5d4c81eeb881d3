#pragma once

#include "storage/SourceStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace qadesk::ui {

// Edits one source: its name, address, API user, a new API token (empty: keep the one in the
// keychain), which tickets it pulls (statuses, a solved-in window, groups, tags), how its agents
// map to engineers and its groups to teams. Opened with open(), never exec(): nothing waits.
class SourceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);

    // The source as edited; valid after the dialog was accepted.
    [[nodiscard]] const Source &source() const { return m_result; }
    // The new API token, empty to keep the current one.
    [[nodiscard]] QString token() const;
    // The plain-HTTP warning for the address as edited, empty for https.
    [[nodiscard]] QString urlWarning() const;

    void accept() override;

private:
    void updateWarning();
    // The edited source, or the first problem naming its field.
    [[nodiscard]] Result<Source> edited() const;

    Source m_original;
    Source m_result;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_warning = nullptr;
    QLineEdit *m_statuses = nullptr;
    QLineEdit *m_solvedFrom = nullptr;
    QLineEdit *m_solvedTo = nullptr;
    QLineEdit *m_groups = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_agents = nullptr;
    QPlainTextEdit *m_groupTeams = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace qadesk::ui
