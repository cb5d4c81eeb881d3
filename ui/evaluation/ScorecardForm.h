#pragma once

#include "evaluations/DraftState.h"
#include "scoring/ScoreResult.h"
#include "scoring/Scorecard.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QKeyEvent;

namespace qadesk::ui {

class QuestionRow;

// The scorecard as a trainer fills it in, keyboard first: 1–4 or Y/P/N/A (Latin or Cyrillic
// layout) answer the focused question and move on, arrows move between questions, Tab goes into
// a comment, Ctrl+Enter submits. Beside it the live score with its trace, and the list of what
// is still missing, each item leading to its question.
class ScorecardForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardForm(QWidget *parent = nullptr);

    void setEvaluation(const Scorecard &card, const DraftState &state, bool editable);
    [[nodiscard]] DraftState state() const;
    [[nodiscard]] ScoreResult result() const;
    [[nodiscard]] bool isComplete() const;
    void focusQuestion(const QString &criterionId);
    [[nodiscard]] QuestionRow *row(const QString &criterionId) const;

    // The answer a key stands for: 1–4, Y/P/N/A, or the same keys in the Russian layout.
    static std::optional<AnswerValue> answerForKey(const QKeyEvent &event);

Q_SIGNALS:
    void stateChanged();
    void submitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRowChanged(QuestionRow *row);
    void moveFocus(QuestionRow *from, int step);
    void updateSummary();
    void clear();

    Scorecard m_card;
    bool m_editable = false;
    QString m_focused;
    QList<QuestionRow *> m_rows;
    QLabel *m_trace = nullptr;
    QListWidget *m_missing = nullptr;
    QWidget *m_questions = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace qadesk::ui
