#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace qadesk {

// One HTTP request as a value: what to send, and how long to wait for it.
struct HttpRequest
{
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    QList<QPair<QByteArray, QByteArray>> headers;   // never logged: they carry credentials
    QByteArray body;
    int timeoutMs = 30000;
};

// What came back, after any retries.
struct HttpResult
{
    bool ok = false;
    int httpStatus = 0;            // 0 when no HTTP answer arrived
    QString error;                 // for people: what failed, never a credential
    QByteArray payload;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    int attempts = 0;
};

} // namespace qadesk
