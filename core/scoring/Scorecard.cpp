#include "Scorecard.h"

#include "common/CanonicalJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QJsonArray answerSetToJson(AnswerValueSet set)
{
    QJsonArray array;
    for (AnswerValue v : AnswerValueSet::all) {
        if (set.contains(v))
            array.append(answerValueId(v));
    }
    return array;
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

double Scorecard::partialCreditFor(const Criterion &criterion) const
{
    return criterion.partialCredit.value_or(partialCredit);
}

bool Scorecard::commentRequired(const Criterion &criterion, AnswerValue value) const
{
    return criterion.commentRequiredFor.value_or(commentRequiredFor).contains(value);
}

const Criterion *Scorecard::findCriterion(const QString &criterionId) const
{
    for (const ScorecardSection &section : sections) {
        for (const Criterion &criterion : section.criteria) {
            if (criterion.id == criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

QStringList Scorecard::criterionIds() const
{
    QStringList ids;
    for (const ScorecardSection &section : sections) {
        for (const Criterion &criterion : section.criteria)
            ids.append(criterion.id);
    }
    return ids;
}

int Scorecard::criterionCount() const
{
    int count = 0;
    for (const ScorecardSection &section : sections)
        count += int(section.criteria.size());
    return count;
}

QJsonObject Scorecard::toJson() const
{
    QJsonObject card{{u"format"_s, u"qadesk.scorecard/1"_s}, {u"id"_s, id}, {u"title"_s, title}};
    if (partialCredit != defaultPartialCredit)
        card.insert(u"partial_credit"_s, partialCredit);
    if (commentRequiredFor != defaultCommentRequiredFor)
        card.insert(u"comment_required_for"_s, answerSetToJson(commentRequiredFor));
    if (criticalFailsOn != defaultCriticalFailsOn)
        card.insert(u"critical_fails_on"_s, answerSetToJson(criticalFailsOn));
    if (!appliesTo.isEmpty()) {
        QJsonObject applies;
        if (!appliesTo.teams.isEmpty())
            applies.insert(u"teams"_s, stringsToJson(appliesTo.teams));
        if (!appliesTo.tags.isEmpty())
            applies.insert(u"tags"_s, stringsToJson(appliesTo.tags));
        if (!appliesTo.channels.isEmpty())
            applies.insert(u"channels"_s, stringsToJson(appliesTo.channels));
        card.insert(u"applies_to"_s, applies);
    }
    QJsonArray sectionArray;
    for (const ScorecardSection &section : sections) {
        QJsonObject s{{u"id"_s, section.id}, {u"title"_s, section.title}};
        if (section.weight != 1.0)
            s.insert(u"weight"_s, section.weight);
        QJsonArray criteria;
        for (const Criterion &criterion : section.criteria) {
            QJsonObject c{{u"id"_s, criterion.id}, {u"text"_s, criterion.text}};
            if (!criterion.help.isEmpty())
                c.insert(u"help"_s, criterion.help);
            if (criterion.weight != 1.0)
                c.insert(u"weight"_s, criterion.weight);
            if (criterion.critical)
                c.insert(u"critical"_s, true);
            if (!criterion.naAllowed)
                c.insert(u"na_allowed"_s, false);
            if (criterion.partialCredit)
                c.insert(u"partial_credit"_s, *criterion.partialCredit);
            if (criterion.commentRequiredFor)
                c.insert(u"comment_required_for"_s, answerSetToJson(*criterion.commentRequiredFor));
            criteria.append(c);
        }
        s.insert(u"criteria"_s, criteria);
        sectionArray.append(s);
    }
    card.insert(u"sections"_s, sectionArray);
    return card;
}

QString Scorecard::contentVersion() const
{
    return QString::fromLatin1(CanonicalJson::sha256Hex(toJson()));
}

} // namespace qadesk
