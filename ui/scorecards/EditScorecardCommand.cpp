#include "EditScorecardCommand.h"

#include "scorecards/ScorecardDocument.h"

namespace qadesk::ui {

EditScorecardCommand::EditScorecardCommand(ScorecardDocument *document, Scorecard before, Scorecard after,
                                           const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void EditScorecardCommand::undo()
{
    m_document->setCardFromCommand(m_before);
}

void EditScorecardCommand::redo()
{
    m_document->setCardFromCommand(m_after);
}

int EditScorecardCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool EditScorecardCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditScorecardCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace qadesk::ui
