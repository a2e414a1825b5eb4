#include "markdown/markdowndocument.h"

#include <QMutex>
#include <QRegularExpression>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <memory>
#include <mutex>

namespace trendweb {

namespace {

// cmark-gfm registers its extensions in a global registry and is not safe to
// run on two threads at once: register once, parse under a lock.
QMutex &parserMutex()
{
    static QMutex mutex;
    return mutex;
}

void registerExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

// Maps cmark's (line, byte column) to (line, UTF-16 column) of the same text.
class ColumnMap
{
public:
    explicit ColumnMap(const QByteArray &utf8)
        : m_lines(utf8.split('\n'))
    {}

    int column(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lines.size() || byteColumn < 1)
            return byteColumn;
        const QByteArray &bytes = m_lines[line - 1];
        return int(QString::fromUtf8(bytes.left(byteColumn - 1)).size()) + 1;
    }

    TextRange range(cmark_node *node) const
    {
        const int startLine = cmark_node_get_start_line(node);
        const int endLine = cmark_node_get_end_line(node);
        return {startLine, column(startLine, cmark_node_get_start_column(node)), endLine,
                column(endLine, cmark_node_get_end_column(node))};
    }

private:
    QList<QByteArray> m_lines;
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

// cmark keeps a reference without definition as text and drops a definition
// nobody references, so footnotes are read from the source lines themselves.
void scanFootnotes(const QString &text, MarkdownDocument &document)
{
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}\\[\\^([^\\]\\s]+)\\]:[ \\t]*(.*)$"));
    static const QRegularExpression reference(QStringLiteral("\\[\\^([^\\]\\s]+)\\]"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression codeSpan(QStringLiteral("`[^`]*`"));

    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inFence = false;
    FootnoteDefinition *open = nullptr; // the definition whose indented lines may follow
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int lineNumber = i + 1;
        const QStringView trimmed = QStringView(line).trimmed();
        if ((trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) &&
            fence.match(line).hasMatch()) {
            inFence = !inFence;
            open = nullptr;
            continue;
        }
        if (inFence)
            continue;

        qsizetype searchFrom = 0;
        // Most lines mention no note; skip the expressions for them.
        const bool mentionsNote = line.contains(QLatin1String("[^"));
        const auto match = mentionsNote ? definition.match(line) : QRegularExpressionMatch();
        if (match.hasMatch()) {
            document.footnoteDefinitions.append({match.captured(1),
                                                 match.captured(2).trimmed(),
                                                 {lineNumber, 1, lineNumber, int(line.size())}});
            open = &document.footnoteDefinitions.last();
            searchFrom = match.capturedStart(2);
        } else if (open &&
                   (line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t')))) {
            open->text +=
                (open->text.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed.toString();
            open->range.endLine = lineNumber;
            open->range.endColumn = int(line.size());
        } else if (!trimmed.isEmpty()) {
            open = nullptr;
        }
        if (!mentionsNote)
            continue;

        QString masked = line;
        if (line.contains(QLatin1Char('`'))) {
            for (auto it = codeSpan.globalMatch(line); it.hasNext();) {
                const auto span = it.next();
                masked.replace(span.capturedStart(), span.capturedLength(),
                               QString(span.capturedLength(), QLatin1Char(' ')));
            }
        }
        for (auto it = reference.globalMatch(masked, searchFrom); it.hasNext();) {
            const auto found = it.next();
            const int start = int(found.capturedStart()) + 1;
            document.footnoteReferences.append(
                {found.captured(1),
                 {lineNumber, start, lineNumber, start + int(found.capturedLength()) - 1}});
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
    registerExtensions();
    const QByteArray utf8 = text.toUtf8();
    const ColumnMap columns(utf8);
    MarkdownDocument document;

    {
        QMutexLocker lock(&parserMutex());
        std::unique_ptr<cmark_parser, ParserDeleter> parser(
            cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS));
        for (const char *name : {"table", "strikethrough", "autolink"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
        cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
        std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

        // Copy what is needed into our own structures while the tree is alive.
        static const QRegularExpression unresolvedReference(QStringLiteral("\\[\\^[^\\]]*\\]"));
        cmark_iter *iter = cmark_iter_new(root.get());
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
    return document;
}

} // namespace trendweb
