#include "MailTemplateSet.h"

#include "mail/MailTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace qadesk {

QStringList MailTemplateSet::kinds()
{
    return {u"evaluation"_s, u"dispute"_s, u"digest"_s, u"team_kpi"_s, u"dispute_waiting"_s};
}

QStringList MailTemplateSet::languages()
{
    return {u"en"_s, u"ru"_s};
}

QString MailTemplateSet::languageFor(const QString &personLanguage)
{
    return personLanguage.trimmed().toLower().startsWith(u"ru"_s) ? u"ru"_s : u"en"_s;
}

namespace {
QString fileName(const QString &kind, const QString &language, MailTemplateSet::Part part)
{
    return language + u'/' + kind + (part == MailTemplateSet::Part::Text ? u".txt"_s : u".html"_s);
}
} // namespace

QString MailTemplateSet::builtInPath(const QString &kind, const QString &language, Part part)
{
    return u":/mail/"_s + fileName(kind, language, part);
}

QString MailTemplateSet::sourcePath(const QString &kind, const QString &language, Part part, const QString &overrideDir)
{
    if (!overrideDir.isEmpty()) {
        const QString path = QDir(overrideDir).filePath(fileName(kind, language, part));
        if (QFileInfo::exists(path))
            return path;
    }
    return builtInPath(kind, language, part);
}

Result<QString> MailTemplateSet::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(tr("%1: cannot read the template: %2").arg(path, file.errorString())));
    return QString::fromUtf8(file.readAll());
}

Result<RenderedMail> MailTemplateSet::renderSources(const QString &textSource, const QString &htmlSource,
                                                    const QJsonObject &data, const QString &textName,
                                                    const QString &htmlName)
{
    // The text file starts with "Subject: …"; the rest is the body.
    const qsizetype firstBreak = textSource.indexOf(u'\n');
    const QString firstLine = textSource.left(firstBreak < 0 ? textSource.size() : firstBreak).trimmed();
    if (!firstLine.startsWith(u"Subject:"_s, Qt::CaseInsensitive))
        return std::unexpected(Error::invalid(tr("%1, line 1: the first line must be \"Subject: …\"").arg(textName)));
    const Result<MailTemplate> subject = MailTemplate::parse(firstLine.mid(8).trimmed(), textName);
    if (!subject)
        return std::unexpected(subject.error());
    // The body starts on the file's second line.
    const Result<MailTemplate> text
        = MailTemplate::parse(firstBreak < 0 ? QString() : textSource.mid(firstBreak + 1), textName, 2);
    if (!text)
        return std::unexpected(text.error());
    const Result<MailTemplate> html = MailTemplate::parse(htmlSource, htmlName);
    if (!html)
        return std::unexpected(html.error());
    RenderedMail mail;
    // A subject is one line whatever the data holds.
    mail.subject = subject->render(data, MailTemplate::Escape::None, &mail.unknownValues).simplified();
    mail.text = text->render(data, MailTemplate::Escape::None, &mail.unknownValues);
    mail.html = html->render(data, MailTemplate::Escape::Html, &mail.unknownValues);
    return mail;
}

Result<RenderedMail> MailTemplateSet::render(const QString &kind, const QString &language, const QJsonObject &data,
                                             const QString &overrideDir)
{
    const QString textPath = sourcePath(kind, language, Part::Text, overrideDir);
    const QString htmlPath = sourcePath(kind, language, Part::Html, overrideDir);
    const Result<QString> text = read(textPath);
    if (!text)
        return std::unexpected(text.error());
    const Result<QString> html = read(htmlPath);
    if (!html)
        return std::unexpected(html.error());
    return renderSources(*text, *html, data, textPath, htmlPath);
}

Result<int> MailTemplateSet::exportBuiltIns(const QString &dir)
{
    int written = 0;
    for (const QString &language : languages()) {
        if (!QDir().mkpath(QDir(dir).filePath(language)))
            return std::unexpected(Error::io(tr("%1: cannot create the folder").arg(QDir(dir).filePath(language))));
        for (const QString &kind : kinds()) {
            for (Part part : {Part::Text, Part::Html}) {
                const QString target = QDir(dir).filePath(fileName(kind, language, part));
                if (QFileInfo::exists(target))
                    continue;
                QFile::copy(builtInPath(kind, language, part), target);
                QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
                if (!QFileInfo::exists(target))
                    return std::unexpected(Error::io(tr("%1: cannot write the template").arg(target)));
                ++written;
            }
        }
    }
    return written;
}

} // namespace qadesk
