// Suggestions: a reviewer's wording for a passage, anchored as comments are, accepted or
// rejected by the author.
#include "confinement.h"
#include "editionloader.h"
#include "filetransaction.h"
#include "git/repository.h"
#include "messages.h"
#include "review/review.h"
#include "review/reviewevent.h"
#include "textfile.h"

#include <QDir>
#include <algorithm>

namespace trendweb {

namespace {

Result<ReviewThread> openSuggestion(const QString &editionRoot, const QString &id)
{
    auto threads = loadThreads(editionRoot);
    if (!threads)
        return threads.error();
    const auto found = std::find_if(threads->begin(), threads->end(),
                                    [&](const ReviewThread &t) { return t.id == id; });
    if (found == threads->end() || !found->isSuggestion())
        return Error{ReviewText::tr("Er is geen voorstel %1.").arg(id), editionRoot};
    if (found->decision != ReviewThread::Decision::Open)
        return Error{
            found->decision == ReviewThread::Decision::Accepted
                ? ReviewText::tr("Dit voorstel is al overgenomen door %1.").arg(found->decidedBy)
                : ReviewText::tr("Dit voorstel is al afgewezen door %1.").arg(found->decidedBy),
            editionRoot};
    return *found;
}

} // namespace

Result<QString> addSuggestion(const QString &editionRoot, const QString &lemma,
                              const Anchor &anchor, const QString &replacement,
                              const QString &author, const QString &message)
{
    if (anchor.exact == replacement)
        return Error{ReviewText::tr("Het voorstel is gelijk aan de tekst; er is niets voor te "
                                    "stellen."),
                     lemma};
    auto composed = composeEvent(editionRoot, {}, QStringLiteral("open"), author, message, lemma,
                                 anchor, &replacement);
    if (!composed)
        return composed.error();
    FileTransaction transaction(editionRoot);
    transaction.writeText(composed->file, composed->yaml);
    if (auto written = transaction.commit(); !written) {
        Error error = written.error();
        error.message = ReviewText::tr("Het voorstel is niet opgeslagen. %1").arg(error.message);
        return error;
    }
    return composed->id;
}

Result<QString> applySuggestion(const ReviewThread &suggestion, const QString &current,
                                bool evenIfChanged)
{
    if (suggestion.decision != ReviewThread::Decision::Open)
        return Error{ReviewText::tr("Over dit voorstel is al besloten."), suggestion.lemma};
    switch (suggestion.state) {
    case ReviewThread::State::Orphaned:
        return Error{ReviewText::tr("De passage van dit voorstel staat niet meer in de tekst; het "
                                    "kan niet worden overgenomen. Neem de tekst zo nodig over "
                                    "met de hand."),
                     suggestion.lemma};
    case ReviewThread::State::Outdated:
        if (!evenIfChanged)
            return Error{ReviewText::tr("De passage is veranderd sinds dit voorstel: er staat nu "
                                        "“%1”. Bekijk het verschil en neem het daarna bewust "
                                        "over.")
                             .arg(suggestion.current),
                         suggestion.lemma};
        break;
    default:
        break;
    }
    if (suggestion.start < 0 || suggestion.end < suggestion.start ||
        suggestion.end > current.size())
        return Error{ReviewText::tr("De passage van dit voorstel is niet gevonden."),
                     suggestion.lemma};
    return current.left(suggestion.start) + suggestion.replacement + current.mid(suggestion.end);
}

Result<void> acceptSuggestion(const git::Repository &repository, const QString &id,
                              const QString &author, const QString &reply, bool evenIfChanged)
{
    const QString root = repository.workdir();
    auto found = openSuggestion(root, id);
    if (!found)
        return found.error();
    QList<ReviewThread> placed{found.value()};
    placeThreads(placed, repository);
    const ReviewThread &suggestion = placed.first();
    const QString path = lemmaPath(suggestion.lemma);
    auto current = readTextFile(QDir(root).filePath(path));
    if (!current)
        return current.error();
    auto changed = applySuggestion(suggestion, current.value(), evenIfChanged);
    if (!changed)
        return changed.error();
    auto decision = composeEvent(root, id, QStringLiteral("accept"), author, reply);
    if (!decision)
        return decision.error();
    if (!staysInEdition(root, path))
        return Error{ReviewText::tr("Het lemma ligt buiten de editie; het voorstel is niet "
                                    "overgenomen."),
                     path};
    // The new wording and the decision: both, or neither.
    FileTransaction transaction(root);
    transaction.writeText(path, changed.value());
    transaction.writeText(decision->file, decision->yaml);
    if (auto written = transaction.commit(); !written) {
        Error error = written.error();
        error.message = ReviewText::tr("Het voorstel is niet overgenomen. %1").arg(error.message);
        return error;
    }
    return {};
}

Result<void> decideSuggestion(const QString &editionRoot, const QString &id,
                              const QString &decision, const QString &author, const QString &reply)
{
    if (decision != QLatin1String("accept") && decision != QLatin1String("reject"))
        return Error{QStringLiteral("unknown decision %1").arg(decision), editionRoot};
    auto found = openSuggestion(editionRoot, id);
    if (!found)
        return found.error();
    auto written = writeEvent(editionRoot, id, decision, author, reply);
    if (!written)
        return written.error();
    return {};
}

} // namespace trendweb
