#pragma once

#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qadesk::test {

// A Zendesk Support API on 127.0.0.1 for sync tests: the incremental cursor export and the
// comments endpoint with their documented pagination and auth, a dataset the test controls,
// and faults on demand (429 with or without Retry-After, 5xx bursts, truncated JSON, repeated
// pages, tickets changed between pages).
class MockZendesk final
{
public:
    struct Ticket
    {
        qint64 id = 0;
        QString subject;
        int comments = 0;
        qint64 updatedAt = 0;      // unix seconds; the export is ordered by it
        bool internalNoteFirst = false;
        QString status = QStringLiteral("solved");
        QStringList tags = {QStringLiteral("l1"), QStringLiteral("sync")};
    };

    MockZendesk();

    [[nodiscard]] QString baseUrl() const;
    void addTicket(qint64 id, const QString &subject, int comments);
    // A change as Zendesk's export shows it: the ticket moves to the end of the stream.
    void updateTicket(qint64 id, const QString &subject, int comments);
    [[nodiscard]] const QList<Ticket> &tickets() const { return m_tickets; }
    // Changes a ticket's status and tags without moving it in the export (for filter tests).
    void setStatus(qint64 id, const QString &status, const QStringList &tags = {QStringLiteral("l1"), QStringLiteral("sync")});

    QString email = QStringLiteral("qa@example.ru");
    QString token = QStringLiteral("secret-token");
    int ticketsPerPage = 2;
    int commentsPerPage = 2;
    int throttleNext = 0;             // answer this many requests with 429
    QByteArray retryAfter = "0";      // empty: no Retry-After header
    int failNext = 0;                 // answer this many requests with 503
    bool truncateNextExport = false;
    bool repeatNextExportPage = false; // give the same page (and cursor) twice
    std::function<void(int pageServed)> afterExportPage;
    int requests = 0;

private:
    QHttpServerResponse exportPage(const QHttpServerRequest &request);
    QHttpServerResponse comments(const QString &ticketId, const QHttpServerRequest &request);
    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &request);
    QJsonObject ticketJson(const Ticket &ticket) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Ticket> m_tickets;
    qint64 m_clock = 1760000000;
    int m_pagesServed = 0;
    int m_lastCursorServed = -1;
};

} // namespace qadesk::test
