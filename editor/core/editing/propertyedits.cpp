#include "propertyedits.h"

#include "editing/frontmatteredits.h"
#include "editing/frontmatterlines_p.h"
#include "editing/lemmaedits.h"
#include "editionloader.h"

#include <QHash>
#include <QRegularExpression>

namespace trendweb {

using namespace frontmatter_p;

namespace {

// One top-level key's line in the front matter, found in the lines themselves.
struct KeyLine
{
    bool frontMatter = false; // the text opens with "---" and a closing line follows
    qsizetype openEnd = 0;    // just past the opening line
    qsizetype closeStart = 0; // where the closing line starts
    qsizetype bodyStart = 0;  // just past the closing line
    QString newline = QStringLiteral("\n");
    qsizetype start = -1; // the key's line, without its line end; -1 when there is none
    qsizetype end = -1;
    qsizetype lineEnd = -1;    // past the line's line end
    qsizetype valueStart = -1; // the value as written, quotes included, comment excluded
    qsizetype valueEnd = -1;
    QChar quote; // '"', '\'' or null
    QString value;
};

KeyLine findKey(const QString &text, const QString &key)
{
    KeyLine found;
    const QString prefix = key + QLatin1Char(':');
    qsizetype at = 0;
    int number = 0;
    while (at <= text.size()) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), at);
        const qsizetype lineEnd = next < 0 ? text.size() : next;
        QStringView line = QStringView(text).mid(at, lineEnd - at);
        const bool crlf = line.endsWith(u'\r');
        if (crlf)
            line.chop(1);
        if (number == 0) {
            if (line != u"---")
                return {};
            found.openEnd = next < 0 ? text.size() : next + 1;
            found.newline = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        } else if (line == u"---" || line == u"...") {
            found.frontMatter = true;
            found.closeStart = at;
            found.bodyStart = next < 0 ? text.size() : next + 1;
            return found;
        } else if (found.start < 0 && line.startsWith(prefix)) {
            found.start = at;
            found.end = at + line.size();
            found.lineEnd = next < 0 ? text.size() : next + 1;
            // The value: after the colon and its spaces, up to a comment (" #") or the end.
            qsizetype from = prefix.size();
            while (from < line.size() && line.at(from) == u' ')
                ++from;
            qsizetype to = line.size();
            if (from < line.size() && (line.at(from) == u'"' || line.at(from) == u'\'')) {
                const QChar quote = line.at(from);
                qsizetype close = from + 1;
                while (close < line.size()) {
                    if (quote == u'"' && line.at(close) == u'\\') {
                        close += 2;
                        continue;
                    }
                    if (line.at(close) == quote) {
                        if (quote == u'\'' && close + 1 < line.size() &&
                            line.at(close + 1) == u'\'') {
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    ++close;
                }
                if (close < line.size()) {
                    found.quote = quote;
                    to = close + 1;
                    QString inner = line.mid(from + 1, close - from - 1).toString();
                    if (quote == u'\'')
                        inner.replace(QLatin1String("''"), QLatin1String("'"));
                    else
                        inner.replace(QLatin1String("\\\""), QLatin1String("\""))
                            .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                    found.value = inner;
                }
            }
            if (found.quote.isNull() && from < line.size() && line.at(from) == u'#') {
                to = from; // nothing but a comment
            } else if (found.quote.isNull()) {
                if (const qsizetype comment = line.indexOf(u" #", from); comment >= 0)
                    to = comment;
                while (to > from && line.at(to - 1) == u' ')
                    --to;
                found.value = line.mid(from, to - from).toString();
            }
            found.valueStart = at + from;
            found.valueEnd = at + to;
        }
        if (next < 0)
            break;
        at = next + 1;
        ++number;
    }
    return {}; // never closed: not front matter (yet)
}

// `value` written in the quoting style `quote` had.
QString writtenIn(const QString &value, QChar quote)
{
    if (quote == u'\'')
        return QLatin1Char('\'') + QString(value).replace(QLatin1String("'"), QLatin1String("''")) +
               QLatin1Char('\'');
    if (quote == u'"') {
        const QString plain = yamlScalar(value);
        if (plain.startsWith(QLatin1Char('"')))
            return plain;
        return QLatin1Char('"') +
               QString(value)
                   .replace(QLatin1String("\\"), QLatin1String("\\\\"))
                   .replace(QLatin1String("\""), QLatin1String("\\\"")) +
               QLatin1Char('"');
    }
    return yamlScalar(value);
}

} // namespace

QString frontMatterValue(const QString &text, const QString &key)
{
    const KeyLine line = findKey(text, key);
    return line.frontMatter ? line.value : QString();
}

QString statusOf(const QString &text)
{
    return frontMatterValue(text, QStringLiteral("status")).trimmed();
}

Result<TextEdit> statusEdit(const QString &text, const QString &status)
{
    static const QRegularExpression word(QStringLiteral("^[a-z]+$"));
    if (!word.match(status).hasMatch())
        return Error::withMessage(QObject::tr("\"%1\" is geen status.").arg(status));
    const KeyLine line = findKey(text, QStringLiteral("status"));
    if (!line.frontMatter)
        return noFrontMatter();
    if (line.value.trimmed() == status)
        return TextEdit{};
    const QString written = QStringLiteral("status: ") + status;
    if (line.start >= 0)
        return TextEdit{int(line.start), int(line.end), written};
    return TextEdit{int(line.openEnd), int(line.openEnd), written + line.newline};
}

namespace {

// `number`: written as a YAML number, never quoted.
Result<TextEdit> valueEdit(const QString &text, const QString &key, const QString &value,
                           bool number)
{
    const auto written = [&](QChar quote) {
        return number ? value : quote.isNull() ? yamlScalar(value) : writtenIn(value, quote);
    };
    const KeyLine line = findKey(text, key);
    if (!line.frontMatter)
        return noFrontMatter();
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return Error::withMessage(QObject::tr("Een eigenschap past op één regel."));
    if (line.start < 0) {
        if (value.isEmpty())
            return TextEdit{};
        const int at = int(line.closeStart);
        return TextEdit{at, at, key + QStringLiteral(": ") + written(QChar()) + line.newline};
    }
    if (value.isEmpty())
        return TextEdit{int(line.start), int(line.lineEnd), QString()};
    if (line.value == value)
        return TextEdit{};
    if (line.quote.isNull() &&
        (line.value.startsWith(QLatin1Char('|')) || line.value.startsWith(QLatin1Char('>')) ||
         line.value.startsWith(QLatin1Char('[')) || line.value.startsWith(QLatin1Char('{'))))
        return Error::withMessage(
            QObject::tr("'%1' staat over meer regels geschreven. Pas het aan met Bron tonen.")
                .arg(key));
    if (line.value.isEmpty() && line.quote.isNull()) // "key:" with nothing (but a comment) after it
        return TextEdit{int(line.start), int(line.valueEnd),
                        key + QStringLiteral(": ") + written(QChar()) +
                            (line.valueEnd < line.end ? QStringLiteral(" ") : QString())};
    return TextEdit{int(line.valueStart), int(line.valueEnd), written(line.quote)};
}

} // namespace

Result<TextEdit> frontMatterValueEdit(const QString &text, const QString &key, const QString &value)
{
    return valueEdit(text, key, value, false);
}

Result<TextEdit> titleEdit(const QString &text, const QString &title)
{
    if (title.trimmed().isEmpty())
        return Error::withMessage(QObject::tr("Een lemma heeft een titel nodig. Vul er een in."));
    return frontMatterValueEdit(text, QStringLiteral("title"), title.trimmed());
}

int lengthTargetOf(const QString &text)
{
    bool ok = false;
    const int words = frontMatterValue(text, QStringLiteral("lengte")).toInt(&ok);
    return ok && words > 0 ? words : 0;
}

Result<TextEdit> lengthTargetEdit(const QString &text, int words)
{
    if (words < 0)
        return Error::withMessage(QObject::tr("Een lengte is een aantal woorden, zoals 1500."));
    return valueEdit(text, QStringLiteral("lengte"),
                     words == 0 ? QString() : QString::number(words), true);
}

QStringList authorsOf(const QString &text)
{
    return parsed(text).authors;
}

Result<QString> setAuthors(const QString &text, const QStringList &authors)
{
    const Lines lines(text);
    if (lines.close < 0)
        return noFrontMatter();
    QStringList names;
    for (const QString &author : authors) {
        if (!author.trimmed().isEmpty())
            names << yamlScalar(author.trimmed());
    }
    const auto [first, last] = lines.block(QStringLiteral("authors"));
    if (first < 0 && names.isEmpty())
        return text;
    const bool flow = first >= 0 && lines.lines.at(first).contains(QLatin1Char('['));
    if (first >= 0 && authorsOf(text) == authors)
        return text;
    // An author who stays keeps the line as it was written (its quotes, its indent).
    QHash<QString, QString> kept;
    if (first >= 0 && !flow) {
        QStringList entries;
        for (int i = first + 1; i <= last; ++i) {
            if (lines.lines.at(i).trimmed().startsWith(QLatin1Char('-')))
                entries << lines.lines.at(i);
        }
        const QStringList before = authorsOf(text);
        if (entries.size() == before.size()) {
            for (int i = 0; i < entries.size(); ++i)
                kept.insert(before.at(i), entries.at(i));
        }
    }
    QStringList replacement;
    if (names.isEmpty() || flow) {
        replacement << QStringLiteral("authors: [%1]").arg(names.join(QStringLiteral(", ")));
    } else {
        replacement << lines.lines.value(first, QStringLiteral("authors:"));
        for (const QString &author : authors) {
            if (author.trimmed().isEmpty())
                continue;
            replacement << kept.value(author.trimmed(),
                                      QStringLiteral("  - ") + yamlScalar(author.trimmed()));
        }
    }
    return lines.replaced(QStringLiteral("authors"), replacement);
}

int bodyStartOf(const QString &text)
{
    const KeyLine line = findKey(text, QString(QChar(0)));
    return line.frontMatter ? int(line.bodyStart) : 0;
}

} // namespace trendweb
