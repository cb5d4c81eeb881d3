#include "UiTestSupport.h"
#include "mail/MailPage.h"
#include "mail/MailSettingsPage.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxPage.h"
#include "storage/MailOutboxStore.h"
#include "support/MailWorkspace.h"
#include "support/MemoryTokenVault.h"
#include "support/MimeReader.h"
#include "support/SmtpSink.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

void typeInto(QWidget &page, const QString &name, const QString &text)
{
    auto *edit = page.findChild<QLineEdit *>(name);
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void click(QWidget &page, const QString &name)
{
    auto *button = page.findChild<QPushButton *>(name);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("the admin sets up the SMTP server, tests it and previews the templates", "[ui][mail]")
{
    SmtpSink sink;
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"40001"_s, u"Не приходит почта"_s, u"anna@example.ru"_s), AnswerValue::No, u"Итог: внимательнее"_s);
    MemoryTokenVault vault;
    MailPage page;
    page.resize(1400, 820);
    page.show();
    page.setContext(&t.db(), t.url(), &vault, w.admin, u"admin@example.ru"_s);
    page.reload();
    MailSettingsPage &settings = *page.settingsPage();

    typeInto(settings, u"smtpHost"_s, u"127.0.0.1"_s);
    auto *port = settings.findChild<QSpinBox *>(u"smtpPort"_s);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(sink.port()));
    auto *security = settings.findChild<QComboBox *>(u"smtpSecurity"_s);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_End); // "None (only to this computer)"
    typeInto(settings, u"smtpUser"_s, QString());
    typeInto(settings, u"smtpPassword"_s, u"s3cret"_s);
    typeInto(settings, u"smtpSender"_s, u"qa@example.ru"_s);
    click(settings, u"saveMailSettingsButton"_s);
    auto *status = settings.findChild<QLabel *>(u"mailSettingsStatus"_s);
    CHECK(status->text() == u"Saved."_s);
    const MailSettings saved = MailSettings::load(t.db()).value();
    CHECK(saved.host == u"127.0.0.1"_s);
    CHECK(saved.port == sink.port());
    CHECK(saved.security == MailSettings::Security::None);
    CHECK(MailOutboxStore(t.db()).settings().value().values().join(u' ').contains(u"s3cret"_s) == false);
    QTRY_COMPARE_WITH_TIMEOUT(vault.tokens.value(MailSettings::vaultKey.toString()), u"s3cret"_s, 5000);
    CHECK(settings.findChild<QLineEdit *>(u"smtpPassword"_s)->text().isEmpty());
    // Saving starts a round: the queued evaluation mail goes out in the background.
    QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 15000);

    click(settings, u"testMailButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"was accepted"_s), 15000);
    REQUIRE(sink.messages().size() == 2);
    CHECK(MimeReader(sink.messages().at(1)).header(u"Subject"_s) == u"QA Desk: test message"_s);
    CHECK(MimeReader(sink.messages().at(1)).header(u"To"_s) == u"admin@example.ru"_s);

    // The preview fills the template with the newest evaluation.
    auto *preview = settings.findChild<QTextBrowser *>(u"templatePreview"_s);
    auto *info = settings.findChild<QLabel *>(u"templatePreviewInfo"_s);
    click(settings, u"previewTemplateButton"_s);
    CHECK(preview->toHtml().contains(u"https://help.example.ru/agent/tickets/40001"_s));
    CHECK(preview->toPlainText().contains(u"Итог: внимательнее"_s));
    CHECK(info->text().contains(u"Subject: Оценка тикета 40001: 0 %"_s));
    screenshot(page, u"mail-settings.png"_s);

    // Own templates: copy the built-in ones, change one, see it in the preview.
    QTemporaryDir dir;
    typeInto(settings, u"templatesDir"_s, dir.path());
    click(settings, u"exportTemplatesButton"_s);
    CHECK(status->text().startsWith(u"20 template file(s) copied"_s));
    QFile html(dir.filePath(u"ru/evaluation.html"_s));
    REQUIRE(html.open(QIODevice::WriteOnly | QIODevice::Truncate));
    html.write("<p>Своя версия для {{engineer.name}}</p>");
    html.close();
    click(settings, u"previewTemplateButton"_s);
    CHECK(preview->toPlainText().contains(u"Своя версия для Анна Смирнова"_s));
    QFile broken(dir.filePath(u"ru/evaluation.txt"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("Subject: x\n{{#open}}\n");
    broken.close();
    click(settings, u"previewTemplateButton"_s);
    CHECK(info->text().contains(u"line 2"_s));
    CHECK(info->text().contains(u"never closed"_s));
}

TEST_CASE("the outbox shows failures with their reasons, the admin retries and cancels", "[ui][mail]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    for (int i = 1; i <= 3; ++i)
        w.submit(w.ticket(QString::number(100 + i), u"Тикет %1"_s.arg(i), u"anna@example.ru"_s));
    MailOutboxStore store(t.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OutboxMessage claimed = store.claimNext(u"test"_s, now, now.addSecs(60)).value().value();
    REQUIRE(store.markFailed(claimed.id, u"test"_s, u"127.0.0.1:25 refused the message (550): no such user"_s).has_value());

    OutboxPage page;
    page.resize(1200, 700);
    page.show();
    page.setContext(&t.db(), w.admin);
    page.reload();
    auto *table = page.findChild<QTableView *>(u"outboxTable"_s);
    auto *model = qobject_cast<OutboxModel *>(table->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 3);
    int failedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->messageAt(row)->id == claimed.id)
            failedRow = row;
    }
    REQUIRE(failedRow >= 0);
    CHECK(model->index(failedRow, OutboxModel::State).data().toString() == u"failed"_s);
    CHECK(model->index(failedRow, OutboxModel::LastError).data().toString().contains(u"no such user"_s));

    // Only what needs attention.
    auto *filter = page.findChild<QComboBox *>(u"outboxFilter"_s);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(filter->currentData().toString() == u"attention"_s);
    REQUIRE(model->rowCount() == 1);
    const QRect cell = table->visualRect(model->index(0, OutboxModel::Subject));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(page.findChild<QPlainTextEdit *>(u"messageDetails"_s)->toPlainText().contains(u"no such user"_s));
    screenshot(page, u"mail-outbox.png"_s);
    click(page, u"retryMessageButton"_s);
    CHECK(store.get(claimed.id).value()->status == OutboxStatus::Queued);
    CHECK(model->rowCount() == 0); // no longer needs attention

    QTest::keyClick(filter, Qt::Key_Home);
    REQUIRE(model->rowCount() == 3);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(0, OutboxModel::Subject)).center());
    const qint64 cancelled = model->messageAt(0)->id;
    click(page, u"cancelMessageButton"_s);
    CHECK(store.get(cancelled).value()->status == OutboxStatus::Cancelled);
    CHECK(page.findChild<QLabel *>(u"outboxStatus"_s)->text() == u"Message %1 is cancelled."_s.arg(cancelled));

    // A trainer sees why there is nothing, not someone else's mail.
    OutboxPage trainerView;
    trainerView.setContext(&t.db(), w.trainer);
    trainerView.reload();
    CHECK(trainerView.findChild<QTableView *>(u"outboxTable"_s)->model()->rowCount() == 0);
    CHECK(trainerView.findChild<QLabel *>(u"outboxStatus"_s)->text().contains(u"only a QA admin"_s));
}
