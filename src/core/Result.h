#pragma once

// A value or a message a user can act on. Returned by every operation that can fail, so the
// caller has to look ([[nodiscard]]) instead of the failure vanishing into a log.

#include <QString>

#include <optional>
#include <utility>

namespace minutebook {

/// Success, or failure with a message. The message is a full sentence for the user.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_message; }

private:
    explicit Status(QString message)
        : m_message(std::move(message))
        , m_failed(true)
    { }
    QString m_message;
    bool m_failed = false;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value means success
        : m_value(std::move(value))
    { }
    Result(Status status) // NOLINT(google-explicit-constructor): returning a failure
        : m_error(status.error())
    {
        Q_ASSERT(!status.ok());
    }
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace minutebook
