#include "MainWindow.h"
#include "evaluation/ConversationView.h"
#include "evaluation/EvaluationPage.h"
#include "evaluation/ScorecardView.h"
#include "storage/Database.h"
#include "storage/TicketStore.h"
#include "tickets/TicketsPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace Qt::StringLiterals;

namespace {

// Screenshots for people (README, reviews): written only when QADESK_SCREENSHOT_DIR is set.
void screenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("QADESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window.grab().save(QDir(dir).filePath(name));
}

QWidget *currentPage(MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

} // namespace

TEST_CASE("the main window seeds the demo workspace off the GUI thread and lists its tickets", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.openWorkspace(u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true);
    // The window answers while the workspace is prepared: the loading page shows first.
    CHECK(currentPage(window)->objectName() == u"statusPage"_s);
    REQUIRE(ready.wait(30000));

    auto *page = window.findChild<TicketsPage *>();
    auto *table = window.findChild<QTableView *>(u"ticketTable"_s);
    REQUIRE(page);
    REQUIRE(table);
    CHECK(currentPage(window) == page);
    CHECK(table->model()->rowCount() == 150);
    screenshot(window, u"tickets.png"_s);

    SECTION("searching narrows the list and Enter opens the ticket beside its scorecard")
    {
        auto *search = window.findChild<QLineEdit *>(u"ticketSearch"_s);
        REQUIRE(search);
        const std::optional<Ticket> wanted = TicketStore(*window.database()).get(1).value();
        REQUIRE(wanted.has_value());
        search->setFocus();
        QTest::keyClicks(search, wanted->externalId);
        CHECK(table->model()->rowCount() == 1);
        QTest::keyClick(search, Qt::Key_Return);

        auto *evaluation = window.findChild<EvaluationPage *>();
        REQUIRE(currentPage(window) == evaluation);
        auto *conversation = window.findChild<ConversationView *>();
        REQUIRE(conversation);
        CHECK(conversation->toPlainText().contains(wanted->subject));
        CHECK(conversation->toPlainText().contains(wanted->messages.first().bodyText.left(20).trimmed()));
        auto *cardChoice = window.findChild<QComboBox *>(u"scorecardChoice"_s);
        REQUIRE(cardChoice);
        CHECK(cardChoice->currentData().toString() == wanted->team); // the demo cards apply by team
        auto *summary = window.findChild<QLabel *>(u"scoreSummary"_s);
        REQUIRE(summary);
        CHECK_FALSE(summary->text().isEmpty());
        screenshot(window, u"evaluation.png"_s);

        QTest::keyClick(conversation, Qt::Key_Escape);
        CHECK(currentPage(window) == page);
    }

    SECTION("an evaluated ticket shows its answers and score")
    {
        // The demo's first evaluation is on a solved ticket; find a row with a score.
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
            if (!table->model()->index(r, 7).data().toString().isEmpty())
                row = r;
        }
        REQUIRE(row >= 0);
        const QString score = table->model()->index(row, 7).data().toString();
        table->setFocus();
        table->selectRow(row);
        QTest::keyClick(table, Qt::Key_Return);
        auto *summary = window.findChild<QLabel *>(u"scoreSummary"_s);
        REQUIRE(summary);
        CHECK(summary->text().contains(score));
        CHECK(window.findChild<QComboBox *>(u"scorecardChoice"_s)->currentText().contains(u"evaluation"_s));
        screenshot(window, u"evaluated.png"_s);
    }
}

TEST_CASE("a workspace that cannot be opened says why instead of crashing", "[ui]")
{
    MainWindow window;
    window.show();
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.openWorkspace(u"postgresql://nobody@127.0.0.1:1/none"_s, false);
    auto *status = window.findChild<QLabel *>(u"statusPage"_s);
    REQUIRE(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"could not be opened"_s), 20000);
    CHECK(status->text().contains(u"postgresql://nobody@127.0.0.1:1/none"_s));
    CHECK(ready.isEmpty());
}
