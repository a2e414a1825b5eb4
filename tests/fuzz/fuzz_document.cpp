// libFuzzer target: any bytes as a lemma file, through decoding, front matter,
// Markdown, schema and every check of the document and of an edition holding it.
// No input may crash or hang it.
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
    return 0;
}
