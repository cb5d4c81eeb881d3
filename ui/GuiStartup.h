#pragma once

class QApplication;
class QCoreApplication;

namespace qadesk::ui {

// Starts the window: reads --db, picks the workspace and shows the main window.
class GuiStartup final
{
public:
    // Loads the Russian or English translation for the system language.
    static void installTranslations(QCoreApplication &app);
    static int run(QApplication &app);
};

} // namespace qadesk::ui
