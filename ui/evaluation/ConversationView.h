#pragma once

#include "domain/Ticket.h"

#include <QTextBrowser>

namespace qadesk::ui {

// A ticket's conversation: header (subject, team, engineer, tags, CSAT, link to the helpdesk)
// and every message with its author, kind, time and attachments; internal notes stand out.
// Nothing is loaded from the network, and links open in the system browser only on click.
class ConversationView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);
    static QString conversationHtml(const Ticket &ticket, bool darkPalette = false);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void openLink(const QUrl &url);
};

} // namespace qadesk::ui
