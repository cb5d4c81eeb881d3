// A notification is shown in the reader's language, not in the language of whoever acted: it
// keeps its facts, and the page makes the sentence with the reader's translation.
#include "UiTestSupport.h"
#include "notifications/NotificationText.h"
#include "notifications/NotificationsPage.h"
#include "storage/NotificationStore.h"
#include "storage/PeopleStore.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QListWidget>
#include <QLocale>
#include <QTranslator>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("a notification written by an English window reads in Russian for a Russian reader", "[ui][translation]")
{
    TestDatabase t(Backend::Sqlite);
    Person engineer;
    engineer.id = PeopleStore(t.db()).ensurePerson(u"anna@support.example"_s, u"Анна Смирнова"_s).value();
    engineer.name = u"Анна Смирнова"_s;
    engineer.email = u"anna@support.example"_s;

    // As an arbiter's English window writes it (no translator installed): the facts and the
    // English sentence.
    Notification n;
    n.personId = engineer.id;
    n.kind = u"dispute.resolved"_s;
    n.entity = u"dispute"_s;
    n.entityId = u"7"_s;
    n.args = {{u"dispute"_s, 7}, {u"ticket"_s, u"40213"_s}, {u"engineer"_s, engineer.name}, {u"questions"_s, 2},
              {u"outcome"_s, u"overturned"_s}, {u"before"_s, 62.5}, {u"after"_s, QJsonValue()}};
    n.text = NotificationText::render(n);
    CHECK(n.text.startsWith(u"Dispute 7 on ticket 40213 is resolved: "_s));
    CHECK(n.text.endsWith(u"; score %1 → unscored"_s.arg(QLocale().toString(62.5, 'f', 1))));
    REQUIRE(NotificationStore(t.db()).add(n).has_value());
    // A row from before schema 8 has no facts and shows what it stored.
    Notification old = n;
    old.args = {};
    old.text = u"Dispute 3 was given to another arbiter"_s;
    old.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    REQUIRE(NotificationStore(t.db()).add(old).has_value());

    QTranslator russian;
    REQUIRE(russian.load(u":/i18n/qadesk_ru.qm"_s));
    QApplication::installTranslator(&russian);
    {
        NotificationsPage page;
        page.resize(900, 400);
        page.setContext(&t.db(), engineer);
        page.show();
        auto *list = page.findChild<QListWidget *>(u"notificationList"_s);
        REQUIRE(list);
        REQUIRE(list->count() == 2);
        const QString shown = list->item(0)->text();
        INFO(shown.toStdString());
        CHECK(shown.contains(u"Спор 7 по тикету 40213 решён"_s));
        CHECK_FALSE(shown.contains(u"resolved"_s));
        CHECK(list->item(1)->text().contains(u"Dispute 3 was given to another arbiter"_s));
        screenshot(page, u"notifications-ru.png"_s);
    }
    QApplication::removeTranslator(&russian);
}
