#include "evaluation/ConversationView.h"

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTest>
#include <QTextDocument>

using namespace qadesk;
using namespace qadesk::ui;
using namespace Qt::StringLiterals;

namespace {
Ticket hostileTicket()
{
    Ticket t;
    t.externalId = u"40033"_s;
    t.sourceName = u"demo"_s;
    t.subject = u"Реклама казино на сайте"_s;
    Message m;
    m.authorName = u"Client"_s;
    m.bodyHtml = u"<p>Нашли вставку:</p><div onclick=\"window.location='https://casino.example'\">Приз</div>"
                 u"<script>alert(document.cookie)</script><img src=\"https://tracker.example/pixel.gif\" alt=\"pixel\">"
                 u"<a href=\"javascript:alert(1)\">жми</a> <a href=\"https://kb.example/malware\">статья</a>"_s;
    m.bodyText = u"Нашли вставку"_s;
    Message note;
    note.authorName = u"Анна"_s;
    note.authorKind = AuthorKind::Engineer;
    note.isPublic = false;
    note.bodyText = u"Проверила <b>логи</b>"_s; // plain text: shown literally, never as markup
    t.messages = {m, note};
    return t;
}
} // namespace

TEST_CASE("the conversation shows helpdesk HTML sanitised and loads nothing remote", "[ui][conversation]")
{
    const QString html = ConversationView::conversationHtml(hostileTicket());
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"alert("_s));
    CHECK_FALSE(html.contains(u"onclick"_s));
    CHECK_FALSE(html.contains(u"tracker.example"_s));
    CHECK_FALSE(html.contains(u"javascript:"_s));
    CHECK(html.contains(u"href=\"https://kb.example/malware\""_s));
    CHECK(html.contains(u"[pixel]"_s));
    CHECK(html.contains(u"Проверила &lt;b&gt;логи&lt;/b&gt;"_s));

    ConversationView view;
    view.setTicket(hostileTicket());
    CHECK(view.toPlainText().contains(u"Приз"_s));
    CHECK(view.toPlainText().contains(u"INTERNAL NOTE"_s));
    // Even a remote resource named directly is refused.
    CHECK_FALSE(view.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/pixel.gif"_s)).isValid());
}

TEST_CASE("showing a ticket with remote images sends no request at all", "[ui][conversation]")
{
    QHttpServer server;
    int requests = 0;
    server.route(u"/<arg>"_s, [&requests](const QString &) {
        ++requests;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port > 0);
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);

    Ticket t = hostileTicket();
    t.messages.first().bodyHtml = u"<p>pixel <img src=\"%1/pixel.gif\"> <img src='%1/a.png' alt='a'></p>"
                                  u"<link rel=\"stylesheet\" href=\"%1/style.css\"><style>@import '%1/x.css';</style>"
                                  u"<iframe src=\"%1/frame\"></iframe><video src=\"%1/v.mp4\"></video>"_s.arg(base);
    t.messages.first().attachments = {{u"../../etc/passwd\n.txt"_s, 10, u"text/plain"_s, base + u"/file"_s}};
    ConversationView view;
    view.resize(600, 400);
    view.show();
    view.setTicket(t);
    QTest::qWait(300); // time enough for any request to arrive
    CHECK(requests == 0);
    CHECK(view.toPlainText().contains(u"[a]"_s));
    CHECK(view.toPlainText().contains(u"../../etc/passwd"_s)); // a hostile file name is shown as text
}

TEST_CASE("huge and broken content is shown sensibly, never a crash", "[ui][conversation]")
{
    Ticket t;
    t.externalId = u"1"_s;
    t.subject = QString::fromUtf8("bad \xff\xfe utf-8 \xc3\x28 subject");   // invalid UTF-8 becomes replacement marks
    Message huge;
    huge.authorName = u"Client"_s;
    huge.bodyText = QString(10 * 1024 * 1024, u'x');                        // a 10 MB pasted log
    t.messages.append(huge);
    Message hugeHtml = huge;
    hugeHtml.bodyHtml = u"<p>"_s + QString(3 * 1024 * 1024, u'y') + u"<script>alert(1)</script></p>"_s;
    t.messages.append(hugeHtml);
    for (int i = 0; i < 5000; ++i) {
        Message m;
        m.authorName = u"Engineer"_s;
        m.authorKind = AuthorKind::Engineer;
        m.bodyText = u"reply %1"_s.arg(i);
        m.attachments = {{u"<img src=x onerror=alert(1)>.txt"_s, 1, QString(), QString()}};
        t.messages.append(m);
    }
    ConversationView view;
    view.setTicket(t);
    const QString text = view.toPlainText();
    CHECK(text.contains(u"Shortened for display"_s));
    CHECK(text.contains(u"reply 4999"_s));
    CHECK(text.contains(u"<img src=x onerror=alert(1)>.txt"_s)); // the file name as text, not markup
    CHECK(text.size() < 2'000'000);
    CHECK_FALSE(view.toHtml().contains(u"<script"_s));
}
