#pragma once

#include <QString>

#include <optional>

namespace qadesk {

// Which database a run of QA Desk opens: --db, else $QADESK_DB, else the workspace chosen on the
// welcome page (remembered without its password), else — for the command line — the demo
// workspace file in the user's data folder. "demo" as a URL names that demo workspace.
class WorkspaceLocation final
{
public:
    static QString demoDatabasePath();
    static QString defaultUrl();
    // --db, $QADESK_DB or the remembered workspace; nothing when none was ever chosen.
    static std::optional<QString> chosen(const QString &commandLineUrl);
    // chosen(), else the demo workspace.
    static QString resolve(const QString &commandLineUrl);
    static bool isDefaultDemo(const QString &url);

    static QString remembered();
    // Remembers the URL without a password (that goes to the keychain under secretName()).
    static void remember(const QString &url, bool passwordInKeychain = false);
    static bool passwordInKeychain();
    static void forget();
    // The keychain entry holding a team database's password.
    static QString secretName(const QString &url);
};

} // namespace qadesk
