#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace qadesk::test {

// tests/support/smtp_sink.py (python3-aiosmtpd) on 127.0.0.1 and a free port, stopped with the
// object. Every accepted message is a file to read back.
class SmtpSink final
{
public:
    explicit SmtpSink(const QStringList &extraArguments = {})
    {
        REQUIRE(m_dir.isValid());
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList{QStringLiteral(QADESK_TEST_DATA_DIR "/../support/smtp_sink.py"),
                                           QStringLiteral("--out"), m_dir.path()}
                               + extraArguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(m_process.waitForReadyRead(20000));
        m_port = QString::fromLatin1(m_process.readLine()).trimmed().toInt();
        REQUIRE(m_port > 0);
    }
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    [[nodiscard]] int port() const { return m_port; }

    // The raw messages received so far, in order.
    [[nodiscard]] QList<QByteArray> messages() const
    {
        QList<QByteArray> list;
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(QDir(m_dir.path()).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                list.append(file.readAll());
        }
        return list;
    }
    [[nodiscard]] QList<QJsonObject> envelopes() const
    {
        QList<QJsonObject> list;
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(QDir(m_dir.path()).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                list.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return list;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace qadesk::test
