#include "markdown/markdowndocument.h"

#include "markdown/cmarkgfm_p.h"

#include <QRegularExpression>
#include <QStringTokenizer>

namespace trendweb {

namespace {

// Maps cmark's (line, byte column) to (line, UTF-16 column) of the same text.
class ColumnMap
{
public:
    ColumnMap(const QByteArray &utf8, const QString &text)
        : m_lines(utf8.split('\n'))
        , m_lineStarts(lineStarts(text))
    {}

    static QList<int> lineStarts(const QString &text)
    {
        QList<int> starts{0};
        for (qsizetype i = text.indexOf(QLatin1Char('\n')); i >= 0;
             i = text.indexOf(QLatin1Char('\n'), i + 1))
            starts.append(int(i) + 1);
        return starts;
    }

    // The character offset of a 1-based line and column.
    int offset(int line, int column) const
    {
        if (line < 1 || line > m_lineStarts.size())
            return 0;
        return m_lineStarts[line - 1] + qMax(column, 1) - 1;
    }

    // Fills in the offsets of a range whose lines and columns are known.
    TextRange withOffsets(TextRange range) const
    {
        range.start = offset(range.startLine, range.startColumn);
        range.end = offset(range.endLine, range.endColumn) + 1;
        return range;
    }

    int column(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lines.size() || byteColumn < 1)
            return byteColumn;
        // Count UTF-16 code units of the bytes before the column, without decoding them.
        const QByteArray &bytes = m_lines[line - 1];
        const qsizetype end = qMin<qsizetype>(byteColumn - 1, bytes.size());
        int units = 0;
        for (qsizetype i = 0; i < end; ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            if ((b & 0xC0) != 0x80)
                units += b >= 0xF0 ? 2 : 1;
        }
        return units + 1;
    }

    TextRange range(cmark_node *node) const
    {
        const int startLine = cmark_node_get_start_line(node);
        const int endLine = cmark_node_get_end_line(node);
        return withOffsets({startLine, column(startLine, cmark_node_get_start_column(node)),
                            endLine, column(endLine, cmark_node_get_end_column(node))});
    }

private:
    QList<QByteArray> m_lines;
    QList<int> m_lineStarts;
};

QString plainText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += QString::fromUtf8(cmark_node_get_literal(current));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return text;
}

bool insideFootnoteDefinition(cmark_node *node)
{
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        if (cmark_node_get_type(p) == CMARK_NODE_FOOTNOTE_DEFINITION)
            return true;
    }
    return false;
}

// The label of "[^label]" starting at `at`, or an empty view; `end` is set past the "]".
QStringView labelAt(QStringView line, qsizetype at, qsizetype &end)
{
    if (!line.mid(at).startsWith(u"[^"))
        return {};
    qsizetype i = at + 2;
    while (i < line.size() && line[i] != u']' && !line[i].isSpace() && line[i] != u'[')
        ++i;
    if (i == at + 2 || i >= line.size() || line[i] != u']')
        return {};
    end = i + 1;
    return line.mid(at + 2, i - at - 2);
}

bool isFence(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line[indent] == u' ')
        ++indent;
    const QStringView rest = line.mid(indent);
    return indent < 4 && (rest.startsWith(u"```") || rest.startsWith(u"~~~"));
}

// cmark keeps a reference without definition as text and drops a definition
// nobody references, so footnotes are read from the source lines themselves.
void scanFootnotes(const QString &text, MarkdownDocument &document)
{
    bool inFence = false;
    FootnoteDefinition *open = nullptr; // the definition whose indented lines may follow
    int lineNumber = 0;
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        if (isFence(line)) {
            inFence = !inFence;
            open = nullptr;
            continue;
        }
        if (inFence)
            continue;
        const QStringView trimmed = line.trimmed();

        // A definition: up to three spaces, "[^label]:", the text.
        qsizetype searchFrom = 0;
        qsizetype indent = 0;
        while (indent < line.size() && indent < 4 && line[indent] == u' ')
            ++indent;
        qsizetype labelEnd = 0;
        const QStringView defined = indent < 4 ? labelAt(line, indent, labelEnd) : QStringView();
        if (!defined.isEmpty() && labelEnd < line.size() && line[labelEnd] == u':') {
            document.footnoteDefinitions.append({defined.toString(),
                                                 line.mid(labelEnd + 1).trimmed().toString(),
                                                 {lineNumber, 1, lineNumber, int(line.size())}});
            open = &document.footnoteDefinitions.last();
            searchFrom = labelEnd + 1;
        } else if (open && (line.startsWith(u"    ") || line.startsWith(u'\t'))) {
            open->text +=
                (open->text.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed.toString();
            open->range.endLine = lineNumber;
            open->range.endColumn = int(line.size());
        } else if (!trimmed.isEmpty()) {
            open = nullptr;
        }

        // References, outside code spans.
        bool inCode = false;
        for (qsizetype i = searchFrom; i < line.size(); ++i) {
            if (line[i] == u'`') {
                inCode = !inCode;
                continue;
            }
            if (inCode || line[i] != u'[')
                continue;
            qsizetype end = 0;
            const QStringView label = labelAt(line, i, end);
            if (label.isEmpty())
                continue;
            document.footnoteReferences.append(
                {label.toString(), {lineNumber, int(i) + 1, lineNumber, int(end)}});
            i = end - 1;
        }
    }
}

} // namespace

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        if (wordChar)
            inWord = true;
        else if (c != u'’' && c != u'\'' && c != u'-' && c != u'.')
            inWord = false;
        else if (inWord)
            continue; // joins "thema’s", "Noord-Holland", "o.a." into one word
    }
    return words;
}

MarkdownDocument parseMarkdown(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const ColumnMap columns(utf8, text);
    MarkdownDocument document;

    {
        cmark::Session session(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS,
                               {"table", "strikethrough", "autolink"});
        cmark_node *root = session.parse(utf8);

        // Copy what is needed into our own structures while the tree is alive.
        static const QRegularExpression unresolvedReference(QStringLiteral("\\[\\^[^\\]]*\\]"));
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            if (event != CMARK_EVENT_ENTER)
                continue;
            cmark_node *node = cmark_iter_get_node(iter);
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_HEADING:
                document.headings.append({cmark_node_get_heading_level(node),
                                          plainText(node).trimmed(), columns.range(node)});
                break;
            case CMARK_NODE_PARAGRAPH:
                if (!insideFootnoteDefinition(node))
                    document.paragraphs.append(columns.range(node));
                break;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                document.links.append({QString::fromUtf8(cmark_node_get_url(node)), plainText(node),
                                       cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                                       columns.range(node)});
                break;
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                if (!insideFootnoteDefinition(node)) {
                    QString literal = QString::fromUtf8(cmark_node_get_literal(node));
                    if (literal.contains(QLatin1String("[^")))
                        literal.remove(unresolvedReference);
                    document.wordCount += countWords(literal);
                }
                break;
            default:
                break;
            }
        }
        cmark_iter_free(iter);
    }

    scanFootnotes(text, document);
    for (FootnoteReference &reference : document.footnoteReferences)
        reference.range = columns.withOffsets(reference.range);
    for (FootnoteDefinition &definition : document.footnoteDefinitions)
        definition.range = columns.withOffsets(definition.range);
    return document;
}

} // namespace trendweb
