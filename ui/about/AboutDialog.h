#pragma once

#include <QDialog>

namespace qadesk::ui {

// Help → About: the version (from the CMake project version), the licence with its full text,
// and where this run keeps its data: the workspace database and the settings file.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    // `workspace` is the URL as shown to users (never with a password); empty when none is open.
    explicit AboutDialog(const QString &workspace, QWidget *parent = nullptr);
};

} // namespace qadesk::ui
