#pragma once

class QApplication;
class QCoreApplication;

namespace qadesk::ui {

// Starts the window: reads --db, picks the workspace (or shows the welcome page on a first run)
// and shows the main window.
class GuiStartup final
{
public:
    // Loads the Russian or English translation for the system language.
    static void installTranslations(QCoreApplication &app);
    // The window icon (the installed theme's, else the built-in one) and the desktop file name.
    static void installIcon();
    static int run(QApplication &app);
};

} // namespace qadesk::ui
