#include "MailSendWorker.h"

#include "mail/MailDispatcher.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qadesk {

MailSendWorker::MailSendWorker(QObject *parent)
    : QObject(parent)
{
}

MailSendWorker::~MailSendWorker()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void MailSendWorker::cancel()
{
    m_cancel = true;
}

void MailSendWorker::run(std::function<void()> work)
{
    m_cancel = false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void MailSendWorker::sendPending(const QString &databaseUrl, const MailSettings &settings, const QString &password)
{
    if (m_thread)
        return;
    run([this, databaseUrl, settings, password] {
        bool ok = false;
        QString summary;
        int sent = 0;
        int failed = 0;
        Result<std::unique_ptr<Database>> db = Database::open(databaseUrl);
        if (!db) {
            summary = db.error().message;
        } else {
            MailDispatcher dispatcher(**db, settings, password);
            const Result<MailSendReport> report = dispatcher.sendPending(&m_cancel);
            if (!report) {
                summary = report.error().message;
            } else {
                ok = report->errors.isEmpty();
                sent = report->sent;
                failed = report->failed + report->retrying;
                summary = tr("Sent %1, to retry later %2, failed %3.").arg(report->sent).arg(report->retrying).arg(report->failed);
                if (!report->errors.isEmpty())
                    summary += u' ' + report->errors.first();
            }
        }
        QMetaObject::invokeMethod(this, [this, ok, summary, sent, failed] { Q_EMIT roundFinished(ok, summary, sent, failed); },
                                  Qt::QueuedConnection);
    });
}

void MailSendWorker::sendTest(const MailSettings &settings, const QString &password, const QString &recipient)
{
    if (m_thread)
        return;
    OutboxMessage message;
    message.kind = u"test"_s;
    message.recipient = recipient;
    message.language = u"en"_s;
    message.messageId = u"qadesk-test-%1@%2"_s.arg(QUuid::createUuid().toString(QUuid::Id128), settings.senderDomain());
    message.subject = tr("QA Desk: test message");
    message.bodyText = tr("This message confirms that QA Desk can send mail through %1.").arg(settings.host);
    message.bodyHtml = u"<p>"_s + message.bodyText.toHtmlEscaped() + u"</p>"_s;
    run([this, settings, password, message] {
        QString text;
        bool ok = false;
        const Result<QByteArray> mime
            = MimeMessage::build(message, {settings.sender, settings.senderName}, QDateTime::currentDateTimeUtc());
        if (!mime) {
            text = mime.error().message;
        } else {
            const SmtpResult result = SmtpClient(settings, password).send(message.recipient, *mime, &m_cancel);
            ok = result.outcome == SmtpResult::Outcome::Sent;
            text = ok ? tr("The test message to %1 was accepted by %2.").arg(message.recipient, settings.host) : result.error;
        }
        QMetaObject::invokeMethod(this, [this, ok, text] { Q_EMIT testFinished(ok, text); }, Qt::QueuedConnection);
    });
}

} // namespace qadesk
