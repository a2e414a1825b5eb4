#include "import/bodybuilder.h"

#include "bodymarkers.h"
#include "import/seedtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace trendweb::import {

namespace {

struct Block
{
    enum Kind { Paragraph, Heading, ListItem, Marker } kind = Paragraph;
    QString text;
    QString lastRaw;     // the last seed line that went into it, as printed
    bool closed = false; // the plan says the paragraph ends here
    int lastLine = 0;    // its number
};

// Characters that would start Markdown structure at the beginning of a paragraph.
QString escapeMarkdown(QString text)
{
    static const QRegularExpression orderedList(QStringLiteral("^(\\d+)\\. "));
    text.replace(QLatin1Char('*'), QLatin1String("\\*"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    text.replace(QLatin1Char('<'), QLatin1String("\\<"));
    if (const auto m = orderedList.match(text); m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + QStringLiteral("\\. "));
    if (text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1String("- ")) ||
        text.startsWith(QLatin1String("+ ")) || text.startsWith(QLatin1Char('>')))
        text.prepend(QLatin1Char('\\'));
    return text;
}

class Builder
{
public:
    Builder(const QList<SeedLine> &lines, const ImportPlan &plan, ReferenceDetector &references)
        : m_lines(lines)
        , m_plan(plan)
        , m_references(references)
    {
        for (const Rewording &rewording : plan.rewordings) {
            for (SeedLine &line : m_lines) {
                if (line.number == rewording.line && line.text.contains(rewording.text))
                    line.text.replace(rewording.text, rewording.replacement);
            }
        }
        // A paragraph split in two within a line: the line becomes two, the first ending it.
        for (const Rewording &split : plan.paragraphSplits) {
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                const qsizetype at = m_lines[i].text.indexOf(split.text);
                if (m_lines[i].number != split.line || at < 0)
                    continue;
                const qsizetype end = at + split.text.size();
                SeedLine rest{m_lines[i].number, m_lines[i].text.mid(end).trimmed() + u' '};
                m_lines[i].text = m_lines[i].text.left(end) + u' ';
                m_lines.insert(i + 1, rest);
                m_splitEnds.insert(int(i));
                break;
            }
        }
    }

    ImportedBody run()
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const qsizetype first = i;
            i = take(i);
            for (qsizetype j = first; j <= i; ++j)
                afterLine(m_lines[j].number);
        }
        placeByNotes();
        assignIds();
        ImportedBody body;
        body.report = m_report;
        body.figures = m_figures;
        std::stable_sort(
            body.figures.begin(), body.figures.end(),
            [](const ImportedFigure &a, const ImportedFigure &b) { return a.block < b.block; });
        body.markdown = markdown(body.figures);
        return body;
    }

private:
    // What the plan says follows a line: a list or table the extraction lost, a figure.
    void afterLine(int number)
    {
        const auto marker = [this, number](QString text, int note) {
            if (note > 0) {
                text += QStringLiteral("[^%1]").arg(note);
                m_references.cite(note);
            }
            if (!m_blocks.isEmpty())
                m_blocks.last().closed = true;
            m_blocks.append({Block::Marker, text, text, true, number});
        };
        if (m_plan.lostLists.contains(number))
            marker(QStringLiteral("[[lijst ontbreekt in de bron]]"), m_plan.lostLists[number]);
        if (m_plan.lostTables.contains(number))
            marker(QStringLiteral("[[tabel ontbreekt in de bron]]"), m_plan.lostTables[number]);
        for (const LostFigure &lost : m_plan.lostFigures) {
            if (lost.line != number)
                continue;
            ImportedFigure figure;
            figure.number = lost.number;
            figure.caption = lost.caption;
            figure.source = lost.source;
            figure.seedLine = number;
            figure.block = int(m_blocks.size());
            if (lost.note > 0) {
                figure.note = QString::number(lost.note);
                m_references.cite(lost.note);
            }
            m_figures.append(figure);
        }
    }

    // The print numbers notes in reading order, figure captions included: a figure sits
    // between the text's first references to the notes before and after the one its source
    // cites. Of the places between paragraphs that allow this, the one nearest to where the
    // extraction put the caption.
    void placeByNotes()
    {
        static const QRegularExpression reference(QStringLiteral("\\[\\^(\\d+)\\]"));
        QHash<int, int> firstBlock;
        for (int b = 0; b < m_blocks.size(); ++b) {
            for (auto it = reference.globalMatch(m_blocks[b].text); it.hasNext();) {
                const int label = it.next().captured(1).toInt();
                if (!firstBlock.contains(label))
                    firstBlock.insert(label, b);
            }
        }
        for (ImportedFigure &figure : m_figures) {
            const int note = figure.note.toInt();
            if (note <= 0 || firstBlock.contains(note))
                continue;
            int from = 0;
            int to = int(m_blocks.size());
            for (auto it = firstBlock.cbegin(); it != firstBlock.cend(); ++it) {
                if (it.key() < note)
                    from = qMax(from, it.value() + 1);
                else
                    to = qMin(to, it.value());
            }
            if (from > to) {
                m_report.append(QStringLiteral("regel %1: figuur %2 citeert voetnoot %3, die in "
                                               "de druk midden in een alinea valt")
                                    .arg(figure.seedLine)
                                    .arg(figure.number)
                                    .arg(note));
                continue;
            }
            // Not between a heading and its text, when there is room.
            int place = std::clamp(figure.block, from, to);
            while (place > from && place > 0 && m_blocks[place - 1].kind == Block::Heading)
                --place;
            figure.block = place;
        }
        // A figure that no note places keeps the printed order among the numbered ones.
        for (ImportedFigure &figure : m_figures) {
            const int note = figure.note.toInt();
            if (figure.number == 0 || (note > 0 && !firstBlock.contains(note)))
                continue;
            for (const ImportedFigure &other : std::as_const(m_figures)) {
                if (other.number == 0 || &other == &figure)
                    continue;
                if (other.number > figure.number)
                    figure.block = qMin(figure.block, other.block);
                else if (other.number < figure.number)
                    figure.block = qMax(figure.block, other.block);
            }
        }
        // At one place, in the order of their notes (or printed numbers).
        std::stable_sort(m_figures.begin(), m_figures.end(),
                         [](const ImportedFigure &a, const ImportedFigure &b) {
                             if (a.block != b.block)
                                 return a.block < b.block;
                             if (a.number != 0 && b.number != 0)
                                 return a.number < b.number;
                             return false;
                         });
    }

    void assignIds()
    {
        QSet<QString> ids;
        for (ImportedFigure &figure : m_figures) {
            QString id = slugify(figure.caption);
            if (id.isEmpty())
                id = QStringLiteral("figuur-%1").arg(figure.number);
            const QString base = id;
            for (int n = 2; ids.contains(id); ++n)
                id = base + QStringLiteral("-%1").arg(n);
            ids.insert(id);
            figure.id = id;
        }
    }

    bool isNoise(const SeedLine &line) const
    {
        for (const LineRange &range : m_plan.debris) {
            if (range.contains(line.number))
                return true;
        }
        return isNavigationOrBadge(line.text) || isUppercaseLine(line.text);
    }

    bool isCaption(const SeedLine &line) const
    {
        return isCaptionStart(line.text) || m_plan.captions.contains(line.number);
    }

    bool currentOpen() const
    {
        return !m_blocks.isEmpty() && !m_blocks.last().closed &&
               (continues(m_blocks.last().lastRaw) ||
                m_plan.runsOn.contains(m_blocks.last().lastLine));
    }

    // The next line of text after `index` that is not blank and not debris.
    const SeedLine *nextText(qsizetype index) const
    {
        for (qsizetype j = index + 1; j < m_lines.size(); ++j) {
            if (m_lines[j].text.trimmed().isEmpty())
                return nullptr; // a heading has its text right below it
            if (!isNoise(m_lines[j]))
                return &m_lines[j];
        }
        return nullptr;
    }

    bool isHeading(qsizetype index) const
    {
        const SeedLine &line = m_lines[index];
        if (m_plan.headings.contains(line.number))
            return true;
        if (m_plan.notHeadings.contains(line.number))
            return false;
        // After a line that runs on, only a short title after a finished sentence is a
        // heading: some paragraphs end in a space all the same.
        static const QRegularExpression sentenceEnd(
            QStringLiteral("[.?!’”)]\\d{0,2}(,\\d{1,2})* $"));
        const bool afterSentence =
            !m_blocks.isEmpty() && sentenceEnd.match(m_blocks.last().lastRaw).hasMatch();
        if (currentOpen() &&
            (!afterSentence || line.text.trimmed().split(QLatin1Char(' ')).size() > 8))
            return false;
        const QString text = line.text.trimmed();
        if (text.isEmpty() || continues(line.text) || line.text.startsWith(QLatin1Char('\t')) ||
            text.size() > 90)
            return false;
        if (!text.front().isUpper() && !text.front().isDigit())
            return false;
        if (text.split(QLatin1Char(' ')).size() > 12 || QStringView(u".,;:").contains(text.back()))
            return false;
        const SeedLine *next = nextText(index);
        if (!next || isCaption(*next) || isNoteStart(next->text))
            return false;
        const QString nextText = next->text.trimmed();
        return !currentOpen() || (!nextText.isEmpty() && nextText.front().isUpper());
    }

    qsizetype take(qsizetype i)
    {
        const SeedLine &line = m_lines[i];
        if (line.text.trimmed().isEmpty() || isNoise(line))
            return i;
        if (isCaption(line))
            return takeCaption(i);
        for (const LineRange &joined : m_plan.joinedHeadings) {
            if (joined.first == line.number) {
                QString text;
                qsizetype j = i;
                for (; j < m_lines.size() && m_lines[j].number <= joined.last; ++j)
                    text = text.isEmpty() ? m_lines[j].text : joinLines(text, m_lines[j].text, {});
                m_blocks.append({Block::Heading, text.trimmed(), m_lines[j - 1].text.trimmed(),
                                 false, m_lines[j - 1].number});
                return j - 1;
            }
        }
        if (isHeading(i)) {
            m_blocks.append(
                {Block::Heading, line.text.trimmed(), line.text.trimmed(), false, line.number});
            return i;
        }

        QString raw = line.text;
        if (raw.startsWith(QLatin1Char(' ')))
            raw.remove(0, 1); // the space that starts a page
        const bool open = currentOpen();
        const QString marked = m_references.markLine(raw, open);
        const bool listLine = raw.startsWith(QLatin1Char('\t'));
        if (open && !(listLine && m_blocks.last().kind != Block::ListItem)) {
            Block &block = m_blocks.last();
            // joinLines decides on the printed line end: a space there means no break hyphen.
            const QString first = block.lastRaw.endsWith(QLatin1Char(' '))
                                      ? block.text + QLatin1Char(' ')
                                      : block.text;
            const QString next = listLine ? marked.mid(1) : marked;
            // A line the plan says runs on ends mid-word: "(on)" | "mogelijkheden".
            block.text = m_plan.runsOn.contains(block.lastLine)
                             ? block.text + next.trimmed()
                             : joinLines(first, next, m_plan.keepHyphen);
            block.lastRaw = raw;
            block.lastLine = line.number;
        } else {
            QString text = (listLine ? marked.mid(1) : marked).trimmed();
            if (text.startsWith(QChar(1)))
                text.remove(0, 1);
            m_blocks.append(
                {listLine ? Block::ListItem : Block::Paragraph, text, raw, false, line.number});
        }
        m_blocks.last().closed =
            m_plan.paragraphEnds.contains(line.number) || m_splitEnds.contains(int(i));
        return i;
    }

    qsizetype takeCaption(qsizetype i)
    {
        QString text = m_lines[i].text.trimmed();
        qsizetype j = i + 1;
        while (j < m_lines.size()) {
            const SeedLine &next = m_lines[j];
            if (m_plan.captionContinuations.contains(next.number)) {
                text = joinLines(text + QLatin1Char(' '), next.text.trimmed(), m_plan.keepHyphen);
            } else if (next.text.trimmed().isEmpty() && j + 1 < m_lines.size() &&
                       m_plan.captionContinuations.contains(m_lines[j + 1].number)) {
                // a blank line inside a caption the plan names
            } else if (next.text.startsWith(QLatin1Char('\t'))) {
                text = joinLines(text.endsWith(QLatin1Char('-')) ? text : text + QLatin1Char(' '),
                                 next.text.trimmed(), m_plan.keepHyphen);
            } else {
                break;
            }
            ++j;
        }
        parseCaptions(text.simplified(), m_lines[i].number);
        return j - 1;
    }

    void parseCaptions(const QString &text, int seedLine)
    {
        static const QRegularExpression numbered(QStringLiteral("Figuur (\\d+):\\s*"));
        QList<QPair<int, QString>> parts;
        qsizetype previousEnd = -1;
        int previousNumber = 0;
        for (auto it = numbered.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (previousEnd >= 0)
                parts.append(
                    {previousNumber, text.mid(previousEnd, m.capturedStart() - previousEnd)});
            previousEnd = m.capturedEnd();
            previousNumber = m.captured(1).toInt();
        }
        if (previousEnd >= 0)
            parts.append({previousNumber, text.mid(previousEnd)});
        else
            parts.append({0, text});

        for (const auto &[number, part] : parts) {
            ImportedFigure figure;
            figure.number = number;
            figure.seedLine = seedLine;
            figure.block = int(m_blocks.size());
            const qsizetype bron = part.lastIndexOf(QLatin1String("Bron:"));
            figure.caption = (bron >= 0 ? part.left(bron) : part).trimmed();
            figure.source = bron >= 0 ? part.mid(bron + 5).trimmed() : QString();
            QString &carrier = figure.source.isEmpty() ? figure.caption : figure.source;
            figure.note = m_references.takeTrailingNote(carrier);
            while (figure.caption.endsWith(QLatin1Char('.')))
                figure.caption.chop(1);
            while (figure.source.endsWith(QLatin1Char('.')))
                figure.source.chop(1);
            for (const LostFigure &known : m_plan.figureNotes) {
                if (known.line == seedLine && known.number == number && figure.note.isEmpty()) {
                    figure.note = QString::number(known.note);
                    m_references.cite(known.note);
                }
            }
            if (figure.note.isEmpty() && !figure.source.isEmpty())
                m_report.append(
                    QStringLiteral("regel %1: figuur %2 heeft geen voetnoot bij de bron")
                        .arg(seedLine)
                        .arg(number));
            m_figures.append(figure);
        }
    }

    QString markdown(const QList<ImportedFigure> &figures) const
    {
        QString out;
        qsizetype next = 0; // the next figure to place
        const auto placeFigures = [&](int block) {
            for (; next < figures.size() && figures[next].block <= block; ++next) {
                if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
                    out += QLatin1Char('\n');
                out += figureMarker(figures[next].id) + QStringLiteral("\n\n");
            }
        };
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            placeFigures(int(i));
            const Block &block = m_blocks[i];
            switch (block.kind) {
            case Block::Marker:
                if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
                    out += QLatin1Char('\n');
                out += block.text + QStringLiteral("\n\n");
                break;
            case Block::Heading:
                out += QStringLiteral("## ") + block.text + QStringLiteral("\n\n");
                break;
            case Block::Paragraph:
                out += escapeMarkdown(block.text) + QStringLiteral("\n\n");
                break;
            case Block::ListItem:
                out += QStringLiteral("- ") + escapeMarkdown(block.text) + QLatin1Char('\n');
                if (i + 1 == m_blocks.size() || m_blocks[i + 1].kind != Block::ListItem)
                    out += QLatin1Char('\n');
                break;
            }
        }
        placeFigures(int(m_blocks.size()));
        return out;
    }

    QList<SeedLine> m_lines;
    QSet<int> m_splitEnds; // indexes of lines that end a paragraph split by the plan
    const ImportPlan &m_plan;
    ReferenceDetector &m_references;
    QList<Block> m_blocks;
    QList<ImportedFigure> m_figures;
    QStringList m_report;
};

} // namespace

ImportedBody buildBody(const QList<SeedLine> &lines, const ImportPlan &plan,
                       ReferenceDetector &references)
{
    return Builder(lines, plan, references).run();
}

} // namespace trendweb::import
