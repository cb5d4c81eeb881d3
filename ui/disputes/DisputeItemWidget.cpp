#include "DisputeItemWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QLabel *wrapped(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString answerHtml(const std::optional<AnswerValue> &value)
{
    return value ? u"<b>%1</b>"_s.arg(answerValueLabel(*value).toHtmlEscaped()) : QString();
}
} // namespace

DisputeItemWidget::DisputeItemWidget(const DisputeItem &item, const QString &questionText, bool naAllowed,
                                     bool editable, QWidget *parent)
    : QGroupBox(parent)
    , m_item(item)
{
    setObjectName(u"disputeItem_"_s + item.criterionId);
    setTitle(u"%1 — %2"_s.arg(item.criterionId, questionText));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(wrapped(tr("Trainer's answer: %1").arg(answerHtml(item.originalValue))
                                + (item.originalComment.isEmpty()
                                       ? QString()
                                       : u"<br><i>%1</i>"_s.arg(item.originalComment.toHtmlEscaped())),
                            this),
                    0, 0);
    grid->addWidget(wrapped(tr("Engineer's reason: %1").arg(item.reason.toHtmlEscaped()) + u"<br>"_s
                                + (item.proposed ? tr("Proposes: %1").arg(answerHtml(item.proposed))
                                                 : tr("No answer proposed")),
                            this),
                    0, 1);

    if (!editable) {
        if (item.decision) {
            const QString decided = item.decision == DisputeDecision::Keep ? tr("Kept %1").arg(answerHtml(item.decidedValue))
                                    : item.decision == DisputeDecision::AcceptProposal
                                        ? tr("Proposal accepted: %1").arg(answerHtml(item.decidedValue))
                                        : tr("Changed to %1").arg(answerHtml(item.decidedValue));
            auto *label = wrapped(tr("Arbiter: %1").arg(decided) + u"<br><i>%1</i>"_s.arg(item.decisionComment.toHtmlEscaped()), this);
            label->setObjectName(u"decision_"_s + item.criterionId);
            grid->addWidget(label, 1, 0, 1, 2);
        }
        return;
    }

    m_choice = new QButtonGroup(this);
    m_keep = new QRadioButton(tr("&Keep %1").arg(answerValueLabel(item.originalValue)), this);
    m_keep->setObjectName(u"keep_"_s + item.criterionId);
    m_accept = new QRadioButton(item.proposed ? tr("&Accept %1").arg(answerValueLabel(*item.proposed)) : tr("&Accept proposal"),
                                this);
    m_accept->setObjectName(u"accept_"_s + item.criterionId);
    m_accept->setEnabled(item.proposed.has_value());
    m_other = new QRadioButton(tr("&Other:"), this);
    m_other->setObjectName(u"other_"_s + item.criterionId);
    m_otherValue = new QComboBox(this);
    m_otherValue->setObjectName(u"otherValue_"_s + item.criterionId);
    m_otherValue->setAccessibleName(tr("Other answer"));
    for (AnswerValue v : AnswerValueSet::all) {
        if (v == AnswerValue::NotApplicable && !naAllowed)
            continue;
        m_otherValue->addItem(answerValueLabel(v), int(v));
    }
    m_choice->addButton(m_keep);
    m_choice->addButton(m_accept);
    m_choice->addButton(m_other);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(u"comment_"_s + item.criterionId);
    m_comment->setPlaceholderText(tr("Why (required)"));
    m_comment->setAccessibleName(tr("Decision comment for %1").arg(item.criterionId));
    auto *row = new QHBoxLayout;
    row->addWidget(m_keep);
    row->addWidget(m_accept);
    row->addWidget(m_other);
    row->addWidget(m_otherValue);
    row->addStretch(1);
    grid->addLayout(row, 1, 0, 1, 2);
    grid->addWidget(m_comment, 2, 0, 1, 2);
    connect(m_choice, &QButtonGroup::buttonClicked, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_otherValue, &QComboBox::currentIndexChanged, this, &DisputeItemWidget::changed);
    connect(m_comment, &QLineEdit::textChanged, this, &DisputeItemWidget::changed);
    updateEnabled();
}

void DisputeItemWidget::updateEnabled()
{
    if (m_otherValue)
        m_otherValue->setEnabled(m_other->isChecked());
}

std::optional<DisputeRuling> DisputeItemWidget::ruling() const
{
    if (!m_choice || !m_choice->checkedButton())
        return std::nullopt;
    DisputeRuling r;
    r.criterionId = m_item.criterionId;
    r.comment = m_comment->text();
    if (m_keep->isChecked()) {
        r.decision = DisputeDecision::Keep;
    } else if (m_accept->isChecked()) {
        r.decision = DisputeDecision::AcceptProposal;
    } else {
        r.decision = DisputeDecision::Other;
        r.value = static_cast<AnswerValue>(m_otherValue->currentData().toInt());
    }
    return r;
}

} // namespace qadesk::ui
