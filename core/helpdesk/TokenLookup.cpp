#include "TokenLookup.h"

#include "helpdesk/ConnectorFactory.h"
#include "helpdesk/TokenVault.h"
#include "storage/SourceStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Runs `start` and waits for the value it delivers, at most `timeoutMs`. An answer after the
// timeout lands in the shared state and is dropped.
template<typename T>
std::optional<T> waitFor(int timeoutMs, const std::function<void(std::function<void(T)>)> &start)
{
    struct State
    {
        std::optional<T> value;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](T value) {
        if (state->value)
            return;
        state->value = std::move(value);
        if (state->loop)
            state->loop->quit();
    });
    if (!state->value) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    return std::move(state->value);
}

Error noAnswer(int timeoutMs)
{
    return Error{Error::Code::Io, TokenLookup::tr("the system keychain did not answer within %n s (is a keychain "
                                                  "service running in this session?)",
                                                  nullptr, (timeoutMs + 999) / 1000)};
}

} // namespace

Result<QString> TokenLookup::resolve(const Source &source, TokenVault &vault, int timeoutMs)
{
    if (!source.tokenEnvironment.isEmpty())
        return ConnectorFactory::tokenFor(source);
    const std::optional<Result<QString>> token = waitFor<Result<QString>>(
        timeoutMs, [&](std::function<void(Result<QString>)> done) { vault.read(source.name, std::move(done)); });
    if (!token)
        return std::unexpected(noAnswer(timeoutMs).prefixed(tr("source \"%1\"").arg(source.name)));
    if (!*token)
        return std::unexpected(token->error().prefixed(tr("source \"%1\"").arg(source.name)));
    if (token->value().isEmpty())
        return std::unexpected(Error::invalid(tr("source \"%1\": the API token in the system keychain is empty; store "
                                                 "it again with 'qadesk sources edit %1 --token-stdin'")
                                                  .arg(source.name)));
    return token->value();
}

Status TokenLookup::store(TokenVault &vault, const QString &sourceName, const QString &token, int timeoutMs)
{
    const std::optional<Status> stored = waitFor<Status>(
        timeoutMs, [&](std::function<void(Status)> done) { vault.write(sourceName, token, std::move(done)); });
    if (!stored)
        return std::unexpected(noAnswer(timeoutMs));
    return *stored;
}

Status TokenLookup::remove(TokenVault &vault, const QString &sourceName, int timeoutMs)
{
    const std::optional<Status> removed = waitFor<Status>(
        timeoutMs, [&](std::function<void(Status)> done) { vault.remove(sourceName, std::move(done)); });
    if (!removed)
        return std::unexpected(noAnswer(timeoutMs));
    return *removed;
}

} // namespace qadesk
