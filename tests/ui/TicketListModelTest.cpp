#include "tickets/TicketListModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::ui;
using namespace Qt::StringLiterals;

namespace {
Ticket ticket(qint64 id, const QString &subject, const QString &teamName)
{
    Ticket t;
    t.id = id;
    t.externalId = QString::number(40000 + id);
    t.subject = subject;
    t.team = u"team-"_s + QString::number(id);
    t.teamName = teamName;
    t.messageCount = int(id);
    t.solvedAt = QDateTime(QDate(2026, 10, int(id)), QTime(12, 0), QTimeZone::utc());
    return t;
}
} // namespace

TEST_CASE("the ticket list model obeys the item model contract", "[ui][model]")
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setTickets({ticket(1, u"Почта"_s, u"Первая линия"_s), ticket(2, u"DNS"_s, QString())}, {{1, 87.5}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == TicketListModel::ColumnCount);
    CHECK(model.index(0, TicketListModel::Team).data().toString() == u"Первая линия"_s);
    CHECK(model.index(1, TicketListModel::Team).data().toString() == u"team-2"_s); // no name: the id
    CHECK(model.index(0, TicketListModel::Score).data().toString() == u"87.5"_s);
    CHECK(model.index(1, TicketListModel::Score).data().toString().isEmpty());
    CHECK(model.ticketIdAt(1) == 2);
    CHECK(model.ticketIdAt(5) == 0);
    model.setTickets({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("sorting the ticket list sorts by value, not by text", "[ui][model]")
{
    TicketListModel model;
    model.setTickets({ticket(9, u"a"_s, {}), ticket(10, u"b"_s, {}), ticket(2, u"c"_s, {})}, {{9, 100.0}, {10, 9.5}});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(TicketListModel::Messages, Qt::AscendingOrder);
    CHECK(proxy.index(0, TicketListModel::Messages).data().toInt() == 2);
    CHECK(proxy.index(2, TicketListModel::Messages).data().toInt() == 10);
    proxy.sort(TicketListModel::Score, Qt::DescendingOrder);
    CHECK(proxy.index(0, TicketListModel::Score).data().toString() == u"100.0"_s); // "9.5" > "100.0" as text
    CHECK(proxy.index(2, TicketListModel::Score).data().toString().isEmpty());
}
