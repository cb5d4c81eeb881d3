#include "net/HttpClient.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QLocale>

using namespace qadesk;

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[net]")
{
    CHECK(HttpClient::retryAfterMs("0") == 0);
    CHECK(HttpClient::retryAfterMs(" 17 ") == 17000);
    CHECK(HttpClient::retryAfterMs("-3") == 0);
    CHECK_FALSE(HttpClient::retryAfterMs("").has_value());
    CHECK_FALSE(HttpClient::retryAfterMs("soon").has_value());
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
    const QByteArray httpDate = QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
    const std::optional<qint64> ms = HttpClient::retryAfterMs(httpDate);
    REQUIRE(ms.has_value());
    CHECK(*ms > 110000);
    CHECK(*ms <= 120000);
}
