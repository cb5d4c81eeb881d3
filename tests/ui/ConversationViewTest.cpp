#include "evaluation/ConversationView.h"

#include <catch2/catch.hpp>

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
