#pragma once

#include "scoring/Scorecard.h"

#include <QUndoCommand>

namespace qadesk::ui {

class ScorecardDocument;

// One edit of a card in the editor: the card before and after. Typing into one field merges
// into one command, so Undo takes back the whole word, not a letter.
class EditScorecardCommand final : public QUndoCommand
{
public:
    EditScorecardCommand(ScorecardDocument *document, Scorecard before, Scorecard after, const QString &text,
                         const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScorecardDocument *m_document;
    Scorecard m_before;
    Scorecard m_after;
    QString m_mergeKey;
};

} // namespace qadesk::ui
