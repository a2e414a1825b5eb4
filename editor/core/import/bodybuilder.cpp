#include "import/bodybuilder.h"

#include "import/seedtext.h"

#include <QRegularExpression>
#include <algorithm>

namespace trendweb::import {

namespace {

struct Block
{
    enum Kind { Paragraph, Heading, ListItem } kind = Paragraph;
    QString text;
    QString lastRaw;     // the last seed line that went into it, as printed
    bool closed = false; // the plan says the paragraph ends here
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
    {}

    ImportedBody run()
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            i = take(i);
        ImportedBody body;
        body.report = m_report;
        body.figures = m_figures;
        std::stable_sort(body.figures.begin(), body.figures.end(),
                         [](const ImportedFigure &a, const ImportedFigure &b) {
                             return a.number != 0 && b.number != 0 && a.number < b.number;
                         });
        body.markdown = markdown();
        return body;
    }

private:
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
        return !m_blocks.isEmpty() && !m_blocks.last().closed && continues(m_blocks.last().lastRaw);
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
                m_blocks.append({Block::Heading, text.trimmed(), m_lines[j - 1].text.trimmed()});
                return j - 1;
            }
        }
        if (isHeading(i)) {
            m_blocks.append({Block::Heading, line.text.trimmed(), line.text.trimmed()});
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
            block.text = joinLines(first, listLine ? marked.mid(1) : marked, m_plan.keepHyphen);
            block.lastRaw = raw;
        } else {
            QString text = (listLine ? marked.mid(1) : marked).trimmed();
            if (text.startsWith(QChar(1)))
                text.remove(0, 1);
            m_blocks.append({listLine ? Block::ListItem : Block::Paragraph, text, raw});
        }
        m_blocks.last().closed = m_plan.paragraphEnds.contains(line.number);
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
            const qsizetype bron = part.lastIndexOf(QLatin1String("Bron:"));
            figure.caption = (bron >= 0 ? part.left(bron) : part).trimmed();
            figure.source = bron >= 0 ? part.mid(bron + 5).trimmed() : QString();
            QString &carrier = figure.source.isEmpty() ? figure.caption : figure.source;
            figure.note = m_references.takeTrailingNote(carrier);
            while (figure.caption.endsWith(QLatin1Char('.')))
                figure.caption.chop(1);
            while (figure.source.endsWith(QLatin1Char('.')))
                figure.source.chop(1);
            if (figure.note.isEmpty() && !figure.source.isEmpty())
                m_report.append(
                    QStringLiteral("regel %1: figuur %2 heeft geen voetnoot bij de bron")
                        .arg(seedLine)
                        .arg(number));
            m_figures.append(figure);
        }
    }

    QString markdown() const
    {
        QString out;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const Block &block = m_blocks[i];
            switch (block.kind) {
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
        return out;
    }

    const QList<SeedLine> &m_lines;
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
