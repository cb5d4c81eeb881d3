#include "ScorecardView.h"

#include "scoring/ScoringEngine.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

QString answerColour(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes: return u"#2e7d32"_s;
    case AnswerValue::Partly: return u"#ef6c00"_s;
    case AnswerValue::No: return u"#c62828"_s;
    case AnswerValue::NotApplicable: return u"#616161"_s;
    }
    return {};
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

ScorecardView::ScorecardView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_body(new QWidget)
    , m_bodyLayout(new QVBoxLayout(m_body))
{
    setObjectName(u"scorecardView"_s);
    m_summary->setObjectName(u"scoreSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
}

QHash<QString, double> ScorecardView::effectiveShares(const Scorecard &card)
{
    QHash<QString, double> shares;
    double sectionTotal = 0;
    for (const ScorecardSection &s : card.sections)
        sectionTotal += s.weight;
    for (const ScorecardSection &s : card.sections) {
        double criterionTotal = 0;
        for (const Criterion &c : s.criteria)
            criterionTotal += c.weight;
        for (const Criterion &c : s.criteria)
            shares.insert(c.id, (s.weight / sectionTotal) * (c.weight / criterionTotal));
    }
    return shares;
}

void ScorecardView::clear()
{
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ScorecardView::showMessage(const QString &text)
{
    clear();
    m_summary->setText(text.toHtmlEscaped());
}

void ScorecardView::showCard(const Scorecard &card, const std::optional<Evaluation> &evaluation)
{
    clear();
    const QHash<QString, double> shares = effectiveShares(card);
    const AnswerMap answers = evaluation ? evaluation->answers : AnswerMap();
    const ScoreResult result = ScoringEngine::score(card, answers);

    QString summary = u"<h3>%1</h3>"_s.arg(card.title.toHtmlEscaped());
    if (evaluation) {
        if (result.score) {
            summary += u"<p>"_s + tr("<span style='font-size:18pt'><b>%1</b></span> of 100").arg(percent(*result.score));
            if (result.criticalFailed)
                summary += u"<br>"_s + tr("<b style='color:#c62828'>A critical question failed</b>: %1 before the cap")
                                           .arg(percent(*result.uncappedScore));
            summary += u"</p>"_s;
        } else {
            summary += tr("<p><b>Unscored</b>: every question was N/A.</p>");
        }
        summary += tr("<p style='color:#8a8f94'>Evaluated by %1 on %2 · scorecard version %3</p>")
                       .arg((evaluation->trainerName.isEmpty() ? evaluation->trainerEmail : evaluation->trainerName).toHtmlEscaped(),
                            QLocale().toString(evaluation->submittedAt.toLocalTime(), QLocale::ShortFormat),
                            evaluation->scorecardVersion.left(8));
        if (!evaluation->comment.isEmpty())
            summary += u"<p><i>“%1”</i></p>"_s.arg(evaluation->comment.toHtmlEscaped());
    } else {
        summary += tr("<p style='color:#8a8f94'>Not evaluated yet. The share beside each question is its part of "
                      "the total score.</p>");
    }
    m_summary->setText(summary);

    for (qsizetype s = 0; s < card.sections.size(); ++s) {
        const ScorecardSection &section = card.sections.at(s);
        const SectionResult &sectionResult = result.sections.at(s);
        QString title = tr("%1 — weight %2").arg(section.title, QLocale().toString(section.weight));
        if (evaluation && sectionResult.score)
            title += tr(" — %1 %").arg(percent(*sectionResult.score));
        else if (evaluation && !sectionResult.included)
            title += tr(" — left out (all N/A)");
        auto *box = new QGroupBox(title, m_body);
        box->setObjectName(u"section-"_s + section.id);
        auto *boxLayout = new QVBoxLayout(box);
        for (const Criterion &criterion : section.criteria) {
            QString text = u"<b>%1</b>"_s.arg(criterion.text.toHtmlEscaped());
            if (criterion.critical)
                text += u" <span style='color:#c62828'>%1</span>"_s.arg(tr("critical"));
            text += u" <span style='color:#8a8f94'>(%1 %)</span>"_s.arg(percent(100.0 * shares.value(criterion.id)));
            const auto answer = answers.constFind(criterion.id);
            if (answer != answers.constEnd()) {
                text += u"<br><b style='color:%1'>%2</b>"_s.arg(answerColour(answer->value), answerValueLabel(answer->value));
                if (!answer->comment.isEmpty())
                    text += u" — <i>%1</i>"_s.arg(answer->comment.toHtmlEscaped());
            } else if (!criterion.help.isEmpty()) {
                text += u"<br><span style='color:#8a8f94'>%1</span>"_s.arg(criterion.help.toHtmlEscaped());
            }
            auto *label = new QLabel(text, box);
            label->setObjectName(u"criterion-"_s + criterion.id);
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            boxLayout->addWidget(label);
        }
        m_bodyLayout->addWidget(box);
    }
    m_bodyLayout->addStretch(1);
}

} // namespace qadesk::ui
