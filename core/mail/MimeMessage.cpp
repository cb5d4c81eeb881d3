#include "MimeMessage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray crlf(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    normalized.replace(u"\n"_s, u"\r\n"_s);
    return normalized.toUtf8();
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.trimmed().isEmpty())
        return address.toLatin1();
    const QString simple = name.simplified();
    // A display name with specials is quoted when ASCII, encoded otherwise.
    static const QRegularExpression atom(u"^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+$"_s);
    QByteArray shown;
    if (isAscii(simple))
        shown = atom.match(simple).hasMatch()
                    ? simple.toLatin1()
                    : '"' + QString(simple).replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).toLatin1() + '"';
    else
        shown = MimeMessage::encodeHeaderText(simple);
    return shown + " <" + address.toLatin1() + '>';
}

} // namespace

bool MimeMessage::isPlainAddress(const QString &address)
{
    static const QRegularExpression rule(u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    return address.size() <= 254 && rule.match(address).hasMatch();
}

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    if (isAscii(text) && text.size() <= 60)
        return text.toLatin1();
    // Encoded words of at most 45 bytes of UTF-8 (60 characters of base64), split between
    // characters, never inside one.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

Result<QByteArray> MimeMessage::build(const OutboxMessage &message, const Sender &from, const QDateTime &date)
{
    if (!isPlainAddress(from.address))
        return std::unexpected(Error::invalid(tr("sender: \"%1\" is not an email address").arg(from.address)));
    if (!isPlainAddress(message.recipient))
        return std::unexpected(Error::invalid(tr("recipient: \"%1\" is not an email address").arg(message.recipient)));
    static const QRegularExpression idRule(u"^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$"_s);
    if (!idRule.match(message.messageId).hasMatch())
        return std::unexpected(Error::invalid(tr("message id: \"%1\" is not valid").arg(message.messageId)));

    const QByteArray boundary = "qadesk-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray out;
    out += "From: " + mailbox(from.name, from.address) + "\r\n";
    out += "To: " + mailbox(message.recipientName, message.recipient) + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject.simplified()) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s).toLatin1() + " +0000\r\n";
    out += "Message-ID: <" + message.messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Automatic mail: no out-of-office replies to it.
    out += "Auto-Submitted: auto-generated\r\n";
    out += "X-Auto-Response-Suppress: All\r\n";
    out += "Content-Language: " + message.language.toLatin1() + "\r\n";
    out += "X-QADesk-Kind: " + message.kind.toLatin1() + "\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(crlf(message.bodyText));
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(crlf(message.bodyHtml));
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace qadesk
