#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace qadesk {

// A rendered message: the subject, the plain-text and the HTML part.
struct RenderedMail
{
    QString subject;
    QString text;
    QString html;
    QStringList unknownValues; // names the templates used that the data does not have
};

// The mail templates: for each kind of message and language a plain-text file (first line
// "Subject: …") and an HTML file. Russian and English are built in (:/mail/LANG/KIND.txt|.html);
// a file of the same name in the admin's override folder (LANG/KIND.txt) replaces the built-in.
class MailTemplateSet final
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplateSet)

public:
    enum class Part { Text, Html };

    static QStringList kinds();     // evaluation, dispute, digest, team_kpi, dispute_waiting
    static QStringList languages(); // en, ru
    // "ru" for Russian (ru, ru_RU, …), "en" for anything else.
    static QString languageFor(const QString &personLanguage);

    // The file used for a part: the override when it exists, else the built-in resource.
    static QString sourcePath(const QString &kind, const QString &language, Part part, const QString &overrideDir);
    static QString builtInPath(const QString &kind, const QString &language, Part part);
    static Result<QString> read(const QString &path);

    static Result<RenderedMail> render(const QString &kind, const QString &language, const QJsonObject &data,
                                       const QString &overrideDir);
    // Renders from the given sources (the editor's unsaved text in the preview).
    static Result<RenderedMail> renderSources(const QString &textSource, const QString &htmlSource,
                                              const QJsonObject &data, const QString &textName = QStringLiteral("text"),
                                              const QString &htmlName = QStringLiteral("html"));
    // Copies the built-in templates into `dir` (LANG/KIND.txt|.html), keeping files already there.
    static Result<int> exportBuiltIns(const QString &dir);
};

} // namespace qadesk
