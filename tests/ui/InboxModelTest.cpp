#include "inbox/InboxFilterModel.h"
#include "inbox/InboxModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::ui;
using namespace Qt::StringLiterals;

namespace {
InboxItem item(qint64 id, InboxItem::State state, const QString &team, std::optional<double> score = {})
{
    InboxItem i;
    i.ticket.id = id;
    i.ticket.externalId = QString::number(id);
    i.ticket.subject = u"Тикет %1"_s.arg(id);
    i.ticket.team = team;
    i.ticket.assigneeEmail = team + u"@example.ru"_s;
    i.ticket.solvedAt = QDateTime(QDate::currentDate().addDays(-int(id)), QTime(12, 0), QTimeZone::utc());
    i.state = state;
    i.score = score;
    i.scorecardId = team;
    i.scorecardTitle = team.toUpper();
    return i;
}
} // namespace

TEST_CASE("the inbox model and its filters obey the item model contract", "[ui][model][inbox]")
{
    InboxModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setItems({item(1, InboxItem::State::ToEvaluate, u"l1"_s), item(2, InboxItem::State::MyDraft, u"l2"_s),
                    item(3, InboxItem::State::SubmittedByMe, u"l1"_s, 87.5),
                    item(40, InboxItem::State::EvaluatedByOther, u"l2"_s, 100.0)});
    CHECK(model.rowCount() == 4);
    CHECK(model.index(0, InboxModel::Action).data().toString() == u"Start evaluation"_s);
    CHECK(model.index(1, InboxModel::Action).data().toString() == u"Continue"_s);
    CHECK(model.index(2, InboxModel::Action).data().toString() == u"Open"_s);
    CHECK(model.index(2, InboxModel::Score).data().toString() == u"87.5"_s);
    CHECK(model.rowOfTicket(40) == 3);

    // "To evaluate" shows what is left to do: new tickets and my drafts.
    CHECK(proxy.rowCount() == 2);
    proxy.setView(InboxFilterModel::View::SubmittedByMe);
    CHECK(proxy.rowCount() == 1);
    proxy.setView(InboxFilterModel::View::All);
    CHECK(proxy.rowCount() == 4);
    proxy.setTeam(u"l2"_s);
    CHECK(proxy.rowCount() == 2);
    proxy.setTeam({});
    proxy.setEngineer(u"l1@example.ru"_s);
    CHECK(proxy.rowCount() == 2);
    proxy.setEngineer({});
    proxy.setScorecard(u"l2"_s);
    CHECK(proxy.rowCount() == 2);
    proxy.setScorecard({});
    proxy.setSolvedSince(QDate::currentDate().addDays(-7));
    CHECK(proxy.rowCount() == 3);
    proxy.setSolvedSince({});
    proxy.setSearch(u"40"_s);
    CHECK(proxy.rowCount() == 1);
    proxy.setSearch(u"тикет 2"_s);
    CHECK(proxy.rowCount() == 1);
    proxy.setSearch({});

    // Sorting by score sorts numbers, not text.
    proxy.sort(InboxModel::Score, Qt::DescendingOrder);
    CHECK(proxy.index(0, InboxModel::Score).data().toString() == u"100.0"_s);
    model.setItems({});
    CHECK(proxy.rowCount() == 0);
}
