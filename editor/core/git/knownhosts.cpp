// Reading and writing OpenSSH's known_hosts. A line is "[marker] hosts type base64 [comment]";
// hosts is a comma-separated list of patterns, or one "|1|salt|hash" (HMAC-SHA1 of the name).
#include "git/knownhosts.h"

#include "messages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace trendweb::git {

namespace {

// OpenSSH's patterns: only * and ? are special ("[host]:port" is literal).
bool globMatches(const QString &pattern, const QString &name)
{
    QString expression;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::CaseInsensitiveOption)
        .match(name)
        .hasMatch();
}

bool hostsMatch(const QString &hosts, const QString &name)
{
    if (hosts.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = hosts.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) ==
               hash;
    }
    bool matched = false;
    for (const QString &pattern : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (globMatches(pattern.mid(1), name))
                return false; // a negation wins
        } else if (globMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

struct Entry
{
    int line = 0;
    bool matches = false;
    HostKey key;
};

// The lines of a file that are host entries (markers such as @cert-authority are skipped).
QList<Entry> entriesFor(const QStringList &lines, const QString &name)
{
    QList<Entry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('@')))
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (fields.size() < 3)
            continue;
        Entry entry;
        entry.line = i + 1;
        entry.matches = hostsMatch(fields[0], name);
        entry.key = {fields[1], QByteArray::fromBase64(fields[2].toLatin1())};
        entries.append(entry);
    }
    return entries;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

} // namespace

QString HostKey::fingerprint() const
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

HostKeyCheck checkHostKey(const QStringList &files, const QString &name, const HostKey &key)
{
    HostKeyCheck check;
    bool sameTypeDiffers = false;
    for (const QString &file : files) {
        for (const Entry &entry : entriesFor(readLines(file), name)) {
            if (!entry.matches)
                continue;
            if (entry.key.type == key.type && entry.key.blob == key.blob) {
                check.state = HostKeyCheck::Known;
                check.others.clear();
                return check;
            }
            sameTypeDiffers = sameTypeDiffers || entry.key.type == key.type;
            check.others.append({file, entry.line, entry.key});
        }
    }
    check.state = sameTypeDiffers ? HostKeyCheck::Changed : HostKeyCheck::Unknown;
    return check;
}

Result<void> rememberHostKey(const QString &file, const QString &name, const HostKey &key,
                             bool hashed)
{
    QString hosts = name;
    if (hashed) {
        QByteArray salt(20, Qt::Uninitialized);
        for (char &byte : salt)
            byte = char(QRandomGenerator::system()->bounded(256));
        hosts = QStringLiteral("|1|%1|%2")
                    .arg(QString::fromLatin1(salt.toBase64()),
                         QString::fromLatin1(QMessageAuthenticationCode::hash(
                                                 name.toUtf8(), salt, QCryptographicHash::Sha1)
                                                 .toBase64()));
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    const bool existed = out.exists() && out.size() > 0;
    if (!out.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error{
            GitText::tr("Kan de sleutel van de server niet onthouden: %1 is niet te schrijven.")
                .arg(file),
            file};
    QByteArray text;
    if (existed) {
        out.seek(out.size() - 1);
        if (out.read(1) != "\n")
            text += '\n';
    }
    text += QStringLiteral("%1 %2 %3\n")
                .arg(hosts, key.type, QString::fromLatin1(key.blob.toBase64()))
                .toUtf8();
    if (out.write(text) != text.size() || !out.flush())
        return Error{
            GitText::tr("Kan de sleutel van de server niet onthouden: %1 is niet te schrijven.")
                .arg(file),
            file};
    return {};
}

Result<QList<KnownHostLine>> forgetHost(const QStringList &files, const QString &name)
{
    QList<KnownHostLine> removed;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue;
        QStringList lines = readLines(file);
        QList<int> drop;
        for (const Entry &entry : entriesFor(lines, name)) {
            if (entry.matches) {
                drop.prepend(entry.line - 1);
                removed.append({file, entry.line, entry.key});
            }
        }
        if (drop.isEmpty())
            continue;
        for (int index : drop)
            lines.removeAt(index);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(lines.join(QLatin1Char('\n')).toUtf8()) < 0 || !out.commit())
            return Error{GitText::tr("Kan %1 niet bijwerken; uit dat bestand is niets verwijderd.")
                             .arg(file),
                         file};
    }
    return removed;
}

} // namespace trendweb::git
