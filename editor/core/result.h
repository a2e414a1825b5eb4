// Errors are values: an operation that can fail returns a Result carrying
// a message a person can act on.
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace trendweb {

struct Error
{
    QString message; // in Dutch, addressed to the user: what happened and what to do
    QString file;    // the file concerned, when there is one
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in characters; 0 when unknown
    QString detail;  // the technical cause in English, for logs and English messages
    int kind = 0;    // what kind of failure, for callers that offer a next step (e.g.
                     // git::SyncError); 0 when not told apart

    // An error that is only a message to the user.
    static Error withMessage(QString message)
    {
        Error error;
        error.message = std::move(message);
        return error;
    }

    QString toString() const;
};

template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace trendweb
