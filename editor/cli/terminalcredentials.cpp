#include "terminalcredentials.h"

#include "command.h"
#include "messages.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace trendweb::cli {

namespace {

// Git's credential protocol for this URL: protocol, host (with port) and the user if known.
QByteArray describe(const QUrl &url, const QString &user, const QString &token = {})
{
    QByteArray text = "protocol=" + url.scheme().toUtf8() + "\nhost=" + url.host().toUtf8();
    if (url.port() > 0)
        text += ':' + QByteArray::number(url.port());
    text += '\n';
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        text += "path=" + path.toUtf8() + '\n';
    if (!user.isEmpty())
        text += "username=" + user.toUtf8() + '\n';
    if (!token.isEmpty())
        text += "password=" + token.toUtf8() + '\n';
    return text + '\n';
}

// Runs `git credential ACTION` with the description on stdin; Git itself asks nobody (no
// terminal, no askpass): that is ours to do, in our order. Empty output when it fails.
std::optional<QByteArray> gitCredential(const QString &action, const QByteArray &input)
{
    QProcess git;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.remove(QStringLiteral("GIT_ASKPASS"));
    environment.remove(QStringLiteral("SSH_ASKPASS"));
    git.setProcessEnvironment(environment);
    git.start(QStringLiteral("git"), {QStringLiteral("-c"), QStringLiteral("core.askPass="),
                                      QStringLiteral("credential"), action});
    if (!git.waitForStarted(10000))
        return std::nullopt; // no git here: no helpers either
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(60000)) {
        git.kill();
        git.waitForFinished();
        return std::nullopt;
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return std::nullopt;
    return git.readAllStandardOutput();
}

// GIT_ASKPASS: a program that prints the answer to its question.
std::optional<QString> askPass(const QString &program, const QString &question)
{
    QProcess process;
    process.start(program, {question});
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    QString answer = QString::fromUtf8(process.readAllStandardOutput());
    while (answer.endsWith(QLatin1Char('\n')) || answer.endsWith(QLatin1Char('\r')))
        answer.chop(1);
    return answer;
}

QString readLine()
{
    char buffer[4096];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// A line typed without it being shown on the screen.
QString readSecretLine()
{
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios hidden = old;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QString secret = readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    return secret;
}

} // namespace

std::optional<std::pair<QString, QString>> TerminalCredentials::ask(const QString &url)
{
    const QUrl parsed(url);
    m_url = url;
    m_user = parsed.userName(); // https://anne@host/…: Anne is the user
    m_token.clear();
    m_source = Source::None;
    QUrl bare = parsed;
    bare.setUserInfo({});
    const QString place = bare.toString();

    if (const auto filled = gitCredential(QStringLiteral("fill"), describe(parsed, m_user))) {
        QString user = m_user;
        QString token;
        for (const QByteArray &line : filled->split('\n')) {
            if (line.startsWith("username="))
                user = QString::fromUtf8(line.mid(9));
            else if (line.startsWith("password="))
                token = QString::fromUtf8(line.mid(9));
        }
        if (!user.isEmpty() && !token.isEmpty()) {
            m_user = user;
            m_token = token;
            m_source = Source::Helper;
            return std::make_pair(m_user, m_token);
        }
    }

    if (const QString program = qEnvironmentVariable("GIT_ASKPASS"); !program.isEmpty()) {
        QString user = m_user;
        if (user.isEmpty())
            user = askPass(program, QStringLiteral("Username for '%1': ").arg(place))
                       .value_or(QString());
        if (!user.isEmpty()) {
            QUrl withUser = bare;
            withUser.setUserName(user);
            const auto token =
                askPass(program, QStringLiteral("Password for '%1': ").arg(withUser.toString()));
            if (token && !token->isEmpty()) {
                m_user = user;
                m_token = *token;
                m_source = Source::AskPass;
                return std::make_pair(m_user, m_token);
            }
        }
    }

    const QString token = qEnvironmentVariable("TRENDWEB_GIT_TOKEN");
    const QString user = m_user.isEmpty() ? qEnvironmentVariable("TRENDWEB_GIT_USER") : m_user;
    if (!user.isEmpty() && !token.isEmpty()) {
        m_user = user;
        m_token = token;
        m_source = Source::Environment;
        return std::make_pair(m_user, m_token);
    }

    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    if (m_user.isEmpty()) {
        m_err << CliText::tr("Gebruikersnaam voor %1: ").arg(place) << Qt::flush;
        m_user = readLine().trimmed();
    }
    m_err << CliText::tr("Token of wachtwoord voor %1 (wordt niet getoond): ").arg(m_user)
          << Qt::flush;
    m_token = readSecretLine();
    if (m_user.isEmpty() || m_token.isEmpty())
        return std::nullopt;
    m_source = Source::Terminal;
    return std::make_pair(m_user, m_token);
}

void TerminalCredentials::verdict(bool accepted)
{
    // A token from the environment is the caller's to keep; Git's helpers are not told.
    if (m_source == Source::None || m_source == Source::Environment)
        return;
    gitCredential(accepted ? QStringLiteral("approve") : QStringLiteral("reject"),
                  describe(QUrl(m_url), m_user, m_token));
    m_token.clear();
}

} // namespace trendweb::cli
