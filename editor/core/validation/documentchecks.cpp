#include "validation/documentchecks.h"

#include "export/figureimages.h"
#include "footnotes.h"
#include "validation/diagnosticcodes.h"
#include "validation/schemavalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace trendweb {

namespace {

class DocumentChecker
{
public:
    DocumentChecker(Document &document, const QString &root)
        : d(document)
        , m_root(root)
    {}

    void run()
    {
        if (!d.loaded)
            return;
        if (d.frontMatterParsed) {
            d.diagnostics += validateAgainstSchema(
                d.kind == Document::Kind::Lemma ? SchemaKind::Lemma : SchemaKind::Thread,
                d.frontMatter, d.path);
        }
        checkFootnotes();
        checkLinks();
        checkFigures();
        checkMarkers();
        checkPrintReferences();
        if (d.kind == Document::Kind::Lemma)
            checkSections();
    }

private:
    // Body positions are relative to the body; diagnostics point into the file.
    int fileLine(int bodyLine) const { return d.bodyFirstLine + bodyLine - 1; }

    void add(const char *code, int bodyLine, int column, const QStringList &arguments = {})
    {
        d.diagnostics.append(makeDiagnostic(code, d.path, fileLine(bodyLine), column, arguments));
    }

    void addInFrontMatter(const char *code, const QString &pointer,
                          const QStringList &arguments = {})
    {
        const SourcePosition at = d.frontMatter.positionOf(pointer);
        d.diagnostics.append(makeDiagnostic(code, d.path, at.line, at.column, arguments));
    }

    void checkFootnotes()
    {
        const MarkdownDocument &md = d.markdown;
        QHash<QString, int> definitions;
        for (const FootnoteDefinition &definition : md.footnoteDefinitions) {
            if (definitions.contains(definition.label))
                add("footnote-duplicate", definition.range.startLine, 1, {definition.label});
            ++definitions[definition.label];
        }
        // A note cited by a figure's source is in use as well.
        QSet<QString> referenced;
        for (const Figure &figure : d.figures) {
            if (!figure.note.isEmpty())
                referenced.insert(figure.note);
        }
        for (const FootnoteReference &reference : md.footnoteReferences) {
            referenced.insert(reference.label);
            if (!definitions.contains(reference.label))
                add("footnote-undefined", reference.range.startLine, reference.range.startColumn,
                    {reference.label});
        }
        QSet<QString> reported;
        for (const FootnoteDefinition &definition : md.footnoteDefinitions) {
            if (reported.contains(definition.label))
                continue;
            reported.insert(definition.label);
            const int line = definition.range.startLine;
            if (!referenced.contains(definition.label))
                add("footnote-unused", line, 1, {definition.label});
            if (definition.text.trimmed().isEmpty())
                add("footnote-empty", line, 1, {definition.label});
            for (const QString &url : urlsIn(definition.text)) {
                if (!isValidWebUrl(url))
                    add("url-invalid", line, 1, {url});
            }
        }
    }

    void checkLinks()
    {
        for (const MarkdownLink &link : d.markdown.links) {
            if (link.image)
                continue; // images are figures' business
            const QString url = link.url;
            if (isLemmaLink(url))
                continue; // checked against the edition in editionchecks
            if (url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ||
                url.startsWith(QLatin1Char('#')))
                continue;
            if (!isValidWebUrl(url))
                add("url-invalid", link.range.startLine, link.range.startColumn, {url});
        }
    }

    void checkFigures()
    {
        QSet<QString> labels;
        for (const FootnoteDefinition &definition : d.markdown.footnoteDefinitions)
            labels.insert(definition.label);
        QSet<QString> ids;
        for (int i = 0; i < d.figures.size(); ++i) {
            const Figure &figure = d.figures[i];
            const QString pointer = QStringLiteral("/figures/%1").arg(i);
            const QString name = figure.id.isEmpty() ? QString::number(i + 1) : figure.id;
            if (!figure.id.isEmpty() && ids.contains(figure.id))
                addInFrontMatter("figure-duplicate-id", pointer + QStringLiteral("/id"), {name});
            ids.insert(figure.id);
            if (figure.caption.trimmed().isEmpty())
                addInFrontMatter("figure-no-caption", pointer, {name});
            // A figure's source may be written out, or cited by its note.
            if (figure.source.trimmed().isEmpty() && figure.note.isEmpty())
                addInFrontMatter("figure-no-source", pointer, {name});
            if (!figure.note.isEmpty() && !labels.contains(figure.note))
                addInFrontMatter("figure-note-missing", pointer + QStringLiteral("/note"),
                                 {name, figure.note});
            if (figure.image.isEmpty()) {
                addInFrontMatter("figure-no-image", pointer, {name});
            } else if (const QString where = imageProblem(figure.image); !where.isEmpty()) {
                addInFrontMatter(where == QLatin1String("outside") ? "figure-image-outside"
                                                                   : "figure-image-missing",
                                 pointer + QStringLiteral("/image"), {name, figure.image});
            }
        }
    }

    // Each figure placed once by a marker naming it; lists and tables the source lost.
    void checkMarkers()
    {
        QHash<QString, int> placements;
        QHash<QString, int> figureIndex;
        for (int i = 0; i < d.figures.size(); ++i) {
            if (!figureIndex.contains(d.figures[i].id))
                figureIndex.insert(d.figures[i].id, i);
        }
        for (const BodyMarker &marker : d.markers) {
            switch (marker.kind) {
            case BodyMarker::Kind::Figure:
                if (!figureIndex.contains(marker.id))
                    add("figure-marker-unknown", marker.line, marker.column, {marker.id});
                else if (++placements[marker.id] == 2)
                    add("figure-placed-twice", marker.line, marker.column, {marker.id});
                break;
            case BodyMarker::Kind::MissingList:
                add("source-list-missing", marker.line, marker.column);
                break;
            case BodyMarker::Kind::MissingTable:
                add("source-table-missing", marker.line, marker.column);
                break;
            }
        }
        for (int i = 0; i < d.figures.size(); ++i) {
            const Figure &figure = d.figures[i];
            if (!figure.id.isEmpty() && figureIndex.value(figure.id) == i &&
                !placements.contains(figure.id))
                addInFrontMatter("figure-not-placed", QStringLiteral("/figures/%1").arg(i),
                                 {figure.id, figureMarker(figure.id)});
        }
    }

    // Words that point at a printed page ("op de volgende bladzijde", "onderstaande
    // figuur") read wrongly on a screen, where figures sit elsewhere. "Bovenstaande
    // cijfers" (in the text above) is fine.
    void checkPrintReferences()
    {
        static const QRegularExpression printOnly(
            QStringLiteral("\\b((?:volgende|vorige) (?:bladzijde|pagina)|(?:onder|boven)staande "
                           "(?:figuur|figuren|afbeelding|afbeeldingen|tabel|tabellen|grafiek|"
                           "grafieken|kaart|kaarten))\\b"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        const QString body = d.body();
        if (!printOnly.match(body).hasMatch())
            return;
        int number = 0;
        for (const QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
            ++number;
            if (line.startsWith(u"[^"))
                continue; // a note may quote a title
            if (const auto match = printOnly.match(line); match.hasMatch())
                add("print-reference", number, int(match.capturedStart()) + 1, {match.captured(1)});
        }
    }

    // "outside" when the image is not a relative path in the figures folder (or a link leads
    // out of it), "missing" when it is but there is no such file, empty when it is fine.
    // The exports show exactly the images that pass (figureImagePath).
    QString imageProblem(const QString &image) const
    {
        if (QDir::isAbsolutePath(image) || image.contains(QLatin1Char('\\')) ||
            image.contains(QLatin1Char(':')) || image.split(QLatin1Char('/')).contains(u"..") ||
            !QDir::cleanPath(image).startsWith(QLatin1String("figures/")))
            return QStringLiteral("outside");
        const QFileInfo file(QDir(m_root).filePath(image));
        if (!file.isFile())
            return QStringLiteral("missing");
        if (!m_root.isEmpty() && figureImagePath(m_root, image).isEmpty())
            return QStringLiteral("outside");
        return {};
    }

    void checkSections()
    {
        if (d.markdown.wordCount == 0) {
            add("lemma-empty", 1, 1);
            return;
        }
        for (const MarkdownHeading &heading : d.markdown.headings) {
            if (heading.text.startsWith(QLatin1String("Relevantie"), Qt::CaseInsensitive))
                return;
        }
        const int lastLine = int(d.body().count(QLatin1Char('\n'))) + 1;
        add("relevance-missing", lastLine, 1);
    }

    Document &d;
    QString m_root;
};

} // namespace

void checkDocument(Document &document, const QString &editionRoot)
{
    DocumentChecker(document, editionRoot).run();
}

} // namespace trendweb
