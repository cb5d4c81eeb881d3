#pragma once

#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace qadesk {
class Database;
struct Scorecard;
}

namespace qadesk::ui {

class ScorecardEditor;
class WhatIfView;

// Settings -> Scorecards (QA admin): the cards with their team binding, versions and archived
// state; new, edit, duplicate, archive, import; a card's version history with a readable diff;
// which card a ticket would get and the cards' coverage warnings. The editor and the what-if
// view open inside the page.
class ScorecardsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardsPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    [[nodiscard]] ScorecardEditor *editor() const { return m_editor; }
    [[nodiscard]] WhatIfView *whatIfView() const { return m_whatIf; }
    // Loads a qadesk.scorecard/1 file into the editor (saved only when the admin saves it).
    bool importFrom(const QString &path);
    void selectCard(const QString &slug);
    void editSelected();
    void showList();

Q_SIGNALS:
    void scorecardsChanged();

private:
    [[nodiscard]] QString selectedSlug() const;
    void newCard();
    void duplicateSelected();
    void toggleArchived();
    void chooseImport();
    void showHistory();
    void showDiff();
    void lookUpTicket();
    void showCoverage();
    void showWhatIf(const Scorecard &draft);
    void say(const QString &text);
    // Whether the editor's unsaved changes may be dropped (asks when there are any).
    bool mayReplaceDraft();

    Database *m_db = nullptr;
    Person m_person;
    QStackedWidget *m_stack;
    QWidget *m_listPage;
    ScorecardEditor *m_editor;
    WhatIfView *m_whatIf;
    QTableWidget *m_table;
    QPushButton *m_archive;
    QLabel *m_status;
    QComboBox *m_from;
    QComboBox *m_to;
    QPlainTextEdit *m_diff;
    QLineEdit *m_ticket;
    QLabel *m_ticketResult;
    QPlainTextEdit *m_coverage;
};

} // namespace qadesk::ui
