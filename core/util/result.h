#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace waymark {

// The outcome of an operation that can fail with a message a person can read.
// Messages never contain personal data: they name fields, files and rows, not people.
class Status {
public:
    static Status ok() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool isOk() const { return m_error.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QString& error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString message)
        : m_error(message.isEmpty() ? QStringLiteral("unknown error") : std::move(message)) {}
    QString m_error;
};

template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Status failure)
        : m_error(failure.error()) {}
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }
    Status status() const { return isOk() ? Status::ok() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace waymark
