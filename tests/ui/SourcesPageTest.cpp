#include "UiTestSupport.h"
#include "sources/SourcesPage.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MemoryTokenVault.h"
#include "support/MockZendesk.h"
#include "support/TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("an admin adds a Zendesk source, tests it and syncs it with progress", "[ui][sources]")
{
    MockZendesk mock;
    for (int i = 1; i <= 7; ++i)
        mock.addTicket(5000 + i, u"Тикет %1"_s.arg(i), i % 4);
    TestDatabase t(Backend::Sqlite);
    MemoryTokenVault vault;
    SourcesPage page;
    page.resize(1000, 800);
    page.show();
    page.setContext(&t.db(), &vault);

    QTest::keyClicks(page.findChild<QLineEdit *>(u"sourceName"_s), u"main"_s);
    QTest::keyClicks(page.findChild<QLineEdit *>(u"sourceUrl"_s), mock.baseUrl());
    QTest::keyClicks(page.findChild<QLineEdit *>(u"sourceUser"_s), mock.email);
    QTest::keyClicks(page.findChild<QLineEdit *>(u"sourceToken"_s), mock.token);
    QTest::mouseClick(page.findChild<QPushButton *>(u"addSourceButton"_s), Qt::LeftButton);
    auto *status = page.findChild<QLabel *>(u"sourceStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"added"_s), 5000);
    CHECK(status->text().contains(u"plain HTTP"_s));
    CHECK(vault.tokens.value(u"main"_s) == mock.token);   // the token is in the vault ...
    CHECK(SourceStore(t.db()).find(u"main"_s).value()->tokenEnvironment.isEmpty()); // ... not in the workspace
    CHECK(page.findChild<QLineEdit *>(u"sourceToken"_s)->text().isEmpty());
    REQUIRE(page.findChild<QTableWidget *>(u"sourceTable"_s)->rowCount() == 1);

    QTest::mouseClick(page.findChild<QPushButton *>(u"testSourceButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"accepts the token"_s), 10000);

    QTest::mouseClick(page.findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"up to date"_s), 20000);
    CHECK(TicketStore(t.db()).list().value().size() == 7);
    CHECK(page.findChild<QPlainTextEdit *>(u"syncLog"_s)->toPlainText().contains(u"page 4"_s));
    CHECK_FALSE(page.findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    screenshot(page, u"sources.png"_s);

    // A source with tickets is kept: evaluations refer to them.
    QTest::mouseClick(page.findChild<QPushButton *>(u"removeSourceButton"_s), Qt::LeftButton);
    CHECK(status->text().contains(u"is kept"_s));
}

TEST_CASE("a sync can be cancelled from the sources page and keeps what it stored", "[ui][sources]")
{
    MockZendesk mock;
    for (int i = 1; i <= 20; ++i)
        mock.addTicket(6000 + i, u"Тикет %1"_s.arg(i), 2);
    TestDatabase t(Backend::Sqlite);
    REQUIRE(SourceStore(t.db()).add({0, u"main"_s, u"zendesk"_s, mock.baseUrl(), mock.email, QString()}).has_value());
    MemoryTokenVault vault;
    vault.tokens.insert(u"main"_s, mock.token);
    SourcesPage page;
    page.show();
    page.setContext(&t.db(), &vault);
    auto *progress = page.findChild<QProgressBar *>(u"syncProgress"_s);
    auto *cancel = page.findChild<QPushButton *>(u"cancelSyncButton"_s);
    mock.afterExportPage = [&](int pageServed) {
        if (pageServed == 3)
            QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
    };
    auto *status = page.findChild<QLabel *>(u"sourceStatus"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 20000);
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(page.isSyncing());
    INFO(status->text().toStdString());
    CHECK(status->text().contains(u"Cancelled"_s));
    const qsizetype stored = TicketStore(t.db()).list().value().size();
    CHECK(stored >= 2);
    CHECK(stored < 20);
}
