// Edits of the text in the editor that Ctrl+Z takes back in one step: the panels'
// operations, the status box and spelling replacements all go through here.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class DocumentEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY
                   textDocumentChanged)
    // Counts the edits made here: a replacement of the same length does not always make
    // the text item announce a change, so those who follow the text watch this too.
    Q_PROPERTY(int revision READ revision NOTIFY edited)
    // The status in the text's front matter ("draft", "review", "final"; "" when there is
    // none), following every change of the text, typed or not.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit DocumentEditor(QObject *parent = nullptr);

    QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);
    int revision() const { return m_revision; }
    QString status() const { return m_status; }

    // Replaces [start, end) with `text` as one undo step; returns the end of the new text.
    Q_INVOKABLE int replace(int start, int end, const QString &text);
    // Makes the whole text `text`, changing only what differs, as one undo step.
    // Returns the end of the changed part in the new text (-1 when nothing changed).
    Q_INVOKABLE int replaceAll(const QString &text);
    // Has the text item draw every line of its text from now on, not only the lines in
    // view. Qt 6.4's TextEdit builds a long text (over 10,000 characters) only where the
    // view was when the text was set, and misses the view moving afterwards: a lemma
    // opened while the view was scrolled, or scrolled through quickly, stayed blank.
    // Called whenever the item gets a new text, since setting one turns that back on.
    Q_INVOKABLE void drawAllLines();
    // Writes `status` in the front matter as one undo step; the reason when it cannot
    // be written ("" when it was, or already was).
    Q_INVOKABLE QString setStatus(const QString &status);
    // A link to the lemma `slug` in place of [start, end): that text as its label, or
    // `title` when nothing is selected. Returns the position just after the link.
    Q_INVOKABLE int insertLemmaLink(int start, int end, const QString &slug, const QString &title);

Q_SIGNALS:
    void textDocumentChanged();
    void edited();
    void statusChanged();

private:
    QString text() const;
    void followStatus();

    QPointer<QQuickTextDocument> m_textDocument;
    QMetaObject::Connection m_contentsChanged;
    int m_revision = 0;
    QString m_status;
};

} // namespace trendweb
