#include "conversation/HtmlSanitizer.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {
QString clean(const char16_t *html)
{
    return HtmlSanitizer::sanitize(QString::fromUtf16(html));
}
} // namespace

TEST_CASE("scripts, styles and frames go with their content", "[sanitize]")
{
    const QString out = clean(u"<p>Hi</p><script>alert(1)</script><style>p{color:red}</style>"
                              u"<iframe src='https://evil.example'></iframe><noscript>x</noscript>");
    CHECK(out == u"<p>Hi</p>"_s);
}

TEST_CASE("event handlers, styles and every other attribute are dropped", "[sanitize]")
{
    CHECK(clean(u"<p onclick=\"steal()\" style=\"background:url(https://t.example/x)\" class=\"a\">Text</p>")
          == u"<p>Text</p>"_s);
    CHECK(clean(u"<b onmouseover=x>bold</b>") == u"<b>bold</b>"_s);
}

TEST_CASE("images never load: they become their description", "[sanitize]")
{
    CHECK(clean(u"<p>Look <img src=\"https://tracker.example/pixel.gif\" alt=\"screenshot\"></p>")
          == u"<p>Look [screenshot]</p>"_s);
    CHECK(clean(u"<img src=\"https://tracker.example/pixel.gif\">") == u"[image]"_s);
}

TEST_CASE("links keep only http, https and mailto targets", "[sanitize]")
{
    CHECK(clean(u"<a href=\"https://help.example/kb?a=1&b=2\" target=\"_blank\">kb</a>")
          == u"<a href=\"https://help.example/kb?a=1&amp;b=2\">kb</a>"_s);
    CHECK(clean(u"<a href=\"mailto:support@example.ru\">mail</a>") == u"<a href=\"mailto:support@example.ru\">mail</a>"_s);
    CHECK(clean(u"<a href=\"javascript:alert(1)\">x</a>") == u"x"_s);
    CHECK(clean(u"<a href=\" JaVaScRiPt:alert(1)\">x</a>") == u"x"_s);
    CHECK(clean(u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>") == u"x"_s);
    CHECK(clean(u"<a href=\"file:///etc/passwd\">x</a>") == u"x"_s);
    CHECK(clean(u"<a>plain</a>") == u"plain"_s);
}

TEST_CASE("structure survives: paragraphs, lists, code, tables", "[sanitize]")
{
    CHECK(clean(u"<div>Добрый день!<br>Шаги:<ul><li><b>один</b></li><li>два</li></ul></div>")
          == u"<p>Добрый день!<br>Шаги:<ul><li><b>один</b></li><li>два</li></ul></p>"_s);
    CHECK(clean(u"<pre>$ dig MX example.ru\n10 mx.example.ru.</pre>") == u"<pre>$ dig MX example.ru\n10 mx.example.ru.</pre>"_s);
    CHECK(clean(u"<table><tr><td>a</td></tr></table>") == u"<table><tbody><tr><td>a</td></tr></tbody></table>"_s);
}

TEST_CASE("text is escaped and malformed markup cannot smuggle a tag", "[sanitize]")
{
    CHECK(clean(u"5 &lt; 6 &amp; <span>x</span>") == u"5 &lt; 6 &amp; x"_s);
    CHECK_FALSE(clean(u"<scr<script>ipt>alert(1)</script>").contains(u"<script"_s));
    CHECK_FALSE(clean(u"<svg><script>alert(1)</script></svg>").contains(u"alert"_s));
    CHECK_FALSE(clean(u"<p>unclosed <b>bold").contains(u"<script"_s));
    CHECK(clean(u"").isEmpty());
}
