#include "ConversationView.h"

#include "conversation/HtmlSanitizer.h"

#include <QDesktopServices>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

// A message longer than this is shortened for display (a 10 MB log pasted into a ticket must
// not freeze the window); the full text stays stored and in the helpdesk.
constexpr qsizetype displayLimit = 200'000;

// The message body as safe HTML: the helpdesk's HTML sanitised, else the plain text escaped.
QString bodyHtml(const Message &m)
{
    const bool html = !m.bodyHtml.trimmed().isEmpty();
    const QString &source = html ? m.bodyHtml : m.bodyText;
    QString out;
    if (html) {
        out = HtmlSanitizer::sanitize(source.left(displayLimit));
    } else {
        out = source.left(displayLimit).trimmed().toHtmlEscaped();
        out.replace(u"\n"_s, u"<br>"_s);
    }
    if (source.size() > displayLimit)
        out += u"<p><i>"_s
               + ConversationView::tr("Shortened for display: the message has %1 characters. The whole text is in the "
                                      "helpdesk.").arg(QLocale().toString(source.size()))
               + u"</i></p>"_s;
    return out;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString authorKindLabel(AuthorKind kind)
{
    switch (kind) {
    case AuthorKind::Customer: return ConversationView::tr("customer");
    case AuthorKind::Engineer: return ConversationView::tr("engineer");
    case AuthorKind::System: return ConversationView::tr("system");
    }
    return {};
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"conversationView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::openLink);
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    // Only the application's own resources: no remote images, styles or anything else.
    if (name.scheme() == u"qrc"_s)
        return QTextBrowser::loadResource(type, name);
    return {};
}

void ConversationView::openLink(const QUrl &url)
{
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s || url.scheme() == u"mailto"_s)
        QDesktopServices::openUrl(url);
}

void ConversationView::setTicket(const Ticket &ticket)
{
    setHtml(conversationHtml(ticket, palette().color(QPalette::Base).lightness() < 128));
    moveCursor(QTextCursor::Start);
}

QString ConversationView::conversationHtml(const Ticket &t, bool darkPalette)
{
    const QLocale locale;
    // Tints that keep the palette's own text readable on light and on dark backgrounds.
    struct Tints
    {
        QString plain, plainBorder, internal, internalBorder, internalLabel, engineer, engineerBorder, system, muted;
    };
    const Tints tint = darkPalette ? Tints{u"#262a2e"_s, u"#5f6b73"_s, u"#3d3420"_s, u"#ffb300"_s, u"#ffca58"_s,
                                           u"#1e3247"_s, u"#64b5f6"_s, u"#2c2c2c"_s, u"#a7b0b7"_s}
                                   : Tints{u"#ffffff"_s, u"#cfd8dc"_s, u"#fff8e1"_s, u"#ffb300"_s, u"#b26a00"_s,
                                           u"#e8f1fb"_s, u"#64b5f6"_s, u"#f5f5f5"_s, u"#5f6368"_s};
    QString html = u"<html><body>"_s;
    html += u"<h2>%1</h2>"_s.arg(t.subject.toHtmlEscaped());
    QStringList facts;
    facts.append(tr("Ticket %1 in %2").arg(t.externalId.toHtmlEscaped(), t.sourceName.toHtmlEscaped()));
    if (!t.status.isEmpty())
        facts.append(tr("status %1").arg(t.status.toHtmlEscaped()));
    if (!t.team.isEmpty())
        facts.append(tr("team %1").arg((t.teamName.isEmpty() ? t.team : t.teamName).toHtmlEscaped()));
    if (!t.assigneeEmail.isEmpty())
        facts.append(tr("engineer %1").arg((t.assigneeName.isEmpty() ? t.assigneeEmail : t.assigneeName).toHtmlEscaped()));
    if (!t.channel.isEmpty())
        facts.append(tr("channel %1").arg(t.channel.toHtmlEscaped()));
    html += u"<p style='color:%1'>%2</p>"_s.arg(tint.muted, facts.join(u" · "_s));
    QStringList more;
    if (!t.tags.isEmpty())
        more.append(tr("Tags: %1").arg(t.tags.join(u", "_s).toHtmlEscaped()));
    if (!t.csat.isEmpty())
        more.append(tr("CSAT: %1").arg(t.csat.toHtmlEscaped())
                    + (t.csatComment.isEmpty() ? QString() : u" — “%1”"_s.arg(t.csatComment.toHtmlEscaped())));
    if (!t.url.isEmpty())
        more.append(u"<a href='%1'>%2</a>"_s.arg(t.url.toHtmlEscaped(), tr("Open in the helpdesk")));
    if (!more.isEmpty())
        html += u"<p>%1</p>"_s.arg(more.join(u" · "_s));
    if (t.messages.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(t.stub ? tr("This ticket has not been synced from the helpdesk yet.")
                                                 : tr("No messages."));

    for (const Message &m : t.messages) {
        QString background = tint.plain;
        QString border = tint.plainBorder;
        if (!m.isPublic) {
            background = tint.internal;
            border = tint.internalBorder;
        } else if (m.authorKind == AuthorKind::Engineer) {
            background = tint.engineer;
            border = tint.engineerBorder;
        } else if (m.authorKind == AuthorKind::System) {
            background = tint.system;
        }
        QString head = u"<b>%1</b> <span style='color:%2'>(%3)</span>"_s.arg(
            (m.authorName.isEmpty() ? m.authorEmail : m.authorName).toHtmlEscaped(), tint.muted, authorKindLabel(m.authorKind));
        if (!m.isPublic)
            head += u" <b style='color:%1'>%2</b>"_s.arg(tint.internalLabel, tr("INTERNAL NOTE"));
        head += u" <span style='color:%1'>· %2</span>"_s.arg(
            tint.muted, locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
        if (!m.channel.isEmpty())
            head += u" <span style='color:%1'>· %2</span>"_s.arg(tint.muted, m.channel.toHtmlEscaped());
        QString attachments;
        for (const Attachment &a : m.attachments)
            attachments += u"<br>📎 %1 (%2)"_s.arg(a.name.toHtmlEscaped(), sizeText(a.sizeBytes));
        html += u"<table width='100%' cellspacing='0' cellpadding='8' style='margin-top:8px; background:%1; "
                u"border-left:4px solid %2'><tr><td><p style='margin:0 0 4px 0'>%3</p>%4%5</td></tr></table>"_s.arg(
                    background, border, head, bodyHtml(m), attachments);
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace qadesk::ui
