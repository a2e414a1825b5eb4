#include "spelling/speller.h"

#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <hunspell/hunspell.hxx>

namespace trendweb {

namespace {

// The Dutch dictionary stores "ij" as the ligature "ĳ" and the apostrophe as "'", and
// converts what it checks (ICONV in nl.aff). Entries added to it must be in that form.
QString dictionaryForm(QString word)
{
    word.replace(QLatin1String("ij"), QStringLiteral("ĳ"));
    word.replace(QLatin1String("IJ"), QStringLiteral("Ĳ"));
    word.replace(QStringLiteral("’"), QStringLiteral("'"));
    return word;
}

} // namespace

QStringList dictionaryFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("TRENDWEB_HUNSPELL_DIR");
    if (!fromEnvironment.isEmpty())
        folders.append(fromEnvironment);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
            << QStringLiteral("/usr/share/myspell");
    return folders;
}

Speller::Speller(std::unique_ptr<Hunspell> hunspell, const QString &language)
    : m_hunspell(std::move(hunspell))
    , m_language(language)
{}

Speller::~Speller() = default;

Result<std::unique_ptr<Speller>> Speller::create(const QString &language)
{
    for (const QString &folder : dictionaryFolders()) {
        const QString aff = QDir(folder).filePath(language + QStringLiteral(".aff"));
        const QString dic = QDir(folder).filePath(language + QStringLiteral(".dic"));
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                   QFile::encodeName(dic).constData());
        return std::unique_ptr<Speller>(new Speller(std::move(hunspell), language));
    }
    return Error{QCoreApplication::translate(
                     "trendweb", "Het Nederlandse woordenboek (%1) is niet gevonden, dus de "
                                 "spelling wordt niet gecontroleerd. Installeer het met: "
                                 "apt-get install hunspell-nl")
                     .arg(language),
                 {},
                 0,
                 0,
                 QStringLiteral("hunspell dictionary %1 not found").arg(language)};
}

Result<void> Speller::addWordList(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    // Written by people as they write Dutch; handed to hunspell in the dictionary's form.
    QStringList lines = text.value().split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        line = dictionaryForm(slash < 0 ? line : line.left(slash)) +
               (slash < 0 ? QString() : line.mid(slash));
    }
    QTemporaryFile converted;
    if (!converted.open())
        return Error{QCoreApplication::translate("trendweb", "Kan geen tijdelijk bestand maken."),
                     path};
    converted.write(lines.join(QLatin1Char('\n')).toUtf8());
    converted.flush();
    if (m_hunspell->add_dic(QFile::encodeName(converted.fileName()).constData()) != 0) {
        return Error{QCoreApplication::translate("trendweb", "De woordenlijst kan niet worden "
                                                             "gelezen."),
                     path};
    }
    m_cache.clear();
    return {};
}

void Speller::addWord(const QString &word)
{
    m_hunspell->add(dictionaryForm(word).toStdString());
    m_cache.insert(word, true);
}

void Speller::ignore(const QString &word)
{
    m_cache.insert(word, true);
}

bool Speller::check(const QString &word)
{
    return m_hunspell->spell(word.toStdString());
}

bool Speller::isCorrect(const QString &word, bool followedByPeriod)
{
    if (followedByPeriod && !isCorrect(word))
        return isCorrect(word + QLatin1Char('.')); // an abbreviation: "bijv.", "o.a."
    if (const auto it = m_cache.constFind(word); it != m_cache.constEnd())
        return *it;
    bool correct = check(word);
    if (const qsizetype open = word.indexOf(QLatin1Char('(')); !correct && open > 0) {
        // "Bestaans(on)zekerheid": correct when both readings are.
        const qsizetype close = word.indexOf(QLatin1Char(')'), open);
        const QString with = QString(word).remove(open, 1).remove(close - 1, 1);
        const QString without = QString(word).remove(open, close - open + 1);
        correct = isCorrect(with) && isCorrect(without);
        m_cache.insert(word, correct);
        return correct;
    }
    if (!correct && word.contains(QLatin1Char('-'))) {
        correct = true;
        for (const QString &part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            correct = correct && (part.size() == 1 || check(part));
    }
    m_cache.insert(word, correct);
    return correct;
}

QStringList Speller::suggest(const QString &word)
{
    QStringList suggestions;
    for (const std::string &suggestion : m_hunspell->suggest(word.toStdString()))
        suggestions.append(QString::fromStdString(suggestion));
    return suggestions;
}

} // namespace trendweb
