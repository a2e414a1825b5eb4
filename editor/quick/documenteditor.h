// Edits of the text in the editor that Ctrl+Z takes back in one step: the panels'
// operations, the status box and spelling replacements all go through here.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QStringList>
#include <QVariantList>
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
    // The Eigenschappen of the lemma as its front matter has them now.
    Q_PROPERTY(QString title READ title NOTIFY propertiesChanged)
    Q_PROPERTY(QStringList authors READ authors NOTIFY propertiesChanged)
    // The length target in words ("lengte:"); 0 when there is none.
    Q_PROPERTY(int lengthTarget READ lengthTarget NOTIFY propertiesChanged)
    // Where the body starts: just past the front matter's closing line (0 without one).
    Q_PROPERTY(int bodyStart READ bodyStart NOTIFY bodyStartChanged)
    // Whether the front matter's lines are shown ("Bron tonen"). When they are not, they
    // stay in the document (every offset is still a file offset) but out of sight: the
    // highlighter draws them transparent at one pixel (SpellChecker.hideFrontMatter) and
    // the editor scrolls that sliver above the page. (Invisible blocks would be cleaner,
    // but Qt 6.4's QQuickTextEdit crashes on them.)
    Q_PROPERTY(bool showSource READ showSource WRITE setShowSource NOTIFY showSourceChanged)

public:
    explicit DocumentEditor(QObject *parent = nullptr);

    QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);
    int revision() const { return m_revision; }
    QString status() const { return m_status; }
    QString title() const { return m_title; }
    QStringList authors() const { return m_authors; }
    int lengthTarget() const { return m_lengthTarget; }
    int bodyStart() const { return m_bodyStart; }
    bool showSource() const { return m_showSource; }
    void setShowSource(bool show);

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
    // Eigenschappen: each writes only its own line(s) of the front matter as one undo
    // step, and returns the reason when it cannot ("" when it was written).
    Q_INVOKABLE QString setTitle(const QString &title);
    Q_INVOKABLE QString setAuthors(const QStringList &authors);
    // 0 removes the target.
    Q_INVOKABLE QString setLengthTarget(int words);
    // A link to the lemma `slug` in place of [start, end): that text as its label, or
    // `title` when nothing is selected. Returns the position just after the link.
    // The body's note references and lemma links, for the hints drawn over them: a flat
    // list of [kind (0 note, 1 link), start, length, label or slug] per mark.
    Q_INVOKABLE QVariantList inlineMarks() const;
    Q_INVOKABLE int insertLemmaLink(int start, int end, const QString &slug, const QString &title);

Q_SIGNALS:
    void textDocumentChanged();
    void edited();
    void statusChanged();
    void propertiesChanged();
    void bodyStartChanged();
    void showSourceChanged();

private:
    QString text() const;
    void followStatus();

    QPointer<QQuickTextDocument> m_textDocument;
    QMetaObject::Connection m_contentsChanged;
    int m_revision = 0;
    QString m_status;
    QString m_frontMatter; // the text up to the body, as last read
    QString m_title;
    QStringList m_authors;
    int m_lengthTarget = 0;
    int m_bodyStart = 0;
    bool m_showSource = false;
};

} // namespace trendweb
