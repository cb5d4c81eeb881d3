#pragma once

// Runs the real `qadesk` binary (QADESK_BINARY) for the end-to-end command-line tests. Every
// runner owns a temporary folder: the workspace database (QADESK_DB), HOME and the XDG folders
// all point inside it, so a test never touches the user's real data folder.

#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

namespace qadesk::test {

struct CliResult
{
    QStringList arguments;
    int exitCode = -1;
    QString out;
    QString err;

    // stdout parsed as JSON; the test fails when it is not the expected kind of document.
    [[nodiscard]] QJsonObject jsonObject() const { return document(false).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return document(true).array(); }

private:
    [[nodiscard]] QJsonDocument document(bool array) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO("stdout of qadesk " << arguments.join(QLatin1Char(' ')).toStdString() << ":\n" << out.toStdString());
        INFO("JSON error: " << error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE((array ? doc.isArray() : doc.isObject()));
        return doc;
    }
};

// For INFO(result): what ran and what it printed.
inline std::ostream &operator<<(std::ostream &os, const CliResult &r)
{
    return os << "qadesk " << r.arguments.join(QLatin1Char(' ')).toStdString() << "\n  exit code: " << r.exitCode
              << "\n  stdout: " << r.out.toStdString() << "\n  stderr: " << r.err.toStdString();
}

class CliRunner final
{
public:
    static constexpr int timeoutMs = 60'000;

    CliRunner()
    {
        REQUIRE(m_dir.isValid());
        m_databaseUrl = QStringLiteral("sqlite:") + databasePath();
    }

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString databasePath() const { return path(QStringLiteral("workspace.qadesk")); }
    [[nodiscard]] QString dataHome() const { return path(QStringLiteral("xdg-data")); }
    [[nodiscard]] const QString &databaseUrl() const { return m_databaseUrl; }

    // The QADESK_DB given to the binary; an empty URL leaves QADESK_DB unset.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // An extra environment variable for the runs (an API token, say).
    void setEnvironment(const QString &name, const QString &value) { m_extra.insert(name, value); }

    // Writes a file in the temporary folder and gives its absolute path.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
        return file.fileName();
    }

    QString writeJson(const QString &name, const QJsonObject &json) const
    {
        return writeFile(name, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }

    // The environment every run gets (its own HOME, data folders, database and extras).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QADESK_DB"));
        if (!m_databaseUrl.isEmpty())
            env.insert(QStringLiteral("QADESK_DB"), m_databaseUrl);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("xdg-cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("xdg-state")));
        // English messages whatever the developer's locale; UTF-8 for arguments and paths.
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        for (auto it = m_extra.begin(); it != m_extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    // `input` is written to the program's standard input (a token for --token-stdin, say).
    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        const QProcessEnvironment env = environment();

        CliResult result;
        result.arguments = arguments;
        QProcess process;
        process.setProgram(QString::fromUtf8(QADESK_BINARY));
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start();
        if (!process.waitForStarted(timeoutMs))
            FAIL("cannot start " << QADESK_BINARY << ": " << process.errorString().toStdString());
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        // Wait with the event loop running: a mock server in this process must be able to answer.
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(5'000);
            FAIL("qadesk " << arguments.join(QLatin1Char(' ')).toStdString() << " did not finish within "
                           << timeoutMs / 1000 << " s");
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit)
            FAIL("qadesk crashed\n" << result);
        result.exitCode = process.exitCode();
        return result;
    }

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QHash<QString, QString> m_extra;
};

// A fixture under tests/data/cli.
inline QString cliData(const QString &name)
{
    return dataPath(QStringLiteral("cli/") + name);
}

// The names in `fields` that `object` lacks.
inline QStringList missingFields(const QJsonObject &object, const QStringList &fields)
{
    QStringList missing;
    for (const QString &field : fields) {
        if (!object.contains(field))
            missing.append(field);
    }
    return missing;
}

} // namespace qadesk::test
