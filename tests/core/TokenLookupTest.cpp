#include "helpdesk/KeychainTokenVault.h"
#include "helpdesk/TokenLookup.h"
#include "mail/MailSettings.h"
#include "storage/WorkspaceLocation.h"
#include "storage/SourceStore.h"
#include "support/MemoryTokenVault.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// A keychain that cannot be reached (no session bus, no service): it answers with an error.
class UnreachableVault final : public TokenVault
{
public:
    void read(const QString &, ReadCallback done) override { fail(std::move(done)); }
    void write(const QString &, const QString &, StatusCallback done) override { fail(std::move(done)); }
    void remove(const QString &, StatusCallback done) override { fail(std::move(done)); }

private:
    template<typename Callback>
    void fail(Callback done)
    {
        QTimer::singleShot(0, this, [done] {
            done(std::unexpected(Error{Error::Code::Io, u"the system keychain could not read the API token: "
                                                        u"No keychain service available"_s}));
        });
    }
};

// A keychain that never answers at all.
class SilentVault final : public TokenVault
{
public:
    void read(const QString &, ReadCallback) override {}
    void write(const QString &, const QString &, StatusCallback) override {}
    void remove(const QString &, StatusCallback) override {}
};

} // namespace

TEST_CASE("the token comes from the source's variable, else from the keychain", "[sources][tokens]")
{
    MemoryTokenVault vault;
    vault.tokens.insert(u"kc"_s, u"token-from-keychain"_s);
    const Source fromKeychain{0, u"kc"_s, u"zendesk"_s, u"https://x.example"_s, {}, {}};
    CHECK(TokenLookup::resolve(fromKeychain, vault).value() == u"token-from-keychain"_s);

    qputenv("QADESK_TEST_TOKEN_VAR", "token-from-env");
    const Source fromEnv{0, u"kc"_s, u"zendesk"_s, u"https://x.example"_s, {}, u"QADESK_TEST_TOKEN_VAR"_s};
    CHECK(TokenLookup::resolve(fromEnv, vault).value() == u"token-from-env"_s); // the variable wins
    qunsetenv("QADESK_TEST_TOKEN_VAR");
    const Result<QString> unset = TokenLookup::resolve(fromEnv, vault);
    REQUIRE_FALSE(unset.has_value());
    CHECK(unset.error().message.contains(u"$QADESK_TEST_TOKEN_VAR"_s)); // no silent keychain fallback

    const Source unknown{0, u"none"_s, u"zendesk"_s, u"https://x.example"_s, {}, {}};
    const Result<QString> missing = TokenLookup::resolve(unknown, vault);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(u"source \"none\""_s));

    REQUIRE(TokenLookup::store(vault, u"none"_s, u"stored-token"_s).has_value());
    CHECK(TokenLookup::resolve(unknown, vault).value() == u"stored-token"_s);
    REQUIRE(TokenLookup::remove(vault, u"none"_s).has_value());
    CHECK_FALSE(vault.tokens.contains(u"none"_s));
}

TEST_CASE("a keychain that cannot be reached or does not answer is a clear error, never a hang", "[sources][tokens]")
{
    const Source source{0, u"kc"_s, u"zendesk"_s, u"https://x.example"_s, {}, {}};
    UnreachableVault unreachable;
    const Result<QString> refused = TokenLookup::resolve(source, unreachable);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Io);
    CHECK(refused.error().message.contains(u"source \"kc\": the system keychain could not read"_s));
    const Status notStored = TokenLookup::store(unreachable, u"kc"_s, u"the-secret-token"_s);
    REQUIRE_FALSE(notStored.has_value());
    CHECK_FALSE(notStored.error().message.contains(u"the-secret-token"_s));

    SilentVault silent;
    QElapsedTimer clock;
    clock.start();
    const Result<QString> timedOut = TokenLookup::resolve(source, silent, 300);
    REQUIRE_FALSE(timedOut.has_value());
    CHECK(timedOut.error().message.contains(u"did not answer"_s));
    CHECK(clock.elapsed() < 5000);
    CHECK_FALSE(TokenLookup::store(silent, u"kc"_s, u"the-secret-token"_s, 300).has_value());
}

TEST_CASE("a secret missing from the keychain says what it is and where to enter it", "[sources][mail]")
{
    using qadesk::KeychainTokenVault;
    const QString token = KeychainTokenVault::notFoundMessage(u"zendesk-main"_s);
    CHECK(token.contains(u"API token for source \"zendesk-main\""_s));
    CHECK(token.contains(u"Settings -> Sources"_s));
    const QString mail = KeychainTokenVault::notFoundMessage(qadesk::MailSettings::vaultKey.toString());
    CHECK(mail.contains(u"mail server password"_s));
    CHECK(mail.contains(u"Settings -> Mail"_s));
    CHECK_FALSE(mail.contains(u"Sources"_s));
    const QString database = KeychainTokenVault::notFoundMessage(
        qadesk::WorkspaceLocation::secretName(u"postgresql://qa:secret@db.example:5432/qadesk"_s));
    CHECK(database.contains(u"team database"_s));
    CHECK(database.contains(u"db.example"_s));
    CHECK_FALSE(database.contains(u"secret"_s)); // never the password itself
}
