#include "validation/editionchecks.h"

#include "validation/diagnosticcodes.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace trendweb {

namespace {

SourcePosition relatedPosition(const Document &lemma, int index)
{
    return lemma.frontMatter.positionOf(QStringLiteral("/related/%1").arg(index));
}

} // namespace

Diagnostics checkEdition(const Edition &edition)
{
    Diagnostics diagnostics;
    QSet<QString> slugs;
    for (const Document &lemma : edition.lemmas)
        slugs.insert(lemma.slug);

    // Titles, among lemmas and threads alike.
    QHash<QString, const Document *> titles;
    const auto checkTitle = [&](const Document &document) {
        if (document.title.isEmpty())
            return;
        const QString key = document.title.simplified().toLower();
        if (const Document *first = titles.value(key)) {
            const SourcePosition at = document.frontMatter.positionOf(QStringLiteral("/title"));
            diagnostics.append(makeDiagnostic("title-duplicate", document.path, at.line, at.column,
                                              {document.title, first->path}));
        } else {
            titles.insert(key, &document);
        }
    };
    for (const Document &lemma : edition.lemmas)
        checkTitle(lemma);
    for (const Document &thread : edition.threads)
        checkTitle(thread);

    QSet<QString> linkedTo;
    for (const Document &lemma : edition.lemmas) {
        if (!lemma.loaded || !lemma.frontMatterParsed)
            continue;
        QSet<QString> seen;
        for (int i = 0; i < lemma.related.size(); ++i) {
            const QString &target = lemma.related[i];
            const SourcePosition at = relatedPosition(lemma, i);
            if (target == lemma.slug) {
                diagnostics.append(makeDiagnostic("link-self", lemma.path, at.line, at.column));
            } else if (!slugs.contains(target)) {
                diagnostics.append(
                    makeDiagnostic("link-missing-lemma", lemma.path, at.line, at.column, {target}));
            } else if (seen.contains(target)) {
                diagnostics.append(
                    makeDiagnostic("link-duplicate", lemma.path, at.line, at.column, {target}));
            } else {
                linkedTo.insert(target);
            }
            seen.insert(target);
        }
        if (lemma.related.isEmpty()) {
            const SourcePosition at = lemma.frontMatter.positionOf(QStringLiteral("/related"));
            diagnostics.append(makeDiagnostic("lemma-no-links", lemma.path, at.line, at.column));
        }
        for (const LemmaLink &link : lemma.lemmaLinks) {
            const int line = lemma.bodyFirstLine + link.line - 1;
            if (link.slug == lemma.slug) {
                diagnostics.append(makeDiagnostic("link-self", lemma.path, line, link.column));
            } else if (!slugs.contains(link.slug)) {
                diagnostics.append(makeDiagnostic("link-missing-lemma", lemma.path, line,
                                                  link.column, {link.slug}));
            } else {
                linkedTo.insert(link.slug);
            }
        }
    }
    for (const Document &thread : edition.threads) {
        for (const LemmaLink &link : thread.lemmaLinks) {
            const int line = thread.bodyFirstLine + link.line - 1;
            if (!slugs.contains(link.slug))
                diagnostics.append(makeDiagnostic("link-missing-lemma", thread.path, line,
                                                  link.column, {link.slug}));
        }
    }
    for (const Document &lemma : edition.lemmas) {
        if (lemma.loaded && !linkedTo.contains(lemma.slug))
            diagnostics.append(makeDiagnostic("lemma-orphan", lemma.path, 1, 1));
    }
    return diagnostics;
}

Diagnostics allDiagnostics(const Edition &edition)
{
    Diagnostics all = edition.diagnostics;
    for (const QList<Document> *documents : {&edition.lemmas, &edition.threads, &edition.intro}) {
        for (const Document &document : *documents)
            all += document.diagnostics;
    }
    all += checkEdition(edition);
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return all;
}

} // namespace trendweb
