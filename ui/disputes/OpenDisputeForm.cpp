#include "OpenDisputeForm.h"

#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

OpenDisputeForm::OpenDisputeForm(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_body(new QWidget)
    , m_submit(new QPushButton(tr("&Open dispute"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"openDisputeForm"_s);
    m_header->setObjectName(u"openDisputeHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_error->setObjectName(u"openDisputeError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_submit->setObjectName(u"submitDispute"_s);
    m_cancel->setObjectName(u"cancelDispute"_s);
    m_bodyLayout = new QVBoxLayout(m_body);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_submit, &QPushButton::clicked, this, &OpenDisputeForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &OpenDisputeForm::cancelled);
}

void OpenDisputeForm::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
}

void OpenDisputeForm::clearRows()
{
    m_rows.clear();
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

bool OpenDisputeForm::showEvaluation(qint64 evaluationId)
{
    clearRows();
    m_error->hide();
    m_evaluationId = evaluationId;
    if (!m_db)
        return false;
    DisputeService service(*m_db);
    const Result<std::optional<Evaluation>> found = EvaluationStore(*m_db).get(evaluationId);
    if (!found || !*found) {
        m_header->setText(found ? tr("No evaluation %1.").arg(evaluationId) : found.error().message);
        m_submit->setEnabled(false);
        return false;
    }
    const Evaluation &e = **found;
    const Result<ScorecardVersion> card = ScorecardStore(*m_db).versionById(e.scorecardVersionId);
    const QLocale locale;
    m_header->setText(tr("<h3>Dispute the evaluation of ticket %1</h3>%2 · %3 · trainer %4 · score <b>%5</b><br>"
                         "Tick the questions you disagree with and say why; propose the answer you think right.")
                          .arg(e.ticketExternalId.toHtmlEscaped(), e.ticketSubject.toHtmlEscaped(),
                               e.scorecardTitle.toHtmlEscaped(), e.trainerName.toHtmlEscaped(),
                               e.score ? locale.toString(*e.score, 'f', 1) : tr("unscored")));
    const Status allowed = service.canOpen(evaluationId, m_person.id);
    if (!allowed || !card) {
        m_error->setText(allowed ? card.error().message : allowed.error().message);
        m_error->show();
        m_submit->setEnabled(false);
        return false;
    }
    const QStringList arbitrated = service.arbitratedQuestions(evaluationId).value_or(QStringList());
    m_submit->setEnabled(true);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    int line = 0;
    for (const ScorecardSection &section : card->card.sections) {
        for (const Criterion &c : section.criteria) {
            const auto answer = e.answers.constFind(c.id);
            if (answer == e.answers.constEnd())
                continue;
            Row row;
            row.criterionId = c.id;
            row.pick = new QCheckBox(u"%1 — %2"_s.arg(c.text, answerValueLabel(answer->value)), m_body);
            row.pick->setObjectName(u"pick_"_s + c.id);
            if (!answer->comment.isEmpty())
                row.pick->setToolTip(answer->comment);
            row.reason = new QLineEdit(m_body);
            row.reason->setObjectName(u"reason_"_s + c.id);
            row.reason->setPlaceholderText(tr("Why the answer is wrong (required)"));
            row.reason->setAccessibleName(tr("Reason for %1").arg(c.id));
            row.proposed = new QComboBox(m_body);
            row.proposed->setObjectName(u"proposed_"_s + c.id);
            row.proposed->setAccessibleName(tr("Proposed answer for %1").arg(c.id));
            row.proposed->addItem(tr("No proposal"), -1);
            for (AnswerValue v : AnswerValueSet::all) {
                if (v == answer->value || (v == AnswerValue::NotApplicable && !c.naAllowed))
                    continue;
                row.proposed->addItem(answerValueLabel(v), int(v));
            }
            if (arbitrated.contains(c.id)) {
                row.pick->setEnabled(false);
                row.pick->setToolTip(tr("Already arbitrated; it cannot be disputed again."));
            }
            row.reason->setEnabled(false);
            row.proposed->setEnabled(false);
            connect(row.pick, &QCheckBox::toggled, this, [reason = row.reason, proposed = row.proposed](bool on) {
                reason->setEnabled(on);
                proposed->setEnabled(on);
                if (on)
                    reason->setFocus();
            });
            grid->addWidget(row.pick, line, 0);
            grid->addWidget(row.proposed, line, 1);
            grid->addWidget(row.reason, line, 2);
            ++line;
            m_rows.append(row);
        }
    }
    m_bodyLayout->addLayout(grid);
    m_bodyLayout->addStretch(1);
    if (!m_rows.isEmpty())
        m_rows.first().pick->setFocus();
    return true;
}

void OpenDisputeForm::submit()
{
    if (!m_db)
        return;
    QList<DisputedQuestion> questions;
    for (const Row &row : m_rows) {
        if (!row.pick->isChecked())
            continue;
        DisputedQuestion q;
        q.criterionId = row.criterionId;
        q.reason = row.reason->text();
        const int proposed = row.proposed->currentData().toInt();
        if (proposed >= 0)
            q.proposed = static_cast<AnswerValue>(proposed);
        questions.append(q);
    }
    if (questions.isEmpty()) {
        m_error->setText(tr("Tick at least one question."));
        m_error->show();
        return;
    }
    const Result<qint64> created = DisputeService(*m_db).open(m_evaluationId, m_person.id, questions);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    Q_EMIT opened(*created);
}

} // namespace qadesk::ui
