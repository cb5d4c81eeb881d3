#include "MailDispatcher.h"

#include "mail/MailOutbox.h"
#include "mail/MimeMessage.h"
#include "storage/MailOutboxStore.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qadesk {

Q_DECLARE_LOGGING_CATEGORY(lcMail)

MailDispatcher::MailDispatcher(Database &db, MailSettings settings, QString password, QString workerId)
    : m_db(db)
    , m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_workerId(workerId.isEmpty() ? newWorkerId() : std::move(workerId))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int MailDispatcher::backoffSeconds(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    return int(std::min<qint64>(60LL << exponent, 6 * 3600));
}

QString MailDispatcher::newWorkerId()
{
    return u"%1/%2/%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

Result<MailSendReport> MailDispatcher::sendPending(const std::atomic_bool *cancel, const Observer &observer)
{
    MailSendReport report;
    MailOutboxStore store(m_db);
    const Result<int> lapsed = store.expireLeases(
        m_clock(), tr("the sender stopped while sending this message; it may have arrived. "
                      "Retry only if the recipient did not get it."));
    if (!lapsed)
        return std::unexpected(lapsed.error());
    report.uncertain = *lapsed;
    const Result<int> scheduled = MailOutbox::queueScheduled(m_db, m_clock());
    if (!scheduled)
        return std::unexpected(scheduled.error());
    report.scheduled = *scheduled;
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty())
        return std::unexpected(Error::invalid(tr("mail cannot be sent until the settings are complete:\n%1")
                                                  .arg(problems.join(u'\n'))));

    const SmtpClient smtp(m_settings, m_password);
    while (!(cancel && cancel->load())) {
        const QDateTime now = m_clock();
        const Result<std::optional<OutboxMessage>> claimed = store.claimNext(m_workerId, now, now.addSecs(m_leaseSeconds));
        if (!claimed)
            return std::unexpected(claimed.error());
        if (!*claimed)
            break;
        const OutboxMessage &message = **claimed;
        const Result<QByteArray> mime = MimeMessage::build(message, {m_settings.sender, m_settings.senderName}, now);
        SmtpResult result;
        if (!mime)
            result = {SmtpResult::Outcome::Refused, 0, mime.error().message};
        else
            result = smtp.send(message.recipient, *mime, cancel);
        Status settled;
        switch (result.outcome) {
        case SmtpResult::Outcome::Sent:
            settled = store.markSent(message.id, m_workerId, m_clock());
            if (settled)
                ++report.sent;
            break;
        case SmtpResult::Outcome::Retry:
            if (message.attempts >= m_settings.maxAttempts) {
                settled = store.markFailed(message.id, m_workerId,
                                           tr("gave up after %n attempt(s): %1", nullptr, message.attempts).arg(result.error));
                ++report.failed;
            } else {
                settled = store.markRetry(message.id, m_workerId, result.error,
                                          m_clock().addSecs(backoffSeconds(message.attempts)));
                ++report.retrying;
            }
            break;
        case SmtpResult::Outcome::Refused:
            settled = store.markFailed(message.id, m_workerId, result.error);
            ++report.failed;
            break;
        }
        if (!settled)
            report.errors.append(settled.error().message);
        if (result.outcome != SmtpResult::Outcome::Sent)
            report.errors.append(tr("message %1 to %2: %3").arg(message.id).arg(message.recipient, result.error));
        qCDebug(lcMail) << "message" << message.id << "outcome" << int(result.outcome) << "code" << result.smtpCode;
        if (observer)
            observer(message, result);
        // No server, no point in trying every other message now.
        if (result.outcome == SmtpResult::Outcome::Retry && result.smtpCode == 0) {
            report.stoppedEarly = true;
            break;
        }
    }
    return report;
}

} // namespace qadesk
