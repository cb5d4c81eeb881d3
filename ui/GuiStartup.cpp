#include "GuiStartup.h"

#include "MainWindow.h"
#include "storage/WorkspaceLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

void GuiStartup::installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"qadesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int GuiStartup::run(QApplication &app)
{
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QApplication::translate("GuiStartup", "The workspace database URL."), u"url"_s});
    parser.process(app);
    const QString url = WorkspaceLocation::resolve(parser.value(u"db"_s));

    MainWindow window;
    window.show();
    window.openWorkspace(url, WorkspaceLocation::isDefaultDemo(url));
    return QApplication::exec();
}

} // namespace qadesk::ui
