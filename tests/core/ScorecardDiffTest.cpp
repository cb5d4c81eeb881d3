#include "scoring/ScorecardDiff.h"
#include "scoring/ScorecardParser.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

Criterion newCriterion(const QString &id, const QString &text, double weight = 1.0)
{
    Criterion c;
    c.id = id;
    c.text = text;
    c.weight = weight;
    return c;
}

Scorecard allOptions()
{
    return ScorecardParser::parse(readData(u"scorecard-all-options.json"_s)).value();
}

QStringList kinds(const QList<ScorecardChange> &changes)
{
    QStringList ids;
    for (const ScorecardChange &c : changes)
        ids.append(c.kindId() + u' ' + c.sectionId + u'/' + c.questionId + u' ' + c.field + u' ' + c.before + u" -> "_s
                   + c.after);
    return ids;
}

} // namespace

TEST_CASE("a card compared with itself has no changes", "[scorecard][diff]")
{
    CHECK(ScorecardDiff::compare(allOptions(), allOptions()).isEmpty());
}

TEST_CASE("the diff names added, removed, reworded and reweighted questions", "[scorecard][diff]")
{
    const Scorecard before = allOptions();
    Scorecard after = before;
    after.sections[0].criteria[0].text = u"Понял ли инженер проблему?"_s;     // understood reworded
    after.sections[0].criteria[1].weight = 3;                                  // workaround 1.5 -> 3
    after.sections[1].criteria.append(newCriterion(u"grammar"_s, u"Грамотен ли ответ?"_s));
    after.sections[0].criteria.removeAt(1);                                    // workaround removed
    after.sections[1].weight = 1;
    after.title = u"Первая линия 2027"_s;

    const QStringList got = kinds(ScorecardDiff::compare(before, after));
    INFO(got.join(u'\n').toStdString());
    const QStringList expected{
        u"card.title / title Первая линия -> Первая линия 2027"_s,
        u"question.removed main/workaround  Был ли предоставлен workaround? -> "_s,
        u"question.reworded main/understood text Разобрался ли инженер в проблеме клиента? -> Понял ли инженер проблему?"_s,
        u"section.weight tone/ weight 0.5 -> 1"_s,
        u"question.added tone/grammar   -> Грамотен ли ответ?"_s,
    };
    CHECK(got == expected);
}

TEST_CASE("the diff sees weight changes, moves, reorders, rules and applies_to", "[scorecard][diff]")
{
    const Scorecard before = allOptions();
    Scorecard after = before;
    after.sections[0].criteria[0].weight = 3;
    // polite moves into main, in front of workaround
    Criterion polite = after.sections[1].criteria.takeFirst();
    after.sections[1].criteria.append(newCriterion(u"new-one"_s, u"Новый"_s));
    after.sections[0].criteria.insert(1, polite);
    std::swap(after.sections[0].criteria[0], after.sections[0].criteria[2]);
    after.sections[0].criteria[2].critical = false; // understood, now last
    after.appliesTo.tags = {u"l1"_s, u"vip"_s};
    after.partialCredit = 0.5;

    const QList<ScorecardChange> changes = ScorecardDiff::compare(before, after);
    const QStringList got = kinds(changes);
    INFO(got.join(u'\n').toStdString());
    CHECK(got.contains(u"question.weight main/understood weight 2 -> 3"_s));
    CHECK(got.contains(u"question.moved main/polite  tone -> main"_s));
    CHECK(got.contains(u"questions.reordered main/  understood, workaround -> workaround, understood"_s));
    CHECK(got.contains(u"question.rule main/understood critical true -> false"_s));
    CHECK(got.contains(u"card.applies_to / tags l1 -> l1, vip"_s));
    CHECK(got.contains(u"card.rule / partial_credit 0.25 -> 0.5"_s));
    // workaround has its own 0.4: the card's credit does not change it; polite's effective credit changes.
    CHECK_FALSE(got.contains(u"question.rule main/workaround partial_credit 0.4 -> 0.4"_s));
    CHECK(got.contains(u"question.rule main/polite partial_credit 0.25 -> 0.5"_s));
    for (const ScorecardChange &c : changes)
        CHECK_FALSE(c.describe().isEmpty());
}

TEST_CASE("a section removed with its questions lists each question", "[scorecard][diff]")
{
    const Scorecard before = allOptions();
    Scorecard after = before;
    after.sections.removeLast();
    const QStringList got = kinds(ScorecardDiff::compare(before, after));
    CHECK(got == QStringList{u"section.removed tone/  Коммуникация -> "_s,
                             u"question.removed tone/polite  Вежлив ли ответ? -> "_s});
}
