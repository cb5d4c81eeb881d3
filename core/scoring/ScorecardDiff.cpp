#include "ScorecardDiff.h"

#include "scoring/Scorecard.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

using Kind = ScorecardChange::Kind;

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString answerSet(AnswerValueSet set)
{
    QStringList ids;
    for (AnswerValue v : AnswerValueSet::all) {
        if (set.contains(v))
            ids.append(answerValueId(v));
    }
    return ids.isEmpty() ? u"-"_s : ids.join(u", "_s);
}

QString yesNo(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

ScorecardChange change(Kind kind, const QString &section, const QString &question, const QString &field,
                       const QString &before, const QString &after)
{
    ScorecardChange c;
    c.kind = kind;
    c.sectionId = section;
    c.questionId = question;
    c.field = field;
    c.before = before;
    c.after = after;
    return c;
}

void compareRule(QList<ScorecardChange> &changes, const QString &section, const QString &question,
                 const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        changes.append(change(question.isEmpty() ? Kind::CardRule : Kind::QuestionRule, section, question, field,
                              before, after));
}

// The ids both lists share, in the order of `order`.
QStringList shared(const QStringList &order, const QStringList &other)
{
    QStringList ids;
    for (const QString &id : order) {
        if (other.contains(id))
            ids.append(id);
    }
    return ids;
}

QStringList sectionIds(const Scorecard &card)
{
    QStringList ids;
    for (const ScorecardSection &s : card.sections)
        ids.append(s.id);
    return ids;
}

QStringList questionIds(const ScorecardSection &section)
{
    QStringList ids;
    for (const Criterion &c : section.criteria)
        ids.append(c.id);
    return ids;
}

void compareQuestion(QList<ScorecardChange> &changes, const Scorecard &from, const Scorecard &to,
                     const QString &fromSection, const QString &toSection, const Criterion &a, const Criterion &b)
{
    if (fromSection != toSection)
        changes.append(change(Kind::QuestionMoved, toSection, b.id, {}, fromSection, toSection));
    if (a.text != b.text)
        changes.append(change(Kind::QuestionReworded, toSection, b.id, u"text"_s, a.text, b.text));
    if (a.help != b.help)
        changes.append(change(Kind::QuestionHelp, toSection, b.id, u"help"_s, a.help, b.help));
    if (a.weight != b.weight)
        changes.append(change(Kind::QuestionWeight, toSection, b.id, u"weight"_s, number(a.weight), number(b.weight)));
    compareRule(changes, toSection, b.id, u"critical"_s, yesNo(a.critical), yesNo(b.critical));
    compareRule(changes, toSection, b.id, u"na_allowed"_s, yesNo(a.naAllowed), yesNo(b.naAllowed));
    // What the question effectively uses, so moving a value from the card onto the question is no change.
    compareRule(changes, toSection, b.id, u"partial_credit"_s, number(from.partialCreditFor(a)),
                number(to.partialCreditFor(b)));
    compareRule(changes, toSection, b.id, u"comment_required_for"_s,
                answerSet(a.commentRequiredFor.value_or(from.commentRequiredFor)),
                answerSet(b.commentRequiredFor.value_or(to.commentRequiredFor)));
}

} // namespace

QString ScorecardChange::kindId() const
{
    switch (kind) {
    case Kind::CardTitle: return u"card.title"_s;
    case Kind::CardRule: return u"card.rule"_s;
    case Kind::AppliesTo: return u"card.applies_to"_s;
    case Kind::SectionAdded: return u"section.added"_s;
    case Kind::SectionRemoved: return u"section.removed"_s;
    case Kind::SectionRenamed: return u"section.renamed"_s;
    case Kind::SectionWeight: return u"section.weight"_s;
    case Kind::SectionsReordered: return u"sections.reordered"_s;
    case Kind::QuestionAdded: return u"question.added"_s;
    case Kind::QuestionRemoved: return u"question.removed"_s;
    case Kind::QuestionReworded: return u"question.reworded"_s;
    case Kind::QuestionHelp: return u"question.help"_s;
    case Kind::QuestionWeight: return u"question.weight"_s;
    case Kind::QuestionMoved: return u"question.moved"_s;
    case Kind::QuestionsReordered: return u"questions.reordered"_s;
    case Kind::QuestionRule: return u"question.rule"_s;
    }
    return {};
}

QString ScorecardChange::describe() const
{
    switch (kind) {
    case Kind::CardTitle: return tr("Title changed from \"%1\" to \"%2\"").arg(before, after);
    case Kind::CardRule: return tr("Card rule %1 changed from %2 to %3").arg(field, before, after);
    case Kind::AppliesTo:
        return tr("Applies to %1: %2 → %3").arg(field, before.isEmpty() ? tr("any") : before,
                                                after.isEmpty() ? tr("any") : after);
    case Kind::SectionAdded: return tr("Section \"%1\" added: %2").arg(sectionId, after);
    case Kind::SectionRemoved: return tr("Section \"%1\" removed: %2").arg(sectionId, before);
    case Kind::SectionRenamed:
        return tr("Section \"%1\" renamed from \"%2\" to \"%3\"").arg(sectionId, before, after);
    case Kind::SectionWeight:
        return tr("Section \"%1\": weight %2 → %3").arg(sectionId, before, after);
    case Kind::SectionsReordered: return tr("Sections reordered: %1 → %2").arg(before, after);
    case Kind::QuestionAdded: return tr("Question \"%1\" added in section \"%2\": %3").arg(questionId, sectionId, after);
    case Kind::QuestionRemoved:
        return tr("Question \"%1\" removed from section \"%2\": %3").arg(questionId, sectionId, before);
    case Kind::QuestionReworded:
        return tr("Question \"%1\" reworded from \"%2\" to \"%3\"").arg(questionId, before, after);
    case Kind::QuestionHelp: return tr("Question \"%1\": help text for trainers changed").arg(questionId);
    case Kind::QuestionWeight: return tr("Question \"%1\": weight %2 → %3").arg(questionId, before, after);
    case Kind::QuestionMoved:
        return tr("Question \"%1\" moved from section \"%2\" to \"%3\"").arg(questionId, before, after);
    case Kind::QuestionsReordered:
        return tr("Questions of section \"%1\" reordered: %2 → %3").arg(sectionId, before, after);
    case Kind::QuestionRule: return tr("Question \"%1\": %2 %3 → %4").arg(questionId, field, before, after);
    }
    return {};
}

QJsonObject ScorecardChange::toJson() const
{
    QJsonObject json{{u"kind"_s, kindId()}, {u"description"_s, describe()}};
    if (!sectionId.isEmpty())
        json.insert(u"section"_s, sectionId);
    if (!questionId.isEmpty())
        json.insert(u"question"_s, questionId);
    if (!field.isEmpty())
        json.insert(u"field"_s, field);
    if (!before.isEmpty())
        json.insert(u"before"_s, before);
    if (!after.isEmpty())
        json.insert(u"after"_s, after);
    return json;
}

QList<ScorecardChange> ScorecardDiff::compare(const Scorecard &from, const Scorecard &to)
{
    QList<ScorecardChange> changes;
    if (from.title != to.title)
        changes.append(change(Kind::CardTitle, {}, {}, u"title"_s, from.title, to.title));
    compareRule(changes, {}, {}, u"partial_credit"_s, number(from.partialCredit), number(to.partialCredit));
    compareRule(changes, {}, {}, u"comment_required_for"_s, answerSet(from.commentRequiredFor),
                answerSet(to.commentRequiredFor));
    compareRule(changes, {}, {}, u"critical_fails_on"_s, answerSet(from.criticalFailsOn), answerSet(to.criticalFailsOn));
    const auto applies = [&](const QString &field, const QStringList &a, const QStringList &b) {
        if (a != b)
            changes.append(change(Kind::AppliesTo, {}, {}, field, a.join(u", "_s), b.join(u", "_s)));
    };
    applies(u"teams"_s, from.appliesTo.teams, to.appliesTo.teams);
    applies(u"tags"_s, from.appliesTo.tags, to.appliesTo.tags);
    applies(u"channels"_s, from.appliesTo.channels, to.appliesTo.channels);

    // Where every question lives in each version.
    QHash<QString, QPair<const ScorecardSection *, const Criterion *>> fromQuestions;
    for (const ScorecardSection &s : from.sections) {
        for (const Criterion &c : s.criteria)
            fromQuestions.insert(c.id, {&s, &c});
    }
    QHash<QString, QPair<const ScorecardSection *, const Criterion *>> toQuestions;
    for (const ScorecardSection &s : to.sections) {
        for (const Criterion &c : s.criteria)
            toQuestions.insert(c.id, {&s, &c});
    }

    const QStringList fromSections = sectionIds(from);
    const QStringList toSections = sectionIds(to);
    for (const ScorecardSection &s : from.sections) {
        if (!toSections.contains(s.id)) {
            changes.append(change(Kind::SectionRemoved, s.id, {}, {}, s.title, {}));
            for (const Criterion &c : s.criteria) {
                if (!toQuestions.contains(c.id))
                    changes.append(change(Kind::QuestionRemoved, s.id, c.id, {}, c.text, {}));
            }
        }
    }
    if (shared(fromSections, toSections) != shared(toSections, fromSections))
        changes.append(change(Kind::SectionsReordered, {}, {}, {}, shared(fromSections, toSections).join(u", "_s),
                              shared(toSections, fromSections).join(u", "_s)));

    for (const ScorecardSection &b : to.sections) {
        const qsizetype index = fromSections.indexOf(b.id);
        if (index < 0) {
            changes.append(change(Kind::SectionAdded, b.id, {}, {}, {}, b.title));
        } else {
            const ScorecardSection &a = from.sections.at(index);
            if (a.title != b.title)
                changes.append(change(Kind::SectionRenamed, b.id, {}, u"title"_s, a.title, b.title));
            if (a.weight != b.weight)
                changes.append(change(Kind::SectionWeight, b.id, {}, u"weight"_s, number(a.weight), number(b.weight)));
            for (const Criterion &c : a.criteria) {
                if (!toQuestions.contains(c.id))
                    changes.append(change(Kind::QuestionRemoved, a.id, c.id, {}, c.text, {}));
            }
            const QStringList aIds = questionIds(a);
            const QStringList bIds = questionIds(b);
            if (shared(aIds, bIds) != shared(bIds, aIds))
                changes.append(change(Kind::QuestionsReordered, b.id, {}, {}, shared(aIds, bIds).join(u", "_s),
                                      shared(bIds, aIds).join(u", "_s)));
        }
        for (const Criterion &c : b.criteria) {
            const auto old = fromQuestions.constFind(c.id);
            if (old == fromQuestions.constEnd())
                changes.append(change(Kind::QuestionAdded, b.id, c.id, {}, {}, c.text));
            else
                compareQuestion(changes, from, to, old->first->id, b.id, *old->second, c);
        }
    }
    return changes;
}

} // namespace qadesk
