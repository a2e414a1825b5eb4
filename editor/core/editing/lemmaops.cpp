#include "lemmaops.h"

#include "filetransaction.h"
#include "renamelemma.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <functional>

namespace trendweb {

namespace {

QRegularExpression inlineLink(const QString &slug)
{
    return QRegularExpression(
        QStringLiteral("\\[([^\\]]*)\\]\\((?:[^)\\s]*/)?%1\\.md(?:#[^)]*)?\\)")
            .arg(QRegularExpression::escape(slug)));
}

// Applies `edit` to the lines of the front matter's related list and to the body.
QString editDocument(const QString &text, const std::function<bool(QString &)> &relatedLine,
                     const std::function<void(QString &)> &body)
{
    static const QRegularExpression topKey(QStringLiteral("^([A-Za-z_][\\w-]*):"));
    QString front;
    QString rest = text;
    if (text.startsWith(QLatin1String("---\n"))) {
        const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
        if (end >= 0) {
            front = text.left(end + 1);
            rest = text.mid(end + 1);
        }
    }
    QStringList lines = front.split(QLatin1Char('\n'));
    QString key;
    QStringList kept;
    for (QString line : lines) {
        const auto match = topKey.match(line);
        if (match.hasMatch())
            key = match.captured(1);
        if (key == QLatin1String("related") && !relatedLine(line))
            continue; // the list item went
        kept << line;
    }
    body(rest);
    return front.isEmpty() ? rest : kept.join(QLatin1Char('\n')) + rest;
}

// The slug of a block-list line "  - slug  # comment", or a null string.
QString listItem(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*-\\s*([^\\s#]+)\\s*(#.*)?$"));
    const auto match = item.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Drops `slug` from a YAML list line: "[a, slug, b]" loses it; false when the line
// is the item "  - slug" itself, which goes entirely.
bool dropFromList(QString &line, const QString &slug)
{
    const QString listed = listItem(line);
    if (!listed.isNull())
        return listed != slug;
    const QString token = QRegularExpression::escape(slug);
    line.replace(QRegularExpression(QStringLiteral("(?<![\\w-])%1(?![\\w-])\\s*,\\s*").arg(token)),
                 QString());
    line.replace(QRegularExpression(QStringLiteral(",\\s*(?<![\\w-])%1(?![\\w-])").arg(token)),
                 QString());
    line.replace(QRegularExpression(QStringLiteral("\\[\\s*%1\\s*\\]").arg(token)),
                 QStringLiteral("[]"));
    return true;
}

// edition.yaml with `edit` applied to the lines of its lemmas list.
QString editLemmaList(const QString &text, const std::function<void(QStringList &, int, int)> &edit)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool top = !line.isEmpty() && !line.startsWith(QLatin1Char(' ')) &&
                         !line.startsWith(QLatin1Char('-'));
        if (top && first >= 0 && last >= 0)
            break;
        if (line.startsWith(QLatin1String("lemmas:"))) {
            first = last = i;
        } else if (first >= 0 && !top && !line.trimmed().isEmpty()) {
            last = i;
        }
    }
    if (first >= 0)
        edit(lines, first, last);
    return lines.join(QLatin1Char('\n'));
}

Result<QMap<QString, QString>> readAll(const QDir &dir, const QStringList &paths)
{
    QMap<QString, QString> texts;
    for (const QString &path : paths) {
        auto text = readTextFile(dir.filePath(path));
        if (!text)
            return text.error();
        texts.insert(path, text.value());
    }
    return texts;
}

} // namespace

QRegularExpression slugToken(const QString &slug)
{
    return QRegularExpression(
        QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(slug)));
}

QStringList documentPaths(const QString &root)
{
    const QDir dir(root);
    QStringList paths;
    for (const QString &folder : {QStringLiteral("lemmas"), QStringLiteral("threads")}) {
        const QStringList names =
            QDir(dir.filePath(folder)).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            paths << folder + QLatin1Char('/') + name;
    }
    if (QFileInfo::exists(dir.filePath(QStringLiteral("intro.md"))))
        paths << QStringLiteral("intro.md");
    return paths;
}

QString slugFromTitle(const QString &title)
{
    QString plain;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    plain = plain.toLower();
    plain.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (plain.startsWith(QLatin1Char('-')))
        plain.remove(0, 1);
    while (plain.endsWith(QLatin1Char('-')))
        plain.chop(1);
    return plain;
}

Result<QString> createLemma(const QString &root, const QString &title)
{
    const QDir dir(root);
    const QString slug = slugFromTitle(title);
    if (slug.isEmpty())
        return Error{QStringLiteral("Geef het nieuwe lemma een titel met letters of cijfers.")};
    const QString path = QStringLiteral("lemmas/%1.md").arg(slug);
    if (QFileInfo::exists(dir.filePath(path))) {
        return Error{QStringLiteral("Er is al een lemma ‘%1’; kies een andere titel.").arg(slug)};
    }
    auto edition = readTextFile(dir.filePath(QStringLiteral("edition.yaml")));
    if (!edition)
        return edition.error();
    bool added = false;
    const QString list = editLemmaList(edition.value(), [&](QStringList &lines, int first,
                                                            int last) {
        QString &head = lines[first];
        const qsizetype close = head.lastIndexOf(QLatin1Char(']'));
        if (head.contains(QLatin1Char('[')) && close > 0) { // lemmas: [a, b]
            const bool empty = head.mid(head.indexOf(QLatin1Char('[')) + 1,
                                        close - head.indexOf(QLatin1Char('[')) - 1)
                                   .trimmed()
                                   .isEmpty();
            head.insert(close, empty ? slug : QStringLiteral(", ") + slug);
        } else { // a block list: the new item under the last, indented the same way
            static const QRegularExpression indent(QStringLiteral("^(\\s*-\\s*)"));
            const auto match = indent.match(lines.at(last));
            lines.insert(last + 1,
                         (match.hasMatch() ? match.captured(1) : QStringLiteral("  - ")) + slug);
        }
        added = true;
    });
    if (!added)
        return Error{
            QStringLiteral("edition.yaml heeft geen lijst ‘lemmas:’; voeg die eerst toe.")};

    QString yamlTitle = title.trimmed();
    yamlTitle.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    yamlTitle.replace(QLatin1Char('"'), QLatin1String("\\\""));
    const QString text = QStringLiteral("---\ntitle: \"%1\"\nstatus: draft\nrelated: []\n---\n\n"
                                        "## Relevantie voor Overijsselse gemeenten\n\n")
                             .arg(yamlTitle);
    FileTransaction transaction(root);
    transaction.writeText(path, text);
    transaction.writeText(QStringLiteral("edition.yaml"), list);
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QStringLiteral("Het lemma is niet gemaakt. %1").arg(error.message);
        return error;
    }
    return slug;
}

Result<void> moveLemma(const QString &root, const QString &slug, int step)
{
    const QString path = QDir(root).filePath(QStringLiteral("edition.yaml"));
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    QString problem = QStringLiteral("‘%1’ staat niet in de lijst van lemma's.").arg(slug);
    const QString moved = editLemmaList(text.value(), [&](QStringList &lines, int first, int last) {
        static const QRegularExpression flow(QStringLiteral("\\[(.*)\\]"));
        const auto list = flow.match(lines.at(first));
        if (list.hasMatch()) { // lemmas: [a, b, c]
            QStringList slugs = list.captured(1).split(QLatin1Char(','));
            for (QString &each : slugs)
                each = each.trimmed();
            const qsizetype at = slugs.indexOf(slug);
            if (at < 0)
                return;
            if (at + step < 0 || at + step >= slugs.size()) {
                problem = QStringLiteral("‘%1’ staat al %2.")
                              .arg(slug, step < 0 ? QStringLiteral("vooraan")
                                                  : QStringLiteral("achteraan"));
                return;
            }
            slugs.move(at, at + step);
            lines[first].replace(list.capturedStart(1), list.capturedLength(1),
                                 slugs.join(QStringLiteral(", ")));
            problem.clear();
            return;
        }
        QList<int> items; // the lines of the block list
        for (int i = first + 1; i <= last; ++i) {
            if (!listItem(lines.at(i)).isNull())
                items << i;
        }
        for (int k = 0; k < items.size(); ++k) {
            if (listItem(lines.at(items.at(k))) != slug)
                continue;
            if (k + step < 0 || k + step >= items.size()) {
                problem = QStringLiteral("‘%1’ staat al %2.")
                              .arg(slug, step < 0 ? QStringLiteral("vooraan")
                                                  : QStringLiteral("achteraan"));
                return;
            }
            lines.swapItemsAt(items.at(k), items.at(k + step));
            problem.clear();
            return;
        }
    });
    if (!problem.isEmpty())
        return Error{problem, QStringLiteral("edition.yaml")};
    return writeEditionFile(root, QStringLiteral("edition.yaml"), moved);
}

QStringList referencesTo(const QString &root, const QString &slug)
{
    const QDir dir(root);
    const QRegularExpression token = slugToken(slug);
    const QRegularExpression link = inlineLink(slug);
    const QString own = QStringLiteral("lemmas/%1.md").arg(slug);
    QStringList found;
    for (const QString &path : documentPaths(root)) {
        if (path == own)
            continue;
        const auto text = readTextFile(dir.filePath(path));
        if (!text)
            continue;
        bool refers = false;
        editDocument(
            text.value(),
            [&](QString &line) {
                refers = refers || line.contains(token);
                return true;
            },
            [&](QString &body) { refers = refers || body.contains(link); });
        if (refers)
            found << path;
    }
    return found;
}

Result<QStringList> deleteLemma(const QString &root, const QString &slug, bool removeLinks)
{
    const QDir dir(root);
    const QString path = QStringLiteral("lemmas/%1.md").arg(slug);
    if (!QFileInfo::exists(dir.filePath(path)))
        return Error{QStringLiteral("Er is geen lemma ‘%1’ in deze editie.").arg(slug)};
    const QStringList referring = referencesTo(root, slug);
    if (!referring.isEmpty() && !removeLinks) {
        return Error{QStringLiteral("‘%1’ wordt nog genoemd in %2. Haal die verwijzingen weg, of "
                                    "verwijder het lemma samen met die verwijzingen.")
                         .arg(slug, referring.join(QStringLiteral(", ")))};
    }
    auto texts = readAll(dir, QStringList(referring) << QStringLiteral("edition.yaml"));
    if (!texts)
        return texts.error();

    QMap<QString, QString> changed;
    const QRegularExpression link = inlineLink(slug);
    for (const QString &document : referring) {
        changed.insert(document,
                       editDocument(
                           texts->value(document),
                           [&](QString &line) { return dropFromList(line, slug); },
                           [&](QString &body) { body.replace(link, QStringLiteral("\\1")); }));
    }
    changed.insert(QStringLiteral("edition.yaml"),
                   editLemmaList(texts->value(QStringLiteral("edition.yaml")),
                                 [&](QStringList &lines, int first, int last) {
                                     for (int i = last; i >= first; --i) {
                                         if (!dropFromList(lines[i], slug))
                                             lines.removeAt(i);
                                     }
                                 }));

    FileTransaction transaction(root);
    QStringList written;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        transaction.writeText(it.key(), it.value());
        written << it.key();
    }
    transaction.remove(path);
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QStringLiteral("Het lemma is niet verwijderd. %1").arg(error.message);
        return error;
    }
    written << path;
    return written;
}

} // namespace trendweb
