#pragma once

#include "MainWindow.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QWidget>

namespace qadesk::test {

// Screenshots for people (README, reviews): written when QADESK_SCREENSHOT_DIR is set.
inline void screenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("QADESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(30); // let pending layout and paint events through, as a user's screen would
    window.grab().save(QDir(dir).filePath(name));
}

inline QWidget *currentPage(ui::MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

// Opens a workspace in the window as `email` and waits until it is ready.
inline void openAs(ui::MainWindow &window, const QString &url, bool seed, const QString &email)
{
    window.resize(1400, 900);
    window.show();
    QSignalSpy ready(&window, &ui::MainWindow::workspaceReady);
    window.openWorkspace(url, seed, email);
    REQUIRE(ready.wait(60000));
}

} // namespace qadesk::test
