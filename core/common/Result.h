#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace st {

// What went wrong, as a value: core never shows dialogs or swallows failures into a log line.
// `message` is a sentence for the user; `detail` carries technical text (SQL error, file offset).
struct Error {
    enum class Code {
        InvalidInput,   // the user's data breaks a rule (bad date, vote count, unknown code, ...)
        NotFound,       // a referenced record or file does not exist
        Conflict,       // a unique key is taken, or the record changed since it was read
        BrokenLink,     // a foreign key: the record is still used by others, or points at one not stored
        Storage,        // SQLite refused or failed
        Io,             // a file could not be read or written
        NotADatabase,   // the file is not SQLite, or not one of ours
        NewerSchema,    // written by a newer version of the app
        ConnectionLost, // the team database's server dropped the connection (ConnectionLoss.h)
    };

    Code code = Code::InvalidInput;
    QString message;
    QString detail = {};

    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// A value or an Error. Small on purpose: std::expected is C++23 and GCC 12 lacks it.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}   // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace st
