// Benchmark: spelling of the whole built-in edition next to the hunspell
// command on the same words (the baseline, in the same run); re-checking a
// 3,000-word lemma after one keystroke; suggestion latency. Prints figures,
// asserts nothing about speed.
#include "editing/markdownhighlighter.h"
#include "editionloader.h"
#include "spelling/spellcheck.h"
#include "spelling/speller.h"
#include "spelling/spelltokenizer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trendweb;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Speller> newSpeller(const QString &root)
{
    auto speller = Speller::create();
    if (!speller)
        qFatal("%s", qPrintable(speller.error().message));
    speller.value()->addWordList(sharedWordListPath(root));
    return std::move(speller).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString root = QStringLiteral(TRENDWEB_CONTENT_DIR);
    const Edition edition = loadEdition(root).value();

    // 1. The whole edition, dictionary load included, against `hunspell -l`.
    QElapsedTimer timer;
    timer.start();
    auto speller = newSpeller(root);
    const double loadMs = msSince(timer);
    timer.restart();
    const int unknown = int(spellcheckEdition(edition, *speller).size());
    const double checkMs = msSince(timer);

    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("woorden.txt"));
    QString words;
    int wordCount = 0;
    for (const QList<Document> *documents : {&edition.intro, &edition.threads, &edition.lemmas}) {
        for (const Document &document : *documents) {
            for (const SpellToken &token : spellTokens(document.text)) {
                words += token.word + QLatin1Char('\n');
                ++wordCount;
            }
        }
    }
    QFile file(plain);
    file.open(QIODevice::WriteOnly);
    file.write(words.toUtf8());
    file.close();
    QProcess hunspell;
    hunspell.setStandardInputFile(plain);
    timer.restart();
    hunspell.start(QStringLiteral("hunspell"),
                   {QStringLiteral("-l"), QStringLiteral("-d"), QStringLiteral("nl_NL"),
                    QStringLiteral("-p"), sharedWordListPath(root)});
    if (!hunspell.waitForFinished(300000) || hunspell.exitStatus() != QProcess::NormalExit ||
        hunspell.exitCode() != 0) {
        // A hunspell that failed (no nl_NL dictionary, no word list) has no time to compare.
        std::fprintf(stderr,
                     "the hunspell command failed (%s, exit %d): %s\n"
                     "it needs: apt-get install hunspell hunspell-nl\n",
                     qPrintable(hunspell.errorString()), hunspell.exitCode(),
                     hunspell.readAllStandardError().constData());
        return 2;
    }
    const double hunspellMs = msSince(timer);
    std::printf("whole edition, %d words: load %.1f ms + check %.1f ms = %.1f ms (%d unknown); "
                "hunspell -l on the same words: %.1f ms\n",
                wordCount, loadMs, checkMs, loadMs + checkMs, unknown, hunspellMs);

    // 2. One keystroke in a 3,000-word lemma: only its block is checked again.
    QString lemma = edition.lemma(QStringLiteral("digitale-overheid"))->text;
    while (spellTokens(lemma).size() < 3000)
        lemma += QStringLiteral("\n") + edition.lemma(QStringLiteral("ambt-onder-druk"))->body();
    QTextDocument document(lemma);
    document.documentLayout();
    MarkdownHighlighter highlighter(&document);
    timer.restart();
    highlighter.setSpeller(speller.get());
    const double firstPassMs = msSince(timer);
    QTextCursor cursor(&document);
    const int middle = int(lemma.indexOf(QStringLiteral("\n\n"), lemma.size() / 2)) - 10;
    std::vector<double> keystrokes;
    for (int i = 0; i < 200; ++i) {
        cursor.setPosition(middle + i % 5);
        timer.restart();
        if (i % 2 == 0)
            cursor.insertText(QStringLiteral("e"));
        else
            cursor.deleteChar();
        keystrokes.push_back(msSince(timer));
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("3,000-word lemma (%d words): first pass %.1f ms; one keystroke: median %.3f ms, "
                "95th percentile %.3f ms (target < 2 ms)\n",
                int(spellTokens(lemma).size()), firstPassMs, keystrokes[keystrokes.size() / 2],
                keystrokes[keystrokes.size() * 95 / 100]);

    // 3. Suggestions, on demand.
    for (const char *word :
         {"welllicht", "uitganspunten", "staatsecretaris", "Overijsel", "netcongestieprobleemm"}) {
        timer.restart();
        const QStringList suggestions = speller->suggest(QString::fromUtf8(word));
        std::printf("suggest(%s): %.1f ms → %s\n", word, msSince(timer),
                    qPrintable(suggestions.mid(0, 3).join(QStringLiteral(", "))));
    }
    return 0;
}
