#include "GuiStartup.h"

#include "MainWindow.h"
#include "storage/WorkspaceLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

void GuiStartup::installTranslations(QCoreApplication &app)
{
    // The system language unless the person chose one in Settings -> Language.
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    const QLocale locale = chosen == u"ru"_s   ? QLocale(QLocale::Russian, QLocale::Russia)
                           : chosen == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale();
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"qadesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void GuiStartup::installIcon()
{
    // The installed icon theme's icon (hicolor from the package), else the one built in.
    QIcon builtIn;
    for (const int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(u":/icons/%1x%1/qadesk.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(QADESK_APP_ID), builtIn));
    QGuiApplication::setDesktopFileName(QStringLiteral(QADESK_APP_ID));
}

int GuiStartup::run(QApplication &app)
{
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QApplication::translate("GuiStartup", "The workspace database URL."), u"url"_s});
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("GuiStartup", "Save a picture of the window once the workspace is open, then quit."),
        u"file"_s);
    parser.addOption(screenshot);
    const QCommandLineOption person(
        u"as"_s, QApplication::translate("GuiStartup", "Work as this person (email) instead of asking."), u"email"_s);
    parser.addOption(person);
    parser.process(app);
    installIcon();
    const std::optional<QString> url = WorkspaceLocation::chosen(parser.value(u"db"_s));

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        // Headless pictures for documentation and reviews (QT_QPA_PLATFORM=offscreen).
        const QString file = parser.value(screenshot);
        const auto save = [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        };
        if (url)
            // After the layouts the workspace's texts asked for (queued behind this signal), so
            // the picture shows the window as a person sees it a moment later.
            QObject::connect(&window, &MainWindow::workspaceReady, &window,
                             [&window, save] { QTimer::singleShot(0, &window, save); });
        else
            QTimer::singleShot(0, &window, save);
    }
    if (url)
        window.openWorkspace(*url, WorkspaceLocation::isDefaultDemo(*url), parser.value(person));
    else
        window.showWelcome(); // first run: nothing chosen yet
    return QApplication::exec();
}

} // namespace qadesk::ui
