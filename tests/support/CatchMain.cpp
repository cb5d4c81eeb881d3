// Our own Catch2 main: it makes the Qt application object the suite needs (a QApplication for
// widget tests, running offscreen, a QCoreApplication otherwise) before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef QADESK_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLocale>

#include "support/PostgresServer.h"

int main(int argc, char *argv[])
{
#ifdef QADESK_TESTS_WITH_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef QADESK_DEFAULT_SCREENSHOT_DIR
    if (qEnvironmentVariableIsEmpty("QADESK_SCREENSHOT_DIR"))
        qputenv("QADESK_SCREENSHOT_DIR", QADESK_DEFAULT_SCREENSHOT_DIR);
#endif
#endif
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("QADeskTests"));
    TestApplication::setApplicationName(QStringLiteral("qadesk-tests"));
    const int failed = Catch::Session().run(argc, argv);
    qadesk::test::PostgresServer::shutdown();
    return failed;
}
