#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qadesk {

struct Scorecard;

// One difference between two versions of a card, in words a QA lead reads.
struct ScorecardChange
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardChange)

public:
    enum class Kind {
        CardTitle,
        CardRule,              // partial_credit, comment_required_for, critical_fails_on of the card
        AppliesTo,
        SectionAdded,
        SectionRemoved,
        SectionRenamed,
        SectionWeight,
        SectionsReordered,
        QuestionAdded,
        QuestionRemoved,
        QuestionReworded,
        QuestionHelp,
        QuestionWeight,
        QuestionMoved,         // to another section
        QuestionsReordered,    // within a section
        QuestionRule,          // critical, N/A allowed, partial credit, comments
    };

    Kind kind = Kind::CardTitle;
    QString sectionId;
    QString questionId;
    QString field;             // for the *Rule kinds and AppliesTo: the file format's key
    QString before;            // readable values; empty where nothing is there
    QString after;

    [[nodiscard]] QString kindId() const;      // "question.added", … (stable, for --json)
    [[nodiscard]] QString describe() const;    // one translated line
    [[nodiscard]] QJsonObject toJson() const;
};

// The changes that turn one card version into another: sections and questions matched by id,
// so a reworded question stays "the same question" (answers map by id too).
class ScorecardDiff final
{
public:
    static QList<ScorecardChange> compare(const Scorecard &from, const Scorecard &to);
};

} // namespace qadesk
