// User name and token for HTTPS on the command line, found the way Git finds them: the user
// in the URL, Git's credential helpers (`git credential fill`), GIT_ASKPASS, then
// TRENDWEB_GIT_USER/TRENDWEB_GIT_TOKEN, then, on a terminal only, a question whose answer is
// not shown. A secret is never printed.
#pragma once

#include <QString>
#include <QTextStream>
#include <optional>
#include <utility>

namespace trendweb::cli {

class TerminalCredentials
{
public:
    explicit TerminalCredentials(QTextStream &err)
        : m_err(err)
    {}

    // For RemoteCallbacks::askCredentials.
    std::optional<std::pair<QString, QString>> ask(const QString &url);
    // For RemoteCallbacks::secretVerdict: Git's helpers keep a token the server accepted
    // and forget one it refused.
    void verdict(bool accepted);

private:
    enum class Source { None, Helper, AskPass, Environment, Terminal };
    QTextStream &m_err;
    QString m_url;
    QString m_user;
    QString m_token;
    Source m_source = Source::None;
};

} // namespace trendweb::cli
