#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace qadesk {

// An error is a value: a code for the caller to branch on and a message for the user that
// names the bad field, file or line.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Code {
        InvalidInput, // bad file, bad field, bad argument: the user can fix it (exit code 2)
        NotFound,
        Conflict,
        Storage,
        Io,
        Network,
        Permission,
        Internal,
    };

    Code code = Code::Internal;
    QString message;

    static Error invalid(const QString &message) { return {Code::InvalidInput, message}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message}; }
    static Error storage(const QString &message) { return {Code::Storage, message}; }
    static Error io(const QString &message) { return {Code::Io, message}; }

    // The same error with a prefix naming where it happened ("cards/l1.json: ").
    [[nodiscard]] Error prefixed(const QString &where) const
    {
        QStringList lines = message.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line.prepend(where + QStringLiteral(": "));
        return {code, lines.join(QLatin1Char('\n'))};
    }
    [[nodiscard]] bool isInvalidInput() const { return code == Code::InvalidInput; }
};

template<typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

} // namespace qadesk
