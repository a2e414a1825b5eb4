// libFuzzer target: any bytes as a lemma file, through decoding, front matter,
// Markdown, schema and every check of the document and of an edition holding it, and
// through the panels' edits (notes, related list, figures, find and replace).
// No input may crash or hang it.
#include "editing/lemmaedits.h"
#include "editing/search.h"
#include "editionloader.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto text = trendweb::decodeUtf8(bytes, QStringLiteral("lemmas/fuzz.md"));
    if (!text)
        return 0;
    trendweb::Edition edition;
    edition.root = QStringLiteral("/nonexistent-edition");
    edition.info.lemmaOrder = {QStringLiteral("fuzz"), QStringLiteral("ander")};
    trendweb::Document lemma =
        trendweb::parseDocument(text.value(), QStringLiteral("lemmas/fuzz.md"),
                                trendweb::Document::Kind::Lemma, edition.root);
    lemma.letter = QStringLiteral("A");
    edition.lemmas.append(lemma);
    trendweb::Document other =
        trendweb::parseDocument(text.value(), QStringLiteral("lemmas/ander.md"),
                                trendweb::Document::Kind::Lemma, edition.root);
    other.letter = QStringLiteral("B");
    edition.lemmas.append(other);
    edition.threads.append(trendweb::parseDocument(text.value(), QStringLiteral("threads/draad.md"),
                                                   trendweb::Document::Kind::Thread, edition.root));
    const trendweb::Diagnostics diagnostics = trendweb::allDiagnostics(edition);
    for (const auto &diagnostic : diagnostics) {
        if (diagnostic.code.isEmpty() || diagnostic.messageNl.isEmpty())
            __builtin_trap(); // every finding must say what it is
    }
    (void)edition.backlinks(QStringLiteral("fuzz"));

    // The panels' edits, at a few places in the text; each result must still parse.
    const QString &input = text.value();
    for (const int position : {0, int(input.size() / 2), int(input.size())}) {
        if (const auto inserted = trendweb::insertFootnote(input, position)) {
            if (inserted->referenceEnd > inserted->text.size() ||
                inserted->definitionEnd > inserted->text.size())
                __builtin_trap(); // positions inside the new text
            (void)trendweb::deleteFootnote(inserted->text, inserted->label);
        }
    }
    for (const trendweb::Footnote &note : lemma.footnotes) {
        (void)trendweb::setFootnoteText(input, note.label, QStringLiteral("Bron. <https://a.nl>"));
        (void)trendweb::deleteFootnote(input, note.label);
        (void)trendweb::footnoteDefinitionPosition(input, note.label);
    }
    if (const auto related = trendweb::addRelated(input, QStringLiteral("ander")))
        (void)trendweb::moveRelated(related.value(), QStringLiteral("ander"), -1);
    if (const auto figures = trendweb::setFigures(input, lemma.figures))
        (void)trendweb::parseDocument(figures.value(), QStringLiteral("lemmas/fuzz.md"),
                                      trendweb::Document::Kind::Lemma, edition.root);
    (void)trendweb::replaceAll(input, QStringLiteral("de"), QStringLiteral("het"), {});
    const trendweb::TextEdit edit = trendweb::minimalEdit(input, input.mid(1) + QLatin1Char('x'));
    if (edit.start > edit.end || edit.end > input.size())
        __builtin_trap();
    return 0;
}
