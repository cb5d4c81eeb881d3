#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace qadesk::test {

// Reads back what the SMTP sink received: unfolded headers, RFC 2047 words decoded, and the
// parts of a multipart/alternative message decoded from base64. Deliberately independent of
// the code under test.
struct MimeReader
{
    explicit MimeReader(const QByteArray &raw)
    {
        const qsizetype split = raw.indexOf("\r\n\r\n");
        headerBlock = raw.left(split);
        body = raw.mid(split + 4);
        QByteArray unfolded = headerBlock;
        unfolded.replace("\r\n ", " ");
        unfolded.replace("\r\n\t", " ");
        for (const QByteArray &line : unfolded.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(QString::fromLatin1(line.left(colon)).toLower(), line.mid(colon + 1).trimmed());
        }
        const QRegularExpression boundaryRule(QStringLiteral("boundary=\"([^\"]+)\""));
        const QString boundary = boundaryRule.match(QString::fromLatin1(headers.value(QStringLiteral("content-type")))).captured(1);
        if (boundary.isEmpty())
            return;
        const QList<QByteArray> chunks = body.split('\n');
        QByteArray current;
        bool inPart = false;
        for (const QByteArray &line : chunks) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed == QByteArray("--" + boundary.toLatin1()) || trimmed == QByteArray("--" + boundary.toLatin1() + "--")) {
                if (inPart)
                    parts.append(current);
                current.clear();
                inPart = true;
                continue;
            }
            if (inPart)
                current += line + '\n';
        }
    }

    // The decoded text of a header (encoded words joined).
    [[nodiscard]] QString header(const QString &name) const
    {
        const QByteArray value = headers.value(name.toLower());
        const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
        QString text = QString::fromLatin1(value);
        QByteArray decoded;
        bool any = false;
        QRegularExpressionMatchIterator it = word.globalMatch(text);
        qsizetype last = 0;
        QString out;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString between = text.mid(last, m.capturedStart() - last);
            if (!between.trimmed().isEmpty() || !any) {
                out += QString::fromUtf8(decoded) + between;
                decoded.clear();
            }
            decoded += QByteArray::fromBase64(m.captured(1).toLatin1());
            last = m.capturedEnd();
            any = true;
        }
        out += QString::fromUtf8(decoded) + text.mid(last);
        return out;
    }

    // The decoded body of the part with this content type ("text/plain", "text/html").
    [[nodiscard]] QString part(const QString &type) const
    {
        for (const QByteArray &p : parts) {
            const qsizetype split = p.indexOf("\r\n\r\n");
            const QByteArray head = p.left(split).toLower();
            if (!head.contains(QByteArray("content-type: " + type.toLatin1())))
                continue;
            if (!head.contains("charset=utf-8") || !head.contains("content-transfer-encoding: base64"))
                return QStringLiteral("(not UTF-8 base64)");
            return QString::fromUtf8(QByteArray::fromBase64(p.mid(split + 4)));
        }
        return {};
    }

    QByteArray headerBlock;
    QByteArray body;
    QMap<QString, QByteArray> headers;
    QList<QByteArray> parts;
};

} // namespace qadesk::test
