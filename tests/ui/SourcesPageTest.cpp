#include "UiTestSupport.h"
#include "helpdesk/SyncEngine.h"
#include "sources/SourcesPage.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MemoryTokenVault.h"
#include "support/MockZendesk.h"
#include "support/TestDatabase.h"

#include <QDialog>
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

TEST_CASE("an admin edits a source: new token to the keychain, rename, what to pull, agents and teams",
          "[ui][sources]")
{
    MockZendesk mock;
    for (int i = 1; i <= 6; ++i)
        mock.addTicket(8000 + i, u"Тикет %1"_s.arg(i), 2);
    mock.setStatus(8002, u"open"_s);
    TestDatabase t(Backend::Sqlite);
    REQUIRE(SourceStore(t.db()).add({0, u"main"_s, u"zendesk"_s, u"https://old.example"_s, mock.email, QString()}).has_value());
    MemoryTokenVault vault;
    vault.tokens.insert(u"main"_s, u"old-token"_s);
    SourcesPage page;
    page.resize(1000, 800);
    page.show();
    page.setContext(&t.db(), &vault);

    QTest::mouseClick(page.findChild<QPushButton *>(u"editSourceButton"_s), Qt::LeftButton);
    auto *dialog = page.findChild<QDialog *>(u"sourceDialog"_s);
    REQUIRE(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *url = dialog->findChild<QLineEdit *>(u"editSourceUrl"_s);
    auto *warning = dialog->findChild<QLabel *>(u"editSourceUrlWarning"_s);
    CHECK_FALSE(warning->isVisible()); // https: no warning
    url->selectAll();
    QTest::keyClicks(url, mock.baseUrl());
    CHECK(warning->isVisible());       // plain http: a visible warning while typing
    CHECK(warning->text().contains(u"plain HTTP"_s));
    auto *name = dialog->findChild<QLineEdit *>(u"editSourceName"_s);
    name->selectAll();
    QTest::keyClicks(name, u"support"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"editSourceToken"_s), mock.token);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"editSourceStatuses"_s), u"solved, closed"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"editSourceSolvedFrom"_s), u"the first of May"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"editSourceAgents"_s),
                     u"anna@example.ru = a.smirnova@company.example"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"editSourceGroupTeams"_s), u"first-line = l1"_s);
    screenshot(*dialog, u"source-edit.png"_s);

    auto *save = dialog->findChild<QPushButton *>(u"saveSourceButton"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"editSourceError"_s);
    CHECK(dialog->isVisible()); // a bad date keeps the dialog open and says which field
    CHECK(error->text().contains(u"Solved from"_s));
    auto *from = dialog->findChild<QLineEdit *>(u"editSourceSolvedFrom"_s);
    from->selectAll();
    QTest::keyClick(from, Qt::Key_Backspace);
    QTest::mouseClick(save, Qt::LeftButton);

    auto *status = page.findChild<QLabel *>(u"sourceStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"changed"_s), 5000);
    CHECK(status->text().contains(u"plain HTTP"_s));
    CHECK(vault.tokens.value(u"support"_s) == mock.token); // the new token, under the new name
    QTRY_VERIFY(!vault.tokens.contains(u"main"_s));
    const Source stored = *SourceStore(t.db()).find(u"support"_s).value();
    CHECK(stored.baseUrl == mock.baseUrl());
    CHECK(stored.settings.statuses == QStringList{u"solved"_s, u"closed"_s});
    CHECK(stored.settings.agentEmails.value(u"anna@example.ru"_s) == u"a.smirnova@company.example"_s);
    CHECK(stored.settings.groupTeams.value(u"first-line"_s) == u"l1"_s);
    CHECK(page.findChild<QTableWidget *>(u"sourceTable"_s)->item(0, 0)->text() == u"support"_s);

    // The sync uses the new settings and shows counts, and the log says what was skipped and why.
    QTest::mouseClick(page.findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"up to date"_s), 20000);
    CHECK(TicketStore(t.db()).list().value().size() == 5);
    const QString log = page.findChild<QPlainTextEdit *>(u"syncLog"_s)->toPlainText();
    CHECK(log.contains(u"skipped: status \"open\" is not one of solved, closed"_s));
    screenshot(page, u"sources-after-edit.png"_s);
}

TEST_CASE("the sync progress shows counts and an estimate of the time left", "[ui][sources]")
{
    SyncEngine::Stats s;
    s.pages = 3;
    s.tickets = 3000;
    s.messages = 30000;
    CHECK(SyncEngine::progressText(s).contains(u"3000 ticket(s), 30000 message(s)"_s));
    CHECK_FALSE(SyncEngine::progressText(s).contains(u"left"_s)); // no estimate yet
    s.fraction = 0.25;
    s.etaMs = 125'000;
    s.skipped = 12;
    CHECK(SyncEngine::progressText(s).endsWith(u"30000 message(s), 12 skipped, 25 %, about 2 min 5 s left"_s));
}
