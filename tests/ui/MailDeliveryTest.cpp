// Settings -> Mail -> Delivery: the admin puts a person on a daily digest and a team's lead on
// the weekly KPI mail; an engineer changes their own; all checked through the core reads.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "mail/MailDeliveryPage.h"
#include "mail/MailOutbox.h"
#include "mail/MailPage.h"
#include "mail/MailPreferenceModel.h"
#include "mail/MailSettingsPage.h"
#include "mail/OutboxPage.h"
#include "storage/AuditLog.h"
#include "storage/MailOutboxStore.h"
#include "support/MailWorkspace.h"
#include "support/MemoryTokenVault.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

void clickRow(QTableView *table, int row)
{
    REQUIRE(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
}

// The delivery box's entries, in order.
enum Mode { PerEvaluation, Digest, NotSet };

void chooseWithKeys(QComboBox *combo, Mode mode)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toInt() != mode; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentData().toInt() == mode);
}

void typeHour(QSpinBox *spin, int hour)
{
    REQUIRE(spin->isEnabled());
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(hour));
}

} // namespace

TEST_CASE("the mail preference model obeys the item model contract", "[ui][model][mail]")
{
    MailPreferenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MailPreferenceEntry team{u"team"_s, 1, u"First line"_s, u"l1"_s, false, {true, 9, true},
                             MailPreferenceEntry::Source::Own, {}};
    MailPreferenceEntry anna{u"person"_s, 2, u"Анна"_s, u"anna@example.ru"_s, false, {true, 9, false},
                             MailPreferenceEntry::Source::Team, u"First line"_s};
    MailPreferenceEntry lead{u"person"_s, 3, u"Алексей"_s, u"lead@example.ru"_s, true, {}, MailPreferenceEntry::Source::Default, {}};
    model.setEntries({team, anna, lead});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, MailPreferenceModel::Kind).data().toString() == u"Team"_s);
    CHECK(model.index(0, MailPreferenceModel::Delivery).data().toString() == u"Daily digest at 09:00"_s);
    CHECK(model.index(0, MailPreferenceModel::WeeklyKpi).data().toString() == u"yes"_s);
    CHECK(model.index(1, MailPreferenceModel::WeeklyKpi).data().toString().isEmpty()); // not a lead
    CHECK(model.index(1, MailPreferenceModel::SetBy).data().toString() == u"from team First line"_s);
    CHECK(model.index(2, MailPreferenceModel::Kind).data().toString() == u"Team lead"_s);
    CHECK(model.index(2, MailPreferenceModel::Delivery).data().toString() == u"One message per evaluation"_s);
    CHECK(model.index(2, MailPreferenceModel::WeeklyKpi).data().toString() == u"no"_s);
    CHECK(model.index(2, MailPreferenceModel::SetBy).data().toString() == u"default"_s);
    CHECK(model.rowOf(u"person"_s, u"lead@example.ru"_s) == 2);
    CHECK(model.rowOf(u"team"_s, u"lead@example.ru"_s) == -1);
    CHECK(model.index(1, 0).data(MailPreferenceModel::KeyRole).toString() == u"anna@example.ru"_s);
    model.setEntries({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the admin puts a person on a 9 o'clock digest and the team's lead on the weekly KPI mail",
          "[ui][mail][digest]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    MemoryTokenVault vault;
    MailPage page;
    page.resize(1200, 760);
    page.show();
    page.setContext(&t.db(), t.url(), &vault, w.admin, u"admin@example.ru"_s);
    page.reload();
    auto *tabs = page.findChild<QTabWidget *>(u"mailTabs"_s);
    MailDeliveryPage *delivery = page.deliveryPage();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(delivery)).center());
    REQUIRE(tabs->currentWidget() == delivery);
    auto *table = delivery->findChild<QTableView *>(u"deliveryTable"_s);
    const MailPreferenceModel *model = delivery->model();
    REQUIRE(model->rowCount() == 6); // team l1 and five people
    auto *mode = delivery->findChild<QComboBox *>(u"deliveryMode"_s);
    auto *hour = delivery->findChild<QSpinBox *>(u"digestHour"_s);
    auto *kpi = delivery->findChild<QCheckBox *>(u"weeklyKpi"_s);
    auto *apply = delivery->findChild<QPushButton *>(u"applyDeliveryButton"_s);
    CHECK_FALSE(apply->isEnabled()); // nothing chosen yet

    // Анна: a daily digest at 9.
    clickRow(table, model->rowOf(u"person"_s, u"anna@example.ru"_s));
    CHECK(delivery->findChild<QLabel *>(u"deliveryEditing"_s)->text() == u"Анна Смирнова"_s);
    CHECK(mode->currentData().toInt() == NotSet); // nothing chosen for her yet
    CHECK_FALSE(hour->isEnabled());
    CHECK_FALSE(kpi->isVisible()); // not a team lead
    chooseWithKeys(mode, Digest);
    typeHour(hour, 9);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *status = delivery->findChild<QLabel *>(u"deliveryStatus"_s);
    CHECK(status->text() == u"Анна Смирнова: Daily digest at 09:00."_s);
    const MailPreference anna = MailOutbox(t.db()).preference(w.admin, w.engineer).value();
    CHECK(anna.digest);
    CHECK(anna.digestHour == 9);
    const int annaRow = model->rowOf(u"person"_s, u"anna@example.ru"_s);
    CHECK(model->index(annaRow, MailPreferenceModel::Delivery).data().toString() == u"Daily digest at 09:00"_s);
    CHECK(model->index(annaRow, MailPreferenceModel::SetBy).data().toString() == u"their own choice"_s);
    CHECK(AuditLog(t.db()).list(u"mail_preference"_s, u"person:%1"_s.arg(w.engineer)).value().size() == 1);

    // Team l1: its lead gets the weekly KPI mail (the lead has no choice of their own).
    CHECK(MailOutboxStore(t.db()).weeklyKpiSubscribers().value().isEmpty());
    clickRow(table, model->rowOf(u"team"_s, u"l1"_s));
    REQUIRE(kpi->isVisible());
    CHECK_FALSE(kpi->isChecked());
    CHECK_FALSE(kpi->isEnabled()); // the team has no choice of its own yet: make one first
    chooseWithKeys(mode, PerEvaluation);
    REQUIRE(kpi->isEnabled());
    kpi->setFocus();
    QTest::keyClick(kpi, Qt::Key_Space);
    CHECK(kpi->isChecked());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(MailOutboxStore(t.db()).weeklyKpiSubscribers().value() == QList<qint64>{w.lead});
    const int teamRow = model->rowOf(u"team"_s, u"l1"_s);
    CHECK(model->index(teamRow, MailPreferenceModel::WeeklyKpi).data().toString() == u"yes"_s);
    CHECK(model->index(teamRow, MailPreferenceModel::Delivery).data().toString() == u"One message per evaluation"_s);
    const int leadRow = model->rowOf(u"person"_s, u"lead@example.ru"_s);
    CHECK(model->index(leadRow, MailPreferenceModel::WeeklyKpi).data().toString() == u"yes"_s);
    CHECK(model->index(leadRow, MailPreferenceModel::SetBy).data().toString() == u"from team First line"_s);
    // Анна's own digest still wins over the team's choice.
    CHECK(MailOutbox(t.db()).preference(w.admin, w.engineer).value().digestHour == 9);
    screenshot(page, u"mail-delivery.png"_s);
}

TEST_CASE("an engineer changes only their own mail delivery", "[ui][mail][digest]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    MemoryTokenVault vault;
    MailPage page;
    page.resize(1000, 600);
    page.show();
    page.setContext(&t.db(), t.url(), &vault, w.engineer, u"anna@example.ru"_s);
    page.reload();
    auto *tabs = page.findChild<QTabWidget *>(u"mailTabs"_s);
    CHECK(tabs->currentWidget() == page.deliveryPage());
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(page.settingsPage())));
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(page.outboxPage())));
    MailDeliveryPage *delivery = page.deliveryPage();
    REQUIRE(delivery->model()->rowCount() == 1); // herself, already chosen
    auto *mode = delivery->findChild<QComboBox *>(u"deliveryMode"_s);
    chooseWithKeys(mode, Digest);
    typeHour(delivery->findChild<QSpinBox *>(u"digestHour"_s), 7);
    auto *apply = delivery->findChild<QPushButton *>(u"applyDeliveryButton"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    const MailPreference own = MailOutbox(t.db()).preference(w.engineer, w.engineer).value();
    CHECK(own.digest);
    CHECK(own.digestHour == 7);
    screenshot(page, u"mail-delivery-own.png"_s);

    // Back to her team's choice (the team has none: one message per evaluation).
    chooseWithKeys(mode, NotSet);
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK_FALSE(MailOutbox(t.db()).preference(w.engineer, w.engineer).value().digest);
    CHECK(delivery->model()->entryAt(0)->source == MailPreferenceEntry::Source::Default);
    CHECK(delivery->findChild<QLabel *>(u"deliveryStatus"_s)->text()
          == u"Анна Смирнова: their team's choice (or the default) applies again."_s);
}

TEST_CASE("Settings -> Mail opens for anyone, showing a non-admin only their delivery choice", "[ui][mail][digest]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    MainWindow window;
    openAs(window, t.url(), false, u"anna@example.ru"_s);
    QAction *mail = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == u"&Mail…"_s)
            mail = action;
    }
    REQUIRE(mail);
    REQUIRE(mail->isEnabled());
    mail->trigger();
    auto *page = window.findChild<MailPage *>();
    REQUIRE(currentPage(window) == page);
    CHECK(page->findChild<QTabWidget *>(u"mailTabs"_s)->currentWidget() == page->deliveryPage());
    REQUIRE(page->deliveryPage()->model()->rowCount() == 1);
    CHECK(page->deliveryPage()->model()->entryAt(0)->key == u"anna@example.ru"_s);
}
