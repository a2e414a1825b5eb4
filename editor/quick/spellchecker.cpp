#include "spellchecker.h"

#include "confinement.h"
#include "editing/markdownhighlighter.h"
#include "spelling/spellcheck.h"
#include "spelling/speller.h"
#include "spelling/spelltokenizer.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

namespace {

QList<QPair<int, int>> ranges(const QVariantList &marks)
{
    QList<QPair<int, int>> list;
    for (qsizetype i = 0; i + 1 < marks.size(); i += 2)
        list.append({marks[i].toInt(), marks[i + 1].toInt()});
    return list;
}

} // namespace

struct SpellChecker::Loaded
{
    std::shared_ptr<Speller> checker;
    std::shared_ptr<Speller> suggester;
    QString error;
};

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{
    m_suggestionPool.setMaxThreadCount(1);
    connect(&m_loader, &QFutureWatcherBase::finished, this, &SpellChecker::finishLoading);
}

SpellChecker::~SpellChecker()
{
    disconnect(m_contentsChange);
    if (m_highlighter)
        m_highlighter->setSpeller(nullptr);
    m_loader.waitForFinished();
    m_suggestionPool.waitForDone();
}

void SpellChecker::setTextDocument(QQuickTextDocument *document)
{
    if (m_textDocument == document)
        return;
    disconnect(m_contentsChange);
    if (m_highlighter)
        m_highlighter->setDocument(nullptr);
    delete m_highlighter;
    m_highlighter = nullptr;
    m_textDocument = document;
    if (document) {
        m_highlighter = new MarkdownHighlighter(document->textDocument());
        m_highlighter->setPalette(QGuiApplication::palette());
        m_highlighter->setFrontMatterHidden(m_hideFrontMatter);
        m_highlighter->setSpeller(m_checker.get());
        m_highlighter->setCommentRanges(ranges(m_commentMarks));
        m_highlighter->setSuggestionRanges(ranges(m_editSuggestionMarks));
        // The highlighter marks the changed text first (it connected first).
        m_contentsChange = connect(document->textDocument(), &QTextDocument::contentsChange, this,
                                   &SpellChecker::announceUnderlining);
    }
    Q_EMIT textDocumentChanged();
    announceUnderlining();
}

void SpellChecker::setHideFrontMatter(bool hide)
{
    if (m_hideFrontMatter == hide)
        return;
    m_hideFrontMatter = hide;
    if (m_highlighter)
        m_highlighter->setFrontMatterHidden(hide);
    Q_EMIT hideFrontMatterChanged();
}

void SpellChecker::setCommentMarks(const QVariantList &marks)
{
    if (m_commentMarks == marks)
        return;
    m_commentMarks = marks;
    if (m_highlighter)
        m_highlighter->setCommentRanges(ranges(marks));
    Q_EMIT commentMarksChanged();
    announceUnderlining();
}

void SpellChecker::setEditSuggestionMarks(const QVariantList &marks)
{
    if (m_editSuggestionMarks == marks)
        return;
    m_editSuggestionMarks = marks;
    if (m_highlighter)
        m_highlighter->setSuggestionRanges(ranges(marks));
    Q_EMIT editSuggestionMarksChanged();
    announceUnderlining();
}

void SpellChecker::setEditionRoot(const QString &root)
{
    if (m_editionRoot == root)
        return;
    m_editionRoot = root;
    Q_EMIT editionRootChanged();
    if (m_complete)
        load(); // with the new edition's word list
}

void SpellChecker::componentComplete()
{
    m_complete = true;
    load();
}

void SpellChecker::load()
{
    if (m_loader.isRunning())
        m_loader.waitForFinished();
    m_loader.setFuture(QtConcurrent::run(loadSpellers, m_editionRoot));
}

void SpellChecker::finishLoading()
{
    const std::shared_ptr<Loaded> loaded = m_loader.result();
    setErrorMessage(loaded->error);
    if (m_highlighter)
        m_highlighter->setSpeller(loaded->checker.get());
    m_checker = loaded->checker;
    m_suggester = loaded->suggester;
    Q_EMIT readyChanged();
    announceUnderlining();
}

QVariantMap SpellChecker::wordAt(int position) const
{
    if (!m_textDocument)
        return {};
    const QTextBlock block = m_textDocument->textDocument()->findBlock(position);
    if (!block.isValid())
        return {};
    SpellLineState state;
    state.startOfFile = block.blockNumber() == 0;
    state.region = SpellLineState::Region(qMax(0, block.previous().userState()));
    const int inBlock = position - block.position();
    for (const SpellToken &token : spellTokensInLine(block.text(), state)) {
        if (inBlock < token.position || inBlock > token.position + token.length)
            continue;
        const bool misspelled =
            m_checker && !m_checker->isCorrect(token.word, token.followedByPeriod);
        return {{QStringLiteral("word"), token.word},
                {QStringLiteral("start"), int(block.position() + token.position)},
                {QStringLiteral("length"), int(token.length)},
                {QStringLiteral("misspelled"), misspelled}};
    }
    return {};
}

void SpellChecker::requestSuggestions(const QString &word)
{
    if (!m_suggester)
        return;
    std::shared_ptr<Speller> suggester = m_suggester;
    QPointer<SpellChecker> self(this);
    QThreadPool *pool = &m_suggestionPool;
    pool->start([suggester, word, self] {
        const QStringList suggestions = suggester->suggest(word);
        QMetaObject::invokeMethod(
            qApp,
            [self, word, suggestions] {
                if (self)
                    Q_EMIT self->suggestionsReady(word, suggestions);
            },
            Qt::QueuedConnection);
    });
}

bool SpellChecker::addToWordList(const QString &word)
{
    if (m_editionRoot.isEmpty() || word.isEmpty())
        return false;
    // The shared list is a file of the edition: never written through a link to elsewhere.
    const QString list = sharedWordListPath(m_editionRoot);
    const QString name = QDir(m_editionRoot).relativeFilePath(list);
    const auto added = staysInEdition(m_editionRoot, name) ? trendweb::addToWordList(list, word)
                                                           : Result<void>(leavesEditionError(name));
    if (!added) {
        setErrorMessage(added.error().toString());
        return false;
    }
    if (m_checker)
        m_checker->addWord(word);
    if (m_suggester) {
        std::shared_ptr<Speller> suggester = m_suggester;
        m_suggestionPool.start([suggester, word] { suggester->addWord(word); });
    }
    if (m_highlighter)
        m_highlighter->rehighlight();
    announceUnderlining();
    return true;
}

void SpellChecker::ignore(const QString &word)
{
    if (!m_checker)
        return;
    m_checker->ignore(word);
    if (m_highlighter)
        m_highlighter->rehighlight();
    announceUnderlining();
}

QVariantList SpellChecker::misspelledRanges() const
{
    QVariantList list;
    if (!m_highlighter)
        return list;
    for (const auto &[start, length] : m_highlighter->misspelledRanges())
        list << start << length;
    return list;
}

// Once per turn of the event loop, after the highlighter has marked the text.
void SpellChecker::announceUnderlining()
{
    if (m_underliningAnnounced)
        return;
    m_underliningAnnounced = true;
    QTimer::singleShot(0, this, [this] {
        m_underliningAnnounced = false;
        Q_EMIT underliningChanged();
    });
}

void SpellChecker::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

// One speller per thread: one for checking on the UI thread, one for suggestions.
std::shared_ptr<SpellChecker::Loaded> SpellChecker::loadSpellers(const QString &editionRoot)
{
    auto loaded = std::make_shared<SpellChecker::Loaded>();
    auto checker = Speller::create();
    auto suggester = Speller::create();
    if (!checker || !suggester) {
        loaded->error = checker ? suggester.error().message : checker.error().message;
        return loaded;
    }
    for (Speller *speller : {checker.value().get(), suggester.value().get()}) {
        for (const QString &list :
             {personalWordListPath(),
              editionRoot.isEmpty() ? QString() : sharedWordListPath(editionRoot)}) {
            if (list.isEmpty())
                continue;
            if (auto added = speller->addWordList(list); !added)
                loaded->error = added.error().toString();
        }
    }
    loaded->checker = std::move(checker).value();
    loaded->suggester = std::move(suggester).value();
    return loaded;
}

} // namespace trendweb
