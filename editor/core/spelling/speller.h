// Dutch spelling with libhunspell: the nl_NL dictionary of Debian's
// hunspell-nl, plus word lists (the edition's shared woordenlijst.dic and the
// author's personal one). A Speller is not thread-safe: one per thread.
#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

class Hunspell;

namespace trendweb {

class Speller
{
public:
    ~Speller();

    // Loads `language` (e.g. "nl_NL") from TRENDWEB_HUNSPELL_DIR or the system's
    // dictionary folders. A missing dictionary is an error that says what to install.
    static Result<std::unique_ptr<Speller>>
    create(const QString &language = QStringLiteral("nl_NL"));

    // Adds a word list in hunspell's .dic format; its entries may carry the
    // dictionary's affix flags ("netcongestie/ZaCeCc"). A missing file is no error.
    Result<void> addWordList(const QString &path);
    void addWord(const QString &word);
    void ignore(const QString &word); // for this session only

    // True for a correct word. Hyphenated compounds are correct when the whole or
    // each part is. `followedByPeriod`: a period follows, so "bijv" may be "bijv.".
    bool isCorrect(const QString &word, bool followedByPeriod = false);

    // Slow (hunspell's suggestions for Dutch compounds can take hundreds of ms).
    QStringList suggest(const QString &word);

    QString language() const { return m_language; }

private:
    explicit Speller(std::unique_ptr<Hunspell> hunspell, const QString &language);
    bool check(const QString &word);

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QHash<QString, bool> m_cache;
};

// The folders searched for hunspell dictionaries.
QStringList dictionaryFolders();

} // namespace trendweb
