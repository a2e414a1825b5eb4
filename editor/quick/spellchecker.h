// Spelling in the editor, for QML: loads the Dutch dictionary and the word
// lists off the UI thread, underlines unknown words in a TextArea's document,
// and offers suggestions (computed off the UI thread), "add to word list" and
// "ignore".
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QQuickTextDocument>
#include <QThreadPool>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace trendweb {

class MarkdownHighlighter;
class Speller;

class SpellChecker : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY
                   textDocumentChanged)
    // The edition whose woordenlijst.dic is used and added to.
    // The front matter drawn out of sight (MarkdownHighlighter::setFrontMatterHidden).
    Q_PROPERTY(bool hideFrontMatter READ hideFrontMatter WRITE setHideFrontMatter NOTIFY
                   hideFrontMatterChanged)
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    // [start, end, start, end, …]: passages with open review comments, marked in the text.
    Q_PROPERTY(QVariantList commentMarks READ commentMarks WRITE setCommentMarks NOTIFY
                   commentMarksChanged)
    // [start, end, …]: passages a reviewer suggested other wording for, struck through.
    Q_PROPERTY(QVariantList editSuggestionMarks READ editSuggestionMarks WRITE
                   setEditSuggestionMarks NOTIFY editSuggestionMarksChanged)

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);
    QString editionRoot() const { return m_editionRoot; }
    void setEditionRoot(const QString &root);
    bool hideFrontMatter() const { return m_hideFrontMatter; }
    void setHideFrontMatter(bool hide);
    bool ready() const { return m_checker != nullptr; }
    QString errorMessage() const { return m_errorMessage; }
    QString language() const { return QStringLiteral("nl_NL"); }

    QVariantList commentMarks() const { return m_commentMarks; }
    void setCommentMarks(const QVariantList &marks);
    QVariantList editSuggestionMarks() const { return m_editSuggestionMarks; }
    void setEditSuggestionMarks(const QVariantList &marks);

    void classBegin() override {}
    void componentComplete() override;

    // {word, start, length, misspelled} of the word at a position in the document.
    Q_INVOKABLE QVariantMap wordAt(int position) const;
    // Starts looking for suggestions; suggestionsReady follows.
    Q_INVOKABLE void requestSuggestions(const QString &word);
    // Adds to the edition's shared word list (it goes into the next version).
    Q_INVOKABLE bool addToWordList(const QString &word);
    Q_INVOKABLE void ignore(const QString &word);
    // [start, length, start, length, …]: the words marked unknown, for the red wave the
    // editor draws under them (Qt Quick's text draws no wave and no underline colour).
    Q_INVOKABLE QVariantList misspelledRanges() const;

Q_SIGNALS:
    void hideFrontMatterChanged();
    void textDocumentChanged();
    void editionRootChanged();
    void readyChanged();
    void errorMessageChanged();
    void suggestionsReady(const QString &word, const QStringList &suggestions);
    void commentMarksChanged();
    void editSuggestionMarksChanged();
    // The words marked unknown may have changed: ask misspelledRanges() again.
    void underliningChanged();

private:
    struct Loaded;
    static std::shared_ptr<Loaded> loadSpellers(const QString &editionRoot);
    void load();
    void finishLoading();
    void setErrorMessage(const QString &message);
    void announceUnderlining();

    QPointer<QQuickTextDocument> m_textDocument;
    QString m_editionRoot;
    QString m_errorMessage;
    bool m_complete = false;
    QVariantList m_commentMarks;
    QVariantList m_editSuggestionMarks;
    // Owned by the QTextDocument, which may go before this checker does.
    QPointer<MarkdownHighlighter> m_highlighter;
    bool m_hideFrontMatter = false;
    std::shared_ptr<Speller> m_checker;   // used on the UI thread, by the highlighter
    std::shared_ptr<Speller> m_suggester; // used only in m_suggestionPool, one job at a time
    QFutureWatcher<std::shared_ptr<Loaded>> m_loader;
    QThreadPool m_suggestionPool;
    QMetaObject::Connection m_contentsChange;
    bool m_underliningAnnounced = false;
};

} // namespace trendweb
