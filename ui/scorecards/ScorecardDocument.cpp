#include "ScorecardDocument.h"

#include "scorecards/EditScorecardCommand.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

Criterion newCriterion(const QString &id, const QString &text, double weight = 1.0)
{
    Criterion c;
    c.id = id;
    c.text = text;
    c.weight = weight;
    return c;
}

} // namespace

ScorecardDocument::ScorecardDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

void ScorecardDocument::load(const Scorecard &card, bool isNew)
{
    m_undo->clear();
    m_card = card;
    m_isNew = isNew;
    m_undo->setClean();
    Q_EMIT reloaded();
    Q_EMIT changed();
}

bool ScorecardDocument::isModified() const
{
    return m_isNew || !m_undo->isClean();
}

void ScorecardDocument::markSaved()
{
    m_isNew = false;
    m_undo->setClean();
}

void ScorecardDocument::edit(const Scorecard &after, const QString &text, const QString &mergeKey)
{
    if (after.toJson() == m_card.toJson() && after.sections.size() == m_card.sections.size())
        return;
    m_undo->push(new EditScorecardCommand(this, m_card, after, text, mergeKey));
}

void ScorecardDocument::setCardFromCommand(const Scorecard &card)
{
    m_card = card;
    Q_EMIT changed();
}

QString ScorecardDocument::freeId(const QString &stem, const QStringList &taken) const
{
    for (int n = 1;; ++n) {
        const QString id = stem + u'-' + QString::number(n);
        if (!taken.contains(id))
            return id;
    }
}

CardPath ScorecardDocument::addSection(qsizetype after)
{
    Scorecard card = m_card;
    QStringList ids;
    for (const ScorecardSection &s : card.sections)
        ids.append(s.id);
    ScorecardSection section;
    section.id = freeId(u"section"_s, ids);
    section.title = tr("New section");
    section.criteria.append(newCriterion(freeId(u"question"_s, card.criterionIds()), tr("New question")));
    const qsizetype at = std::clamp<qsizetype>(after + 1, 0, card.sections.size());
    card.sections.insert(at, section);
    edit(card, tr("Add section"));
    return {at, -1};
}

CardPath ScorecardDocument::addQuestion(const CardPath &near)
{
    Scorecard card = m_card;
    if (card.sections.isEmpty())
        return addSection(-1).section >= 0 ? CardPath{0, 0} : CardPath{};
    const qsizetype s = std::clamp<qsizetype>(near.section, 0, card.sections.size() - 1);
    QList<Criterion> &criteria = card.sections[s].criteria;
    const qsizetype at = near.isQuestion() ? std::min(near.question + 1, criteria.size()) : criteria.size();
    criteria.insert(at, newCriterion(freeId(u"question"_s, card.criterionIds()), tr("New question")));
    edit(card, tr("Add question"));
    return {s, at};
}

void ScorecardDocument::remove(const CardPath &path)
{
    Scorecard card = m_card;
    if (path.isQuestion() && path.section < card.sections.size()
        && path.question < card.sections.at(path.section).criteria.size()) {
        card.sections[path.section].criteria.removeAt(path.question);
        edit(card, tr("Remove question"));
    } else if (path.isSection() && path.section < card.sections.size()) {
        card.sections.removeAt(path.section);
        edit(card, tr("Remove section"));
    }
}

CardPath ScorecardDocument::move(const CardPath &path, int step)
{
    if (path.isSection()) {
        const qsizetype to = path.section + step;
        if (to < 0 || to >= m_card.sections.size())
            return path;
        Scorecard card = m_card;
        card.sections.move(path.section, to);
        edit(card, tr("Move section"));
        return {to, -1};
    }
    if (!path.isQuestion())
        return path;
    Scorecard card = m_card;
    QList<Criterion> &criteria = card.sections[path.section].criteria;
    const qsizetype to = path.question + step;
    if (to >= 0 && to < criteria.size()) {
        criteria.move(path.question, to);
        edit(card, tr("Move question"));
        return {path.section, to};
    }
    // Past the end of its section: into the neighbouring one (first or last place).
    const qsizetype otherSection = path.section + (step > 0 ? 1 : -1);
    if (otherSection < 0 || otherSection >= card.sections.size())
        return path;
    const Criterion moved = criteria.takeAt(path.question);
    QList<Criterion> &target = card.sections[otherSection].criteria;
    const qsizetype at = step > 0 ? 0 : target.size();
    target.insert(at, moved);
    edit(card, tr("Move question"));
    return {otherSection, at};
}

CardPath ScorecardDocument::moveTo(const CardPath &from, const CardPath &to)
{
    Scorecard card = m_card;
    if (from.isSection()) {
        if (from.section >= card.sections.size())
            return from;
        qsizetype at = std::clamp<qsizetype>(to.section, 0, card.sections.size());
        if (at > from.section)
            --at;
        if (at == from.section)
            return from;
        card.sections.move(from.section, at);
        edit(card, tr("Move section"));
        return {at, -1};
    }
    if (!from.isQuestion() || to.section < 0 || to.section >= card.sections.size()
        || from.section >= card.sections.size() || from.question >= card.sections.at(from.section).criteria.size())
        return from;
    const Criterion moved = card.sections[from.section].criteria.takeAt(from.question);
    QList<Criterion> &target = card.sections[to.section].criteria;
    qsizetype at = to.question < 0 ? target.size() : to.question;
    if (to.section == from.section && to.question > from.question)
        --at;
    at = std::clamp<qsizetype>(at, 0, target.size());
    target.insert(at, moved);
    edit(card, tr("Move question"));
    return {to.section, at};
}

} // namespace qadesk::ui
