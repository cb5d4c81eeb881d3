// How long opening a long ticket takes: sanitising, building and laying out a 500-message
// conversation in the view, as the evaluation page does. Run:
//   QT_QPA_PLATFORM=offscreen build/release/bench/qadesk_bench_conversation [messages] [runs]
#include "conversation/HtmlSanitizer.h"
#include "evaluation/ConversationView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

qadesk::Ticket longTicket(int messages)
{
    qadesk::Ticket t;
    t.externalId = u"90001"_s;
    t.sourceName = u"bench"_s;
    t.subject = u"Долгая переписка о переносе сайта"_s;
    t.tags = {u"l2"_s, u"migration"_s};
    for (int i = 0; i < messages; ++i) {
        qadesk::Message m;
        m.authorName = i % 2 ? u"Анна Смирнова"_s : u"Client Name"_s;
        m.authorKind = i % 2 ? qadesk::AuthorKind::Engineer : qadesk::AuthorKind::Customer;
        m.isPublic = i % 7 != 3;
        m.channel = u"email"_s;
        m.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc()).addSecs(i * 600);
        m.bodyHtml = u"<div><p>Добрый день! Сообщение %1. Проверили DNS и MX-записи домена example.ru, "
                     u"<b>всё в порядке</b>, но письма всё ещё уходят в спам.</p><ul><li>SPF: ok</li>"
                     u"<li>DKIM: <a href=\"https://kb.example/dkim\">инструкция</a></li></ul>"
                     u"<pre>$ dig TXT example.ru\\nv=spf1 include:_spf.example ~all</pre>"
                     u"<p onclick=\"x()\">С уважением,<br>поддержка</p><img src=\"https://t.example/p.gif\"></div>"_s
                         .arg(i + 1);
        if (i % 10 == 0)
            m.attachments = {{u"log-%1.txt"_s.arg(i), 20480, u"text/plain"_s, QString()}};
        t.messages.append(m);
    }
    return t;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int messages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 15;
    const qadesk::Ticket ticket = longTicket(messages);

    qadesk::ui::ConversationView view;
    view.resize(800, 900);
    view.show();
    QCoreApplication::processEvents();

    QList<double> sanitize;
    QList<double> open;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        for (const qadesk::Message &m : ticket.messages)
            qadesk::HtmlSanitizer::sanitize(m.bodyHtml);
        sanitize.append(clock.nsecsElapsed() / 1e6);

        view.clear();
        QCoreApplication::processEvents();
        clock.restart();
        view.setTicket(ticket);                                           // build + sanitise + parse
        view.document()->documentLayout()->documentSize();               // full layout
        view.viewport()->repaint();                                       // first paint
        open.append(clock.nsecsElapsed() / 1e6);
    }
    QTextStream out(stdout);
    out << "conversation of " << messages << " messages, " << runs << " runs\n";
    out << "  sanitise all bodies: median " << median(sanitize) << " ms\n";
    out << "  open (build, sanitise, lay out, first paint): median " << median(open) << " ms, min "
        << *std::min_element(open.begin(), open.end()) << " ms, max " << *std::max_element(open.begin(), open.end())
        << " ms\n";
    return 0;
}
