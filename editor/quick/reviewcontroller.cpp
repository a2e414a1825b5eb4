#include "reviewcontroller.h"

#include "git/repository.h"
#include "textfile.h"
#include "versions/textdiff.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace trendweb {

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewThread &thread = m_threads[index.row()];
    switch (role) {
    case IdRole:
        return thread.id;
    case Qt::DisplayRole:
    case QuoteRole:
        return thread.anchor.exact;
    case StateRole:
        return stateName(thread.state);
    case ResolvedRole:
        return thread.resolved;
    case MessagesRole: {
        QStringList lines;
        for (const ReviewMessage &message : thread.messages) {
            lines.append(
                QStringLiteral("%1 (%2): %3")
                    .arg(message.author,
                         QLocale().toString(message.time.toLocalTime(), QLocale::ShortFormat),
                         message.text));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case StartRole:
        return thread.start;
    case EndRole:
        return thread.end;
    case KindRole:
        return thread.isSuggestion() ? QStringLiteral("suggestion") : QStringLiteral("comment");
    case ReplacementRole:
        return thread.replacement;
    case SuggestionStateRole:
        return thread.isSuggestion() ? suggestionStateName(thread) : QString();
    case AuthorRole:
        return thread.author;
    case CurrentRole:
        return thread.current;
    case DifferenceRole:
        return thread.state == ReviewThread::State::Outdated
                   ? wordDiffHtml(wordDiff(thread.anchor.exact, thread.current))
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadListModel::roleNames() const
{
    return {{IdRole, "threadId"},
            {QuoteRole, "quote"},
            {StateRole, "state"},
            {ResolvedRole, "resolved"},
            {MessagesRole, "messages"},
            {StartRole, "start"},
            {EndRole, "end"},
            {KindRole, "kind"},
            {ReplacementRole, "replacement"},
            {SuggestionStateRole, "suggestionState"},
            {AuthorRole, "author"},
            {CurrentRole, "current"},
            {DifferenceRole, "difference"}};
}

void ThreadListModel::setThreads(const QList<ReviewThread> &threads)
{
    // The same threads placed anew (the text changed): their cards stay, with the focus in them.
    const bool same = threads.size() == m_threads.size() &&
                      std::equal(threads.begin(), threads.end(), m_threads.begin(),
                                 [](const ReviewThread &a, const ReviewThread &b) {
                                     return a.id == b.id && a.messages.size() == b.messages.size();
                                 });
    if (same) {
        m_threads = threads;
        if (!m_threads.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_threads.size()) - 1));
        return;
    }
    const int oldCount = int(m_threads.size());
    beginResetModel();
    m_threads = threads;
    endResetModel();
    if (oldCount != m_threads.size())
        Q_EMIT countChanged();
}

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
{
    // Off the keystroke path: placed again once typing pauses.
    m_placeTimer.setSingleShot(true);
    m_placeTimer.setInterval(250);
    connect(&m_placeTimer, &QTimer::timeout, this, &ReviewController::place);
}

void ReviewController::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    m_placeTimer.start();
}

void ReviewController::setEditionRoot(const QString &root)
{
    if (m_root == root)
        return;
    m_root = root;
    Q_EMIT changed();
    refresh();
}

void ReviewController::setLemmaPath(const QString &path)
{
    if (m_lemmaPath == path)
        return;
    m_lemmaPath = path;
    // The editor's text may still be the previous lemma's: the file until it speaks again.
    m_text.clear();
    Q_EMIT changed();
    refresh();
}

void ReviewController::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT changed();
    refresh();
}

void ReviewController::setAuthor(const QString &author)
{
    if (m_author == author)
        return;
    m_author = author;
    Q_EMIT changed();
}

void ReviewController::refresh()
{
    m_loaded.clear();
    const QString slug = QFileInfo(m_lemmaPath).completeBaseName();
    auto repository =
        m_root.isEmpty() ? Result<git::Repository>(Error{}) : git::Repository::open(m_root);
    if (repository && !slug.isEmpty()) {
        auto threads = loadThreads(m_root);
        if (threads) {
            for (const ReviewThread &thread : threads.value()) {
                if (thread.lemma != slug)
                    continue;
                const auto original = repository->fileAt(thread.anchor.commit, m_lemmaPath);
                m_loaded.append({thread, original ? original.value() : QString()});
            }
        }
    }
    place();
}

void ReviewController::place()
{
    m_placeTimer.stop();
    QList<ReviewThread> shown;
    m_marks.clear();
    m_notes.clear();
    m_suggestionMarks.clear();
    QString current = m_text;
    if (current.isEmpty() && !m_loaded.isEmpty()) {
        auto file = readTextFile(QDir(m_root).filePath(m_lemmaPath));
        current = file ? file.value() : QString();
    }
    for (const Loaded &loaded : std::as_const(m_loaded)) {
        ReviewThread thread = loaded.thread;
        placeThread(thread, loaded.original, current);
        const bool orphaned = thread.state == ReviewThread::State::Orphaned;
        const bool show = m_filter == QLatin1String("all") ||
                          (m_filter == QLatin1String("open") && !thread.resolved) ||
                          (m_filter == QLatin1String("resolved") && thread.resolved) ||
                          (m_filter == QLatin1String("orphaned") && orphaned);
        if (show)
            shown.append(thread);
        if (thread.resolved || orphaned)
            continue;
        if (thread.isSuggestion()) {
            // In the preview's margin as "“before” → “after”"; in the text only while
            // its passage is unchanged.
            m_notes << QVariantMap{
                {QStringLiteral("id"), thread.id},
                {QStringLiteral("start"), thread.start},
                {QStringLiteral("author"), thread.author},
                {QStringLiteral("text"),
                 tr("Voorstel: “%1” → “%2”").arg(thread.anchor.exact, thread.replacement)},
                {QStringLiteral("replies"), int(thread.messages.size())}};
            if (thread.state != ReviewThread::State::Outdated) {
                m_suggestionMarks << QVariantMap{
                    {QStringLiteral("id"), thread.id},
                    {QStringLiteral("start"), thread.start},
                    {QStringLiteral("end"), thread.end},
                    {QStringLiteral("replacement"), thread.replacement},
                    {QStringLiteral("author"), thread.author}};
            }
            continue;
        }
        m_marks << thread.start << thread.end;
        const ReviewMessage first =
            thread.messages.value(0, ReviewMessage{thread.author, thread.time, {}});
        m_notes << QVariantMap{
            {QStringLiteral("id"), thread.id},
            {QStringLiteral("start"), thread.start},
            {QStringLiteral("author"), first.author},
            {QStringLiteral("text"), first.text},
            {QStringLiteral("replies"), std::max(0, int(thread.messages.size()) - 1)}};
    }
    m_threads.setThreads(shown);
    Q_EMIT threadsChanged();
}

bool ReviewController::refuseWithoutAuthor()
{
    if (!m_author.trimmed().isEmpty())
        return false;
    setErrorMessage(tr("Vul eerst in wie u bent: een opmerking wordt onder uw naam bewaard."));
    return true;
}

std::optional<Anchor> ReviewController::committedAnchor(const QString &text, int start, int end)
{
    auto repository = git::Repository::open(m_root);
    if (!repository || start > end) {
        setErrorMessage(tr("Selecteer eerst de passage waar de opmerking over gaat."));
        return std::nullopt;
    }
    // A comment belongs to a version: find the passage in the last one.
    auto committed = repository->fileAt(QStringLiteral("HEAD"), m_lemmaPath);
    const QString quote = text.mid(start, end - start);
    int committedStart = -1;
    if (committed) {
        int oldPos = 0;
        int newPos = 0;
        for (const DiffPiece &piece : wordDiff(text, committed.value())) {
            const int length = int(piece.text.size());
            if (piece.kind == DiffPiece::Same && start >= oldPos && end <= oldPos + length &&
                committedStart < 0)
                committedStart = newPos + (start - oldPos);
            if (piece.kind != DiffPiece::Added)
                oldPos += length;
            if (piece.kind != DiffPiece::Removed)
                newPos += length;
        }
    }
    if (committedStart < 0 || committed->mid(committedStart, quote.size()) != quote) {
        setErrorMessage(tr("Deze passage is nog niet vastgelegd. Leg de tekst eerst vast: een "
                           "opmerking hoort bij een versie."));
        return std::nullopt;
    }
    return makeAnchor(committed.value(), committedStart, committedStart + int(quote.size()),
                      repository->headId());
}

bool ReviewController::addComment(const QString &text, int start, int end, const QString &message)
{
    if (refuseWithoutAuthor())
        return false;
    if (start >= end) {
        setErrorMessage(tr("Selecteer eerst de passage waar de opmerking over gaat."));
        return false;
    }
    const auto anchor = committedAnchor(text, start, end);
    return anchor && open(*anchor, message);
}

bool ReviewController::addSuggestion(const QString &text, int start, int end,
                                     const QString &replacement, const QString &message)
{
    if (refuseWithoutAuthor())
        return false;
    const auto anchor = committedAnchor(text, start, end);
    return anchor && suggest(*anchor, replacement, message);
}

bool ReviewController::addSuggestionAt(const QString &revision, int start, int end,
                                       const QString &replacement, const QString &message)
{
    if (refuseWithoutAuthor())
        return false;
    // An empty passage is a point: the suggestion inserts there.
    const auto anchor =
        anchorInVersion(revision, start, end, start <= end,
                        tr("Selecteer eerst de passage waar het voorstel over gaat."));
    return anchor && suggest(*anchor, replacement, message);
}

std::optional<Anchor> ReviewController::anchorInVersion(const QString &revision, int start, int end,
                                                        bool usable, const QString &refusal)
{
    auto repository = git::Repository::open(m_root);
    if (!repository)
        return std::nullopt;
    const auto commit = repository->resolveRevision(revision);
    const auto text =
        commit ? repository->fileAt(commit.value(), m_lemmaPath) : Result<QString>(Error{});
    if (!text || !usable) {
        setErrorMessage(refusal);
        return std::nullopt;
    }
    return makeAnchor(text.value(), start, end, commit.value());
}

bool ReviewController::suggest(const Anchor &anchor, const QString &replacement,
                               const QString &message)
{
    auto written = trendweb::addSuggestion(m_root, QFileInfo(m_lemmaPath).completeBaseName(),
                                           anchor, replacement, m_author, message);
    if (!written) {
        setErrorMessage(written.error().message);
        return false;
    }
    setErrorMessage({});
    refresh();
    return true;
}

QVariantMap ReviewController::acceptance(const QString &id, const QString &text, bool evenIfChanged)
{
    const auto refuse = [this](const QString &message) {
        setErrorMessage(message);
        return QVariantMap{{QStringLiteral("error"), message}};
    };
    auto repository = git::Repository::open(m_root);
    auto threads = loadThreads(m_root);
    if (!repository || !threads)
        return refuse(tr("Het voorstel is niet gevonden."));
    const auto found = std::find_if(threads->begin(), threads->end(),
                                    [&](const ReviewThread &t) { return t.id == id; });
    if (found == threads->end() || !found->isSuggestion())
        return refuse(tr("Het voorstel is niet gevonden."));
    // Placed on the text as it stands in the editor, saved or not.
    ReviewThread suggestion = *found;
    const auto original = repository->fileAt(suggestion.anchor.commit, m_lemmaPath);
    placeThread(suggestion, original ? original.value() : QString(), text);
    auto applied = applySuggestion(suggestion, text, evenIfChanged);
    if (!applied)
        return refuse(applied.error().message);
    setErrorMessage({});
    return {{QStringLiteral("start"), suggestion.start},
            {QStringLiteral("end"), suggestion.end},
            {QStringLiteral("replacement"), suggestion.replacement}};
}

bool ReviewController::decide(const QString &id, const QString &decision, const QString &reply)
{
    if (refuseWithoutAuthor())
        return false;
    auto decided = decideSuggestion(m_root, id, decision, m_author, reply);
    if (!decided) {
        setErrorMessage(decided.error().message);
        return false;
    }
    setErrorMessage({});
    refresh();
    return true;
}

bool ReviewController::addCommentAt(const QString &revision, int start, int end,
                                    const QString &message)
{
    if (refuseWithoutAuthor())
        return false;
    const auto anchor =
        anchorInVersion(revision, start, end, start < end,
                        tr("Selecteer eerst de passage waar de opmerking over gaat."));
    return anchor && open(*anchor, message);
}

bool ReviewController::open(const Anchor &anchor, const QString &message)
{
    auto written = writeEvent(m_root, {}, QStringLiteral("open"), m_author, message,
                              QFileInfo(m_lemmaPath).completeBaseName(), anchor);
    if (!written) {
        setErrorMessage(written.error().message);
        return false;
    }
    setErrorMessage({});
    refresh();
    return true;
}

bool ReviewController::record(const QString &thread, const QString &event, const QString &message)
{
    if (refuseWithoutAuthor())
        return false;
    auto written = writeEvent(m_root, thread, event, m_author, message);
    if (!written) {
        setErrorMessage(written.error().message);
        return false;
    }
    refresh();
    return true;
}

bool ReviewController::reply(const QString &thread, const QString &message)
{
    if (message.trimmed().isEmpty())
        return false;
    return record(thread, QStringLiteral("reply"), message);
}

bool ReviewController::resolve(const QString &thread)
{
    return record(thread, QStringLiteral("resolve"), {});
}

bool ReviewController::reopen(const QString &thread)
{
    return record(thread, QStringLiteral("reopen"), {});
}

void ReviewController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
