#include "ScorecardForm.h"

#include "QuestionRow.h"
#include "ScorecardView.h"
#include "scoring/ScoringEngine.h"

#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

ScorecardForm::ScorecardForm(QWidget *parent)
    : QWidget(parent)
    , m_trace(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_questions(new QWidget)
    , m_scroll(new QScrollArea(this))
    , m_overall(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("Submit (Ctrl+Enter)"), this))
{
    setObjectName(u"scorecardForm"_s);
    m_trace->setObjectName(u"scoreTrace"_s);
    m_trace->setTextFormat(Qt::RichText);
    m_trace->setWordWrap(true);
    m_trace->setAccessibleName(tr("Score and how it is reached"));
    m_missing->setObjectName(u"missingList"_s);
    m_missing->setAccessibleName(tr("What is missing before submitting"));
    m_missing->setFocusPolicy(Qt::ClickFocus);
    m_missing->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_trace->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(m_missing, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { focusQuestion(item->data(Qt::UserRole).toString()); });
    connect(m_missing, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { focusQuestion(item->data(Qt::UserRole).toString()); });

    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_questions);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    new QVBoxLayout(m_questions);

    m_overall->setObjectName(u"overallComment"_s);
    m_overall->setAccessibleName(tr("Overall comment"));
    m_overall->setPlaceholderText(tr("Overall comment for the engineer (optional)"));
    m_overall->setTabChangesFocus(true);
    m_overall->setFixedHeight(m_overall->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_overall, &QPlainTextEdit::textChanged, this, &ScorecardForm::stateChanged);

    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setEnabled(false);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (isComplete() && m_editable)
            Q_EMIT submitRequested();
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_submit, &QPushButton::click);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_trace);
    layout->addWidget(m_missing);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_overall);
    layout->addWidget(m_submit);
}

void ScorecardForm::clear()
{
    m_rows.clear();
    QLayout *layout = m_questions->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ScorecardForm::setEvaluation(const Scorecard &card, const DraftState &state, bool editable)
{
    clear();
    m_card = card;
    m_editable = editable;
    const QHash<QString, double> shares = ScorecardView::effectiveShares(card);
    auto *layout = static_cast<QVBoxLayout *>(m_questions->layout());
    for (const ScorecardSection &section : card.sections) {
        auto *box = new QGroupBox(tr("%1 — weight %2").arg(section.title, QLocale().toString(section.weight)), m_questions);
        box->setObjectName(u"section-"_s + section.id);
        auto *boxLayout = new QVBoxLayout(box);
        for (const Criterion &criterion : section.criteria) {
            auto *row = new QuestionRow(card, criterion, shares.value(criterion.id), box);
            row->setAnswer(state.answers.value(criterion.id));
            row->setEditable(editable);
            row->installEventFilter(this);
            connect(row, &QuestionRow::changed, this, [this, row] { onRowChanged(row); });
            boxLayout->addWidget(row);
            m_rows.append(row);
        }
        layout->addWidget(box);
        box->show(); // at once: a layout shows a new child of a visible widget only later
    }
    layout->addStretch(1);
    {
        const QSignalBlocker blocker(m_overall);
        m_overall->setPlainText(state.comment);
    }
    m_overall->setReadOnly(!editable);
    m_submit->setVisible(editable);
    m_focused = state.focusedCriterion;
    updateSummary();
    if (editable)
        focusQuestion(m_focused.isEmpty() && !m_rows.isEmpty() ? m_rows.first()->criterionId() : m_focused);
}

DraftState ScorecardForm::state() const
{
    DraftState state;
    for (const QuestionRow *row : m_rows) {
        const DraftAnswer answer = row->answer();
        if (answer.value || !answer.comment.isEmpty())
            state.answers.insert(row->criterionId(), answer);
    }
    state.comment = m_overall->toPlainText();
    state.focusedCriterion = m_focused;
    return state;
}

ScoreResult ScorecardForm::result() const
{
    return ScoringEngine::score(m_card, state().answerMap());
}

bool ScorecardForm::isComplete() const
{
    return !m_rows.isEmpty() && result().complete;
}

QuestionRow *ScorecardForm::row(const QString &criterionId) const
{
    for (QuestionRow *r : m_rows) {
        if (r->criterionId() == criterionId)
            return r;
    }
    return nullptr;
}

void ScorecardForm::focusQuestion(const QString &criterionId)
{
    QuestionRow *target = row(criterionId);
    if (!target && !m_rows.isEmpty())
        target = m_rows.first();
    if (!target)
        return;
    // A question whose comment is what is missing takes the cursor straight into the comment.
    if (target->needsComment() && target->commentEdit()->toPlainText().trimmed().isEmpty() && m_editable)
        target->commentEdit()->setFocus(Qt::OtherFocusReason);
    else
        target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(target);
}

std::optional<AnswerValue> ScorecardForm::answerForKey(const QKeyEvent &event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    // Cyrillic letters on the same physical keys as Y, P, N, A in the Russian layout: Н, З, Т, Ф.
    switch (event.key()) {
    case Qt::Key_1: case Qt::Key_Y: case 0x041D: return AnswerValue::Yes;
    case Qt::Key_2: case Qt::Key_P: case 0x0417: return AnswerValue::Partly;
    case Qt::Key_3: case Qt::Key_N: case 0x0422: return AnswerValue::No;
    case Qt::Key_4: case Qt::Key_A: case 0x0424: return AnswerValue::NotApplicable;
    default: break;
    }
    const QString text = event.text().toUpper();
    if (text == u"Н"_s) return AnswerValue::Yes;
    if (text == u"З"_s) return AnswerValue::Partly;
    if (text == u"Т"_s) return AnswerValue::No;
    if (text == u"Ф"_s) return AnswerValue::NotApplicable;
    return std::nullopt;
}

bool ScorecardForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *row = qobject_cast<QuestionRow *>(watched);
    if (!row)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        m_focused = row->criterionId();
        m_scroll->ensureWidgetVisible(row);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Down) {
        moveFocus(row, +1);
        return true;
    }
    if (key->key() == Qt::Key_Up) {
        moveFocus(row, -1);
        return true;
    }
    const std::optional<AnswerValue> value = answerForKey(*key);
    if (!value || !m_editable)
        return false;
    if (!row->accepts(*value))
        return true; // N/A is not allowed here: the key does nothing
    row->setValue(*value);
    if (row->needsComment() && row->commentEdit()->toPlainText().trimmed().isEmpty())
        row->commentEdit()->setFocus(Qt::TabFocusReason);
    else
        moveFocus(row, +1);
    return true;
}

void ScorecardForm::moveFocus(QuestionRow *from, int step)
{
    const qsizetype index = m_rows.indexOf(from) + step;
    if (index >= 0 && index < m_rows.size()) {
        m_rows.at(index)->setFocus(Qt::TabFocusReason);
    } else if (index >= m_rows.size() && m_editable) {
        m_overall->setFocus(Qt::TabFocusReason);
    }
}

void ScorecardForm::onRowChanged(QuestionRow *row)
{
    m_focused = row->criterionId();
    updateSummary();
    Q_EMIT stateChanged();
}

void ScorecardForm::updateSummary()
{
    const ScoreResult r = result();
    QString html;
    if (r.score) {
        html += tr("<span style='font-size:16pt'><b>%1</b></span> of 100").arg(number(*r.score));
        if (r.criticalFailed)
            html += u"<br><b style='color:#c62828'>"_s
                    + tr("Critical question failed (%1): the score is 0, %2 before the cap")
                          .arg(r.failedCriticals.join(u", "_s), number(*r.uncappedScore))
                    + u"</b>"_s;
    } else {
        html += tr("<b>No score yet</b>: answer a question (N/A everywhere leaves it unscored).");
    }
    QStringList sections;
    for (qsizetype i = 0; i < r.sections.size() && i < m_card.sections.size(); ++i) {
        const SectionResult &s = r.sections.at(i);
        QString line = m_card.sections.at(i).title.toHtmlEscaped() + u": "_s;
        line += s.score ? tr("%1 % × weight %2").arg(number(*s.score), QLocale().toString(s.weight))
                        : tr("left out (nothing counted yet or all N/A)");
        if (s.naWeight > 0)
            line += tr("; N/A removed weight %1").arg(QLocale().toString(s.naWeight));
        sections.append(line);
    }
    html += u"<br><span style='color:gray'>"_s + sections.join(u"<br>"_s) + u"</span>"_s;
    const int answered = int(m_rows.size() - r.missingAnswers.size());
    html += u"<br>"_s + tr("Answered %1 of %2").arg(answered).arg(m_rows.size());
    m_trace->setText(html);

    m_missing->clear();
    for (const QString &id : r.missingAnswers) {
        auto *item = new QListWidgetItem(tr("No answer: %1").arg(row(id) ? row(id)->text() : id), m_missing);
        item->setData(Qt::UserRole, id);
    }
    for (const QString &id : r.missingComments) {
        auto *item = new QListWidgetItem(tr("Comment required: %1").arg(row(id) ? row(id)->text() : id), m_missing);
        item->setData(Qt::UserRole, id);
    }
    m_missing->setVisible(m_editable && m_missing->count() > 0);
    // As tall as its items, up to four; the questions keep the rest of the height.
    const int rows = std::min(m_missing->count(), 4);
    m_missing->setFixedHeight(rows * m_missing->sizeHintForRow(0) + 2 * m_missing->frameWidth() + 2);
    m_submit->setEnabled(m_editable && r.complete && !m_rows.isEmpty());
}

} // namespace qadesk::ui
