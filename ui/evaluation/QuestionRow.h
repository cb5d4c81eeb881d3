#pragma once

#include "evaluations/DraftState.h"
#include "scoring/Scorecard.h"

#include <QFrame>

#include <array>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace qadesk::ui {

// One question of a scorecard: its text, four answer buttons (N/A only where allowed), a
// comment box that opens when the answer needs one, and a mark while it is incomplete.
// The row itself takes keyboard focus; the form turns keys into answers.
class QuestionRow final : public QFrame
{
    Q_OBJECT

public:
    QuestionRow(const Scorecard &card, const Criterion &criterion, double share, QWidget *parent = nullptr);

    [[nodiscard]] const QString &criterionId() const { return m_criterionId; }
    [[nodiscard]] DraftAnswer answer() const;
    void setAnswer(const DraftAnswer &answer);
    void setValue(AnswerValue value);           // as the user's choice: emits changed()
    void setEditable(bool editable);
    [[nodiscard]] bool accepts(AnswerValue value) const;
    [[nodiscard]] bool needsComment() const;
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] QPlainTextEdit *commentEdit() const { return m_comment; }
    [[nodiscard]] QString text() const { return m_text; }

Q_SIGNALS:
    void changed();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void refresh();

    QString m_criterionId;
    QString m_text;
    bool m_naAllowed = true;
    AnswerValueSet m_commentRequiredFor;
    std::optional<AnswerValue> m_value;
    bool m_editable = true;
    QLabel *m_status = nullptr;
    std::array<QToolButton *, 4> m_buttons{};
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace qadesk::ui
