#include "QuestionRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
constexpr AnswerValue order[] = {AnswerValue::Yes, AnswerValue::Partly, AnswerValue::No, AnswerValue::NotApplicable};
// The chosen answer in its colour, readable in light and dark palettes alike.
constexpr const char16_t *checkedColour[] = {u"#2e7d32", u"#e65100", u"#c62828", u"#546e7a"};
}

QuestionRow::QuestionRow(const Scorecard &card, const Criterion &criterion, double share, QWidget *parent)
    : QFrame(parent)
    , m_criterionId(criterion.id)
    , m_text(criterion.text)
    , m_naAllowed(criterion.naAllowed)
    , m_commentRequiredFor(criterion.commentRequiredFor.value_or(card.commentRequiredFor))
    , m_status(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(u"question-"_s + criterion.id);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(criterion.text);
    setAccessibleDescription(criterion.help);

    auto *text = new QLabel(this);
    QString label = u"<b>%1</b>"_s.arg(criterion.text.toHtmlEscaped());
    if (criterion.critical)
        label += u" <span style='color:#c62828'>%1</span>"_s.arg(tr("critical"));
    label += u" <span style='color:gray'>(%1 %)</span>"_s.arg(QLocale().toString(100.0 * share, 'f', 1));
    text->setText(label);
    text->setWordWrap(true);
    text->setToolTip(criterion.help);
    text->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    const QString keys[] = {u"1 · Y"_s, u"2 · P"_s, u"3 · N"_s, u"4 · A"_s};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QToolButton(this);
        button->setText(answerValueLabel(order[i]));
        button->setToolTip(tr("%1 (key %2)").arg(answerValueLabel(order[i]), keys[i]));
        button->setAccessibleName(tr("%1: %2").arg(criterion.text, answerValueLabel(order[i])));
        button->setObjectName(u"answer-"_s + answerValueId(order[i]));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // keys go to the row; the mouse still clicks
        button->setMinimumWidth(72);
        button->setStyleSheet(u"QToolButton:checked { background: %1; color: white; font-weight: bold; "
                              u"border: 1px solid %1; border-radius: 3px; padding: 2px; }"_s
                                  .arg(QString::fromUtf16(checkedColour[i])));
        connect(button, &QToolButton::clicked, this, [this, i] {
            setFocus();
            setValue(order[i]);
        });
        buttons->addWidget(button);
        m_buttons[std::size_t(i)] = button;
    }
    m_buttons[3]->setVisible(m_naAllowed);
    buttons->addStretch(1);
    buttons->addWidget(m_status);

    m_comment->setObjectName(u"comment-"_s + criterion.id);
    m_comment->setAccessibleName(tr("Comment on: %1").arg(criterion.text));
    m_comment->setPlaceholderText(tr("Comment for the engineer"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addWidget(m_comment);
    refresh();
}

DraftAnswer QuestionRow::answer() const
{
    return {m_value, m_comment->toPlainText()};
}

void QuestionRow::setAnswer(const DraftAnswer &answer)
{
    m_value = answer.value;
    const QSignalBlocker blocker(m_comment);
    m_comment->setPlainText(answer.comment);
    refresh();
}

void QuestionRow::setValue(AnswerValue value)
{
    if (!m_editable || !accepts(value))
        return;
    m_value = value;
    refresh();
    Q_EMIT changed();
}

void QuestionRow::setEditable(bool editable)
{
    m_editable = editable;
    m_comment->setReadOnly(!editable);
    for (QToolButton *button : m_buttons)
        button->setEnabled(editable);
    refresh();
}

bool QuestionRow::accepts(AnswerValue value) const
{
    return value != AnswerValue::NotApplicable || m_naAllowed;
}

bool QuestionRow::needsComment() const
{
    return m_value && m_commentRequiredFor.contains(*m_value);
}

bool QuestionRow::isComplete() const
{
    return m_value && (!needsComment() || !m_comment->toPlainText().trimmed().isEmpty());
}

void QuestionRow::refresh()
{
    for (int i = 0; i < 4; ++i)
        m_buttons[std::size_t(i)]->setChecked(m_value == order[i]);
    const bool commentMissing = needsComment() && m_comment->toPlainText().trimmed().isEmpty();
    m_comment->setVisible(needsComment() || !m_comment->toPlainText().isEmpty());
    if (!m_value)
        m_status->setText(u"<span style='color:gray'>%1</span>"_s.arg(tr("no answer")));
    else if (commentMissing)
        m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(tr("comment required")));
    else
        m_status->setText(u"<span style='color:#2e7d32'>✓</span>"_s);
    setProperty("incomplete", !isComplete());
}

void QuestionRow::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    setBackgroundRole(QPalette::AlternateBase);
}

void QuestionRow::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    setFrameShape(QFrame::StyledPanel);
    setLineWidth(1);
    setBackgroundRole(QPalette::Window);
}

} // namespace qadesk::ui
