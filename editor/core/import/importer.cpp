#include "import/importer.h"

#include "import/bodybuilder.h"
#include "import/importplan.h"
#include "import/seedtext.h"
#include "textfile.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <set>

namespace trendweb::import {

namespace {

// A YAML scalar, quoted only when plain style would be read differently.
QString yamlScalar(const QString &text)
{
    static const QRegularExpression plainSafe(
        QStringLiteral("^[\\p{L}\\p{N}(‘’“”€][^:#\\[\\]{},&*!|>'\"%@`]*$"));
    static const QRegularExpression looksTyped(
        QStringLiteral("^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|true|false|null|yes|no|on|off|~)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (plainSafe.match(text).hasMatch() && !looksTyped.match(text).hasMatch() &&
        !text.endsWith(QLatin1Char(' ')) && !text.contains(QLatin1String(" -")))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<SeedLine> seedLines(const QStringList &seed, const QList<LineRange> &ranges)
{
    QList<SeedLine> lines;
    for (const LineRange &range : ranges) {
        for (int line = qMax(range.first, 1); line <= range.last && line <= seed.size(); ++line)
            lines.append({line, seed[line - 1]});
    }
    return lines;
}

// The title list → lemma slug table, with aliases, for "Klik hier en lees meer over".
class TitleIndex
{
public:
    explicit TitleIndex(const ImportPlan &plan)
    {
        for (const PlannedText &lemma : plan.lemmas) {
            m_slugs.insert(normal(lemma.title), lemma.slug);
            for (const QString &alias : lemma.aliases)
                m_slugs.insert(normal(alias), lemma.slug);
        }
    }

    // Matches a link item; a target letter glued to its end ("…ondermijningP") is allowed.
    QString slugFor(QString item) const
    {
        item = item.trimmed();
        if (const QString slug = m_slugs.value(normal(item)); !slug.isEmpty())
            return slug;
        if (item.size() > 1 && item.back().isUpper() && item[item.size() - 2].isLower())
            return m_slugs.value(normal(item.chopped(1)));
        return {};
    }

private:
    static QString normal(const QString &title) { return title.simplified().toLower(); }
    QHash<QString, QString> m_slugs;
};

struct Tail
{
    QList<SeedLine> captions; // figure captions that landed after the links
    QStringList linkItems;
    QList<SeedLine> noteLines;
    QList<SeedLine> unplaced;
};

// What follows "Klik hier en lees meer over:": the items, letter badges, navigation,
// the note list and its web addresses.
Tail readTail(const QList<SeedLine> &lines)
{
    static const QRegularExpression item(QStringLiteral("^ ?\\t ?(\\S.*)$"));
    Tail tail;
    bool inNotes = false;
    for (const SeedLine &line : lines) {
        if (line.text.trimmed().isEmpty() || isNavigationOrBadge(line.text))
            continue;
        inNotes = inNotes || isNoteStart(line.text) || isUrlLine(line.text);
        if (isCaptionStart(line.text)) {
            tail.captions.append(line);
        } else if (inNotes) {
            tail.noteLines.append(line);
        } else if (const auto m = item.match(line.text); m.hasMatch()) {
            tail.linkItems.append(m.captured(1).trimmed());
        } else {
            tail.unplaced.append(line);
        }
    }
    return tail;
}

struct Written
{
    int footnotes = 0;
    int figures = 0;
};

class Importer
{
public:
    Importer(const ImportPlan &plan, const QStringList &seed, const QString &out)
        : m_plan(plan)
        , m_seed(seed)
        , m_out(out)
        , m_titles(plan)
    {}

    Result<ImportResult> run()
    {
        ImportResult result;
        if (auto written = writeEdition(); !written)
            return written.error();
        if (auto written = writeText(m_plan.intro, QStringLiteral("intro.md"), {}, result);
            !written)
            return written.error();
        for (const PlannedText &thread : m_plan.threads) {
            if (auto written =
                    writeText(thread, QStringLiteral("threads/%1.md").arg(thread.slug), {}, result);
                !written)
                return written.error();
        }
        if (!m_plan.wordList.isEmpty()) {
            // The team's word list for this edition: names and terms that are correct here.
            auto words = readTextFile(m_plan.wordList);
            if (!words)
                return words.error();
            if (auto written = writeTextFile(
                    QDir(m_out).filePath(QStringLiteral("woordenlijst.dic")), words.value());
                !written)
                return written.error();
        }
        for (qsizetype i = 0; i < m_plan.lemmas.size(); ++i) {
            const PlannedText &lemma = m_plan.lemmas[i];
            const int end = i + 1 < m_plan.lemmas.size() ? m_plan.lemmas[i + 1].startLine - 1
                                                         : int(m_seed.size());
            if (auto written = writeLemma(lemma, {lemma.startLine, end}, result); !written)
                return written.error();
            ++result.lemmas;
        }
        return result;
    }

private:
    Result<void> writeEdition()
    {
        QString yaml = QStringLiteral("title: %1\nyear: %2\nedition: %3\npublisher: %4\n")
                           .arg(yamlScalar(m_plan.title))
                           .arg(m_plan.year)
                           .arg(m_plan.edition)
                           .arg(yamlScalar(m_plan.publisher));
        if (!m_plan.councilPeriod.isEmpty())
            yaml += QStringLiteral("council_period: %1\n").arg(yamlScalar(m_plan.councilPeriod));
        yaml += QStringLiteral("lemmas:\n");
        for (const PlannedText &lemma : m_plan.lemmas)
            yaml += QStringLiteral("  - %1\n").arg(lemma.slug);
        yaml += QStringLiteral("threads:\n");
        for (const PlannedText &thread : m_plan.threads)
            yaml += QStringLiteral("  - %1\n").arg(thread.slug);
        return writeTextFile(QDir(m_out).filePath(QStringLiteral("edition.yaml")), yaml);
    }

    // Threads and the introduction: explicit line ranges, notes from an explicit range.
    Result<void> writeText(const PlannedText &text, const QString &path, const QStringList &related,
                           ImportResult &result)
    {
        QList<SeedLine> noteLines = seedLines(m_seed, {text.notes});
        if (text.notes.first == 0)
            noteLines.clear();
        return write(text, path, seedLines(m_seed, text.ranges), noteLines, related, result);
    }

    Result<void> writeLemma(const PlannedText &lemma, LineRange range, ImportResult &result)
    {
        QList<SeedLine> body;
        QList<SeedLine> tailLines;
        bool inTail = false;
        for (int line = range.first; line <= range.last; ++line) {
            const SeedLine seedLine{line, m_seed[line - 1]};
            inTail = inTail || isLinkListStart(seedLine.text);
            if (isLinkListStart(seedLine.text))
                continue;
            (inTail ? tailLines : body).append(seedLine);
        }
        const Tail tail = readTail(tailLines);
        body += tail.captions;
        QStringList related;
        for (const QString &item : tail.linkItems) {
            const QString slug = m_titles.slugFor(item);
            if (slug.isEmpty())
                report(result, lemma, range.first,
                       QStringLiteral("link '%1' past bij geen lemma").arg(item));
            else if (!related.contains(slug))
                related.append(slug);
        }
        for (const SeedLine &line : tail.unplaced)
            report(result, lemma, line.number,
                   QStringLiteral("niet geplaatst na de links: '%1'").arg(line.text.trimmed()));
        return write(lemma, QStringLiteral("lemmas/%1.md").arg(lemma.slug), body, tail.noteLines,
                     related, result);
    }

    Result<void> write(const PlannedText &text, const QString &path, const QList<SeedLine> &body,
                       const QList<SeedLine> &noteLines, const QStringList &related,
                       ImportResult &result)
    {
        QList<SeedLine> urls;
        QList<SeedLine> unplaced;
        QList<ExtractedNote> notes = parseNotes(noteLines, urls, m_plan.keepHyphen, unplaced);
        for (const SeedLine &line : pairUrls(notes, urls))
            report(result, text, line.number,
                   QStringLiteral("webadres zonder voetnoot: %1").arg(line.text));
        for (const SeedLine &line : unplaced)
            report(result, text, line.number,
                   QStringLiteral("niet geplaatst in de voetnoten: '%1'").arg(line.text.trimmed()));

        ReferenceDetector references(m_plan.notFootnotes);
        // A complete note list (1, 2, … N) bounds the references; a fragment does not.
        bool complete = !notes.isEmpty();
        for (qsizetype i = 0; i < notes.size(); ++i)
            complete = complete && notes[i].number == i + 1;
        if (complete)
            references.setLimit(notes.last().number);
        const ImportedBody imported = buildBody(body, m_plan, references);
        for (const QString &line : imported.report)
            result.report.append(text.slug + QStringLiteral(": ") + line);

        // Definitions for every note referenced in the body or by a figure, in number order.
        const QList<int> numbers = references.numbers();
        const std::set<int> used(numbers.begin(), numbers.end());
        QHash<int, const ExtractedNote *> byNumber;
        for (const ExtractedNote &note : notes)
            byNumber.insert(note.number, &note);
        QString definitions;
        for (int number : used) {
            definitions += QStringLiteral("[^%1]:").arg(number);
            if (const ExtractedNote *note = byNumber.value(number)) {
                definitions += QLatin1Char(' ') + note->text;
                for (const QString &url : note->urls)
                    definitions += QStringLiteral(" <%1>").arg(url);
            }
            definitions += QLatin1Char('\n');
        }
        if (!used.empty()) {
            for (int number = 1; number < *used.rbegin(); ++number) {
                if (!used.count(number))
                    report(result, text, 0,
                           QStringLiteral("voetnoot %1 komt in de tekst niet voor").arg(number));
            }
        }
        for (const ExtractedNote &note : notes) {
            if (!used.count(note.number))
                report(result, text, note.seedLine,
                       QStringLiteral("voetnoot %1 heeft tekst maar geen verwijzing")
                           .arg(note.number));
        }
        result.footnotes += int(used.size());
        result.figures += int(imported.figures.size());

        QString front = QStringLiteral("---\ntitle: %1\n").arg(yamlScalar(text.title));
        if (path.startsWith(QLatin1String("lemmas/"))) {
            front += QStringLiteral("status: draft\n");
            if (!text.aliases.isEmpty()) {
                front += QStringLiteral("aliases:\n");
                for (const QString &alias : text.aliases)
                    front += QStringLiteral("  - %1\n").arg(yamlScalar(alias));
            }
            front +=
                related.isEmpty() ? QStringLiteral("related: []\n") : QStringLiteral("related:\n");
            for (const QString &slug : related)
                front += QStringLiteral("  - %1\n").arg(slug);
        }
        if (!imported.figures.isEmpty()) {
            front += QStringLiteral("figures:\n");
            for (const ImportedFigure &figure : imported.figures) {
                front += QStringLiteral("  - id: %1\n    caption: %2\n")
                             .arg(figure.id, yamlScalar(figure.caption));
                if (figure.number == 0)
                    front += QStringLiteral("    numbered: false\n");
                if (!figure.source.isEmpty())
                    front += QStringLiteral("    source: %1\n").arg(yamlScalar(figure.source));
                if (!figure.note.isEmpty())
                    front += QStringLiteral("    note: \"%1\"\n").arg(figure.note);
            }
        }
        front += QStringLiteral("---\n");
        QString markdown = imported.markdown;
        if (!definitions.isEmpty())
            markdown += definitions;
        while (markdown.endsWith(QStringLiteral("\n\n")))
            markdown.chop(1);
        return writeTextFile(QDir(m_out).filePath(path), front + markdown);
    }

    void report(ImportResult &result, const PlannedText &text, int line, const QString &what)
    {
        result.report.append(
            line > 0 ? QStringLiteral("%1: regel %2: %3").arg(text.slug).arg(line).arg(what)
                     : QStringLiteral("%1: %2").arg(text.slug, what));
    }

    const ImportPlan &m_plan;
    const QStringList &m_seed;
    QString m_out;
    TitleIndex m_titles;
};

} // namespace

Result<ImportResult> importEdition(const QString &planPath, const QString &seedPath,
                                   const QString &outputDir)
{
    auto plan = readImportPlan(planPath);
    if (!plan)
        return plan.error();
    auto seedText = readTextFile(seedPath);
    if (!seedText)
        return seedText.error();
    QStringList seed = seedText.value().split(QLatin1Char('\n'));
    for (QString &line : seed) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (auto resolved = resolveStarts(plan.value(), seed); !resolved)
        return Error{resolved.error().message, planPath};
    auto imported = Importer(plan.value(), seed, outputDir).run();
    // A new edition keeps everyone's line endings the same from its first version on.
    if (imported) {
        if (auto attributes = ensureGitAttributes(outputDir); !attributes)
            return attributes.error();
    }
    return imported;
}

} // namespace trendweb::import
