#include "mail/MailTemplate.h"
#include "mail/MailTemplateSet.h"
#include "mail/MimeMessage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {
QString render(const QString &source, const QJsonObject &data, MailTemplate::Escape escape = MailTemplate::Escape::None)
{
    const Result<MailTemplate> t = MailTemplate::parse(source, u"t.txt"_s);
    REQUIRE(t.has_value());
    return t->render(data, escape);
}
} // namespace

TEST_CASE("mail templates insert values, repeat lists and test conditions", "[mail][template]")
{
    const QJsonObject data{{u"name"_s, u"Анна"_s},
                           {u"ticket"_s, QJsonObject{{u"id"_s, u"100"_s}}},
                           {u"items"_s, QJsonArray{QJsonObject{{u"q"_s, u"A"_s}}, QJsonObject{{u"q"_s, u"B"_s}}}},
                           {u"empty"_s, QJsonArray{}},
                           {u"flag"_s, true}};
    CHECK(render(u"Hi {{name}}, {{ ticket.id }}!"_s, data) == u"Hi Анна, 100!"_s);
    CHECK(render(u"{{#items}}[{{q}}]{{/items}}"_s, data) == u"[A][B]"_s);
    CHECK(render(u"{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}"_s, data) == u"none"_s);
    CHECK(render(u"{{#flag}}yes {{name}}{{/flag}}"_s, data) == u"yes Анна"_s);
    CHECK(render(u"{{! a note }}{{missing}}."_s, data) == u"."_s);
    // Section tags alone on their line leave no blank line behind.
    const std::string lines = render(u"a\n{{#items}}\n- {{q}}\n{{/items}}\nb\n"_s, data).toStdString();
    CHECK(lines == "a\n- A\n- B\nb\n");
}

TEST_CASE("the HTML part escapes every value, the text part does not", "[mail][template]")
{
    const QJsonObject data{{u"comment"_s, u"<script>alert(1)</script> & \"quotes\""_s}};
    CHECK(render(u"<p>{{comment}}</p>"_s, data, MailTemplate::Escape::Html)
          == u"<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>"_s);
    CHECK(render(u"{{comment}}"_s, data) == u"<script>alert(1)</script> & \"quotes\""_s);
}

TEST_CASE("template mistakes are reported with file and line", "[mail][template]")
{
    const auto error = [](const QString &source) { return MailTemplate::parse(source, u"ru/evaluation.txt"_s).error().message; };
    CHECK(error(u"line 1\n{{#items}}\nnever closed"_s) == u"ru/evaluation.txt, line 2: \"{{#items}}\" is never closed"_s);
    CHECK(error(u"\n\n{{#a}}{{/b}}"_s).startsWith(u"ru/evaluation.txt, line 3: \"{{/b}}\" closes \"a\""_s));
    CHECK(error(u"x {{name"_s) == u"ru/evaluation.txt, line 1: \"{{\" is not closed with \"}}\""_s);
    CHECK(error(u"{{/x}}"_s).contains(u"closes nothing"_s));
    CHECK(error(u"{{ system(\"rm\") }}"_s).contains(u"is not a value name"_s));
}

TEST_CASE("every built-in template parses in both languages", "[mail][template]")
{
    for (const QString &language : MailTemplateSet::languages()) {
        for (const QString &kind : MailTemplateSet::kinds()) {
            INFO(language.toStdString() << "/" << kind.toStdString());
            const Result<RenderedMail> mail = MailTemplateSet::render(kind, language, {}, {});
            REQUIRE(mail.has_value());
            CHECK_FALSE(mail->subject.isEmpty());
            CHECK(mail->html.contains(u"<html lang=\""_s + language));
        }
    }
}

TEST_CASE("an override folder replaces single templates", "[mail][template]")
{
    QTemporaryDir dir;
    REQUIRE(MailTemplateSet::exportBuiltIns(dir.path()).value() == 20);
    // Exporting again keeps the admin's files.
    CHECK(MailTemplateSet::exportBuiltIns(dir.path()).value() == 0);
    QFile text(dir.filePath(u"en/evaluation.txt"_s));
    REQUIRE(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
    text.write("Subject: Custom {{score}}\nBody for {{engineer.name}}\n");
    text.close();
    CHECK(MailTemplateSet::sourcePath(u"evaluation"_s, u"en"_s, MailTemplateSet::Part::Text, dir.path())
          == dir.filePath(u"en/evaluation.txt"_s));
    CHECK(MailTemplateSet::sourcePath(u"evaluation"_s, u"ru"_s, MailTemplateSet::Part::Text, dir.path())
          == dir.filePath(u"ru/evaluation.txt"_s));
    const QJsonObject data{{u"score"_s, u"90"_s}, {u"engineer"_s, QJsonObject{{u"name"_s, u"John"_s}}}};
    const RenderedMail mail = MailTemplateSet::render(u"evaluation"_s, u"en"_s, data, dir.path()).value();
    CHECK(mail.subject == u"Custom 90"_s);
    CHECK(mail.text == u"Body for John\n"_s);
}

TEST_CASE("Cyrillic subjects become RFC 2047 encoded words of legal length", "[mail][mime]")
{
    const QString subject = u"Оценка тикета 40001: 87,5 % — «Не приходит почта на корпоративный ящик»"_s;
    const QByteArray encoded = MimeMessage::encodeHeaderText(subject);
    const QList<QByteArray> lines = encoded.split('\n');
    CHECK(lines.size() > 1);
    QByteArray decoded;
    for (QByteArray line : lines) {
        line = line.trimmed();
        CHECK(line.size() <= 76);
        REQUIRE(line.startsWith("=?UTF-8?B?"));
        REQUIRE(line.endsWith("?="));
        decoded += QByteArray::fromBase64(line.mid(10, line.size() - 12));
    }
    CHECK(QString::fromUtf8(decoded) == subject);
    CHECK(MimeMessage::encodeHeaderText(u"Plain subject"_s) == "Plain subject");
    CHECK_FALSE(MimeMessage::isPlainAddress(u"a@b.ru\r\nBcc: x@y.ru"_s));
    CHECK(MimeMessage::isPlainAddress(u"a.smirnova@demo.qadesk.example"_s));
}
