#pragma once
// Errors are values: a Result<T> holds either a value or an Error with a stable code and a
// translated, user-visible message. Nothing here throws across threads.
#include <QString>
#include <utility>
#include <variant>

namespace od {

struct Error {
    QString code; // stable, machine-readable ("money.invalid", "db.open", ...)
    QString message; // translated, for staff

    Error() = default;
    Error(QString c, QString m) : code(std::move(c)), message(std::move(m)) { }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) { }
    Result(Error error) : m_v(std::move(error)) { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) { }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace od
