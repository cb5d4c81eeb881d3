// The layering rules, checked on the source tree: core/ never sees a widget or chart header,
// and SQL stays in core/storage.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QStringList sourceFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(QStringLiteral(QADESK_SOURCE_DIR "/") + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QStringList includesOf(const QString &path)
{
    static const QRegularExpression include(uR"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"_s,
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList names;
    auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext())
        names.append(matches.next().captured(1));
    return names;
}

// Every header Qt installs for a widget-side module, by bare name and by module path.
QSet<QString> forbiddenHeaders()
{
    QSet<QString> names;
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : {u"QtWidgets"_s, u"QtCharts"_s, u"QtPrintSupport"_s, u"QtOpenGLWidgets"_s}) {
        names.insert(module);
        const QDir dir(headers + u'/' + module);
        for (const QString &entry : dir.entryList(QDir::Files)) {
            names.insert(entry);
            names.insert(module + u'/' + entry);
        }
    }
    return names;
}

} // namespace

TEST_CASE("core includes no widget, chart or print-support header", "[architecture]")
{
    const QSet<QString> forbidden = forbiddenHeaders();
    REQUIRE(forbidden.contains(u"QWidget"_s)); // the check itself can see Qt's headers
    REQUIRE(forbidden.contains(u"qchart.h"_s));
    const QStringList files = sourceFiles(u"core"_s);
    REQUIRE(files.size() > 20);
    QStringList offenders;
    for (const QString &file : files) {
        for (const QString &header : includesOf(file)) {
            if (forbidden.contains(header))
                offenders.append(file + u": "_s + header);
        }
    }
    INFO(offenders.join(u'\n').toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("SQL is used only in core/storage", "[architecture]")
{
    QStringList offenders;
    for (const QString &folder : {u"core"_s, u"ui"_s, u"app"_s}) {
        for (const QString &file : sourceFiles(folder)) {
            if (file.contains(u"/core/storage/"_s))
                continue;
            for (const QString &header : includesOf(file)) {
                if (header.startsWith(u"QSql"_s) || header.startsWith(u"QtSql"_s))
                    offenders.append(file + u": "_s + header);
            }
        }
    }
    INFO(offenders.join(u'\n').toStdString());
    CHECK(offenders.isEmpty());
}
