#pragma once

#include "scoring/Scorecard.h"

#include <QObject>

class QUndoStack;

namespace qadesk::ui {

// Where an item of a card sits: a section (question < 0) or a question in it.
struct CardPath
{
    qsizetype section = -1;
    qsizetype question = -1;

    [[nodiscard]] bool isSection() const { return section >= 0 && question < 0; }
    [[nodiscard]] bool isQuestion() const { return section >= 0 && question >= 0; }
    friend bool operator==(const CardPath &, const CardPath &) = default;
};

// The card being edited, with its undo stack. Every change is an EditScorecardCommand; views
// listen to `changed` and ask for the card.
class ScorecardDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ScorecardDocument(QObject *parent = nullptr);

    [[nodiscard]] const Scorecard &card() const { return m_card; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    // Starts editing a card afresh (no undo history); `saved` is what the store holds.
    void load(const Scorecard &card, bool isNew);
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool isNew() const { return m_isNew; }
    void markSaved();

    // Replaces the card as one undoable step; `mergeKey` joins successive edits of one field.
    void edit(const Scorecard &after, const QString &text, const QString &mergeKey = {});

    // The structural edits the editor offers; each gives where the item is afterwards.
    CardPath addSection(qsizetype after);
    CardPath addQuestion(const CardPath &near);
    void remove(const CardPath &path);
    // Moves a section among sections, or a question up/down (across section borders).
    CardPath move(const CardPath &path, int step);
    // Moves a question (or a section) to a place given as in a drop: before `to`.
    CardPath moveTo(const CardPath &from, const CardPath &to);

    // Called by the commands only.
    void setCardFromCommand(const Scorecard &card);

Q_SIGNALS:
    void changed();
    void reloaded();

private:
    [[nodiscard]] QString freeId(const QString &stem, const QStringList &taken) const;

    Scorecard m_card;
    QUndoStack *m_undo;
    bool m_isNew = false;
};

} // namespace qadesk::ui
