// Find and replace for QML: in the open text (the editor's find bar, Ctrl+F and Ctrl+H)
// and across the edition (the Zoeken dialog, Ctrl+Shift+F).
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class EditionController;
class LemmaDocument;

class EditionSearch : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("lemmadocument.h")
    QML_ELEMENT
    Q_PROPERTY(
        trendweb::EditionController *edition READ edition WRITE setEdition NOTIFY editionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool caseSensitive READ caseSensitive WRITE setCaseSensitive NOTIFY optionsChanged)
    Q_PROPERTY(bool wholeWords READ wholeWords WRITE setWholeWords NOTIFY optionsChanged)
    // Across the edition: {path, title, letter, start, length, line, column, before, match, after}.
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(int fileCount READ fileCount NOTIFY resultsChanged)

public:
    explicit EditionSearch(QObject *parent = nullptr);

    EditionController *edition() const { return m_edition; }
    void setEdition(EditionController *edition);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool caseSensitive() const { return m_caseSensitive; }
    void setCaseSensitive(bool on);
    bool wholeWords() const { return m_wholeWords; }
    void setWholeWords(bool on);
    QVariantList results() const { return m_results; }
    int fileCount() const { return m_fileCount; }

    // In one text: the offsets of the query, and the text with all of them replaced.
    Q_INVOKABLE QVariantList positions(const QString &text) const;
    Q_INVOKABLE QVariantMap replacedIn(const QString &text, const QString &replacement) const;

    // Replaces in every file of the edition on disk: {files, count} or {error}. The open
    // text must be saved first; the edition is opened again afterwards.
    Q_INVOKABLE QVariantMap replaceInEdition(const QString &replacement);
    // *Alles vervangen* as a whole: the text open in `document` is saved first (nothing is
    // replaced when that fails), every file is replaced, and the open text is read again.
    // {files, count, message} or {error, message}; `message` is what the author reads.
    Q_INVOKABLE QVariantMap replaceEverywhere(const QString &replacement,
                                              trendweb::LemmaDocument *document);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void editionChanged();
    void queryChanged();
    void optionsChanged();
    void resultsChanged();

private:
    QPointer<EditionController> m_edition;
    QString m_query;
    bool m_caseSensitive = false;
    bool m_wholeWords = false;
    QVariantList m_results;
    int m_fileCount = 0;
    QTimer m_timer;
};

} // namespace trendweb
