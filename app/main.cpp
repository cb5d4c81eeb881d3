// QA Desk: the window when started without a command, the `qadesk` command line otherwise.
#include "cli/CommandLine.h"
#include "cli/KpiCommand.h"
#include "GuiStartup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("QADesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("qadesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("qadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QADESK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (qadesk::cli::CommandLine::wantsCommand(arguments) && qadesk::cli::KpiCommand::paints(arguments)) {
        // A PDF report is painted with QPainter, which needs a GUI application, but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describe();
        qadesk::ui::GuiStartup::installTranslations(app);
        return qadesk::cli::CommandLine::run(QCoreApplication::arguments());
    }
    if (qadesk::cli::CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describe();
        qadesk::ui::GuiStartup::installTranslations(app);
        return qadesk::cli::CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describe();
    QApplication::setApplicationDisplayName(QStringLiteral("QA Desk"));
    qadesk::ui::GuiStartup::installTranslations(app);
    return qadesk::ui::GuiStartup::run(app);
}
