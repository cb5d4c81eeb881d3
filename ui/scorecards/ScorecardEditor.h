#pragma once

#include "domain/Person.h"
#include "scorecards/ScorecardDocument.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class ScorecardTreeModel;

// Edits one card: its sections and questions with every option of the file format, each
// question's share of the total score, reordering by drag or Ctrl+Up/Down, undo and redo,
// problems shown as the file format words them. Saving goes through ScorecardAdminService.
class ScorecardEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardEditor(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    // `unsaved`: the card differs from the stored one (an imported file), so Save is offered at once.
    void editCard(const Scorecard &card, bool isNew, bool unsaved = false);
    [[nodiscard]] ScorecardDocument *document() const { return m_document; }
    [[nodiscard]] CardPath currentPath() const;
    void select(const CardPath &path);
    // Saves a valid card as a new version; gives false (and says why) otherwise.
    bool save();
    bool exportTo(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void saved(const QString &slug);
    void closeRequested();
    void whatIfRequested(const Scorecard &draft);

private:
    void buildForms(QWidget *host);
    void refresh();
    void refreshForms();
    void updateValidation();
    void editCardField(const QString &field, const std::function<void(Scorecard &)> &change);
    void editCurrent(const QString &field, const std::function<void(ScorecardSection &)> &onSection,
                     const std::function<void(Criterion &)> &onQuestion);
    void moveCurrent(int step);
    void chooseExport();

    Database *m_db = nullptr;
    Person m_person;
    CardPath m_selected;
    ScorecardDocument *m_document;
    ScorecardTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_cardId;
    QLineEdit *m_cardTitle;
    QDoubleSpinBox *m_cardCredit;
    QLineEdit *m_teams;
    QLineEdit *m_tags;
    QLineEdit *m_channels;
    QStackedWidget *m_forms = nullptr;
    QLineEdit *m_sectionId = nullptr;
    QLineEdit *m_sectionTitle = nullptr;
    QDoubleSpinBox *m_sectionWeight = nullptr;
    QLabel *m_sectionShare = nullptr;
    QLineEdit *m_questionId = nullptr;
    QLineEdit *m_questionText = nullptr;
    QPlainTextEdit *m_questionHelp = nullptr;
    QDoubleSpinBox *m_questionWeight = nullptr;
    QLabel *m_questionShare = nullptr;
    QCheckBox *m_ownCredit = nullptr;
    QDoubleSpinBox *m_questionCredit = nullptr;
    QCheckBox *m_ownComments = nullptr;
    QList<QCheckBox *> m_commentFor;      // yes, partly, no, na
    QCheckBox *m_critical = nullptr;
    QCheckBox *m_naAllowed = nullptr;
    QLabel *m_validation;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace qadesk::ui
