#include "SmtpClient.h"

#include <curl/curl.h>

#include <QHostAddress>
#include <QUrl>

#include <cstring>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(user);
    return cancel && cancel->load() ? 1 : 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpClient::SmtpClient(MailSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{
}

SmtpResult SmtpClient::send(const QString &recipient, const QByteArray &message, const std::atomic_bool *cancel) const
{
    return perform(recipient, &message, cancel);
}

SmtpResult SmtpClient::check(const std::atomic_bool *cancel) const
{
    return perform(QString(), nullptr, cancel);
}

SmtpResult SmtpClient::perform(const QString &recipient, const QByteArray *message, const std::atomic_bool *cancel) const
{
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty())
        return {SmtpResult::Outcome::Refused, 0, problems.join(u"; "_s)};
    globalInit();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {SmtpResult::Outcome::Retry, 0, tr("libcurl could not start")};

    const bool implicitTls = m_settings.security == MailSettings::Security::Tls;
    QUrl url;
    url.setScheme(implicitTls ? u"smtps"_s : u"smtp"_s);
    url.setHost(m_settings.host);
    url.setPort(m_settings.port);
    const QByteArray urlText = url.toEncoded();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray from = '<' + m_settings.sender.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, urlText.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
    // Certificates and host names are always checked; there is deliberately no switch for it.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, m_settings.caFile.toLocal8Bit().constData());
    if (m_settings.security == MailSettings::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool *>(cancel));

    Upload upload;
    std::unique_ptr<curl_slist, ListDeleter> recipients;
    if (message) {
        recipients.reset(curl_slist_append(nullptr, to.constData()));
        upload.data = message;
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
        curl_easy_setopt(c, CURLOPT_READFUNCTION, readChunk);
        curl_easy_setopt(c, CURLOPT_READDATA, &upload);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    } else {
        // A connection check: greeting, STARTTLS and login, then QUIT.
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    }

    const CURLcode code = curl_easy_perform(c);
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    if (code == CURLE_OK)
        return {SmtpResult::Outcome::Sent, response, {}};
    const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    const QString where = u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port);
    if (code == CURLE_ABORTED_BY_CALLBACK)
        return {SmtpResult::Outcome::Retry, response, tr("cancelled")};
    if (code == CURLE_LOGIN_DENIED)
        return {SmtpResult::Outcome::Refused, response,
                tr("%1 refused the login of \"%2\" (%3)").arg(where, m_settings.user, detail)};
    if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE || code == CURLE_SSL_CONNECT_ERROR
        || code == CURLE_USE_SSL_FAILED)
        return {SmtpResult::Outcome::Refused, response, tr("%1: secure connection failed: %2").arg(where, detail)};
    if (response >= 500)
        return {SmtpResult::Outcome::Refused, response, tr("%1 refused the message (%2): %3").arg(where).arg(response).arg(detail)};
    if (response >= 400)
        return {SmtpResult::Outcome::Retry, response, tr("%1 asked to try later (%2): %3").arg(where).arg(response).arg(detail)};
    return {SmtpResult::Outcome::Retry, response, tr("%1: %2").arg(where, detail)};
}

} // namespace qadesk
