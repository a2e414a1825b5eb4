// What the Voetnoten, Lees meer and Figuren panels show of the open lemma, and the
// edits they make. The lists follow the edition's check of the text being typed (off
// the UI thread); an edit takes the editor's text and returns the new text, which the
// editor applies as one undo step.
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class EditionController;

class LemmaOutline : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        trendweb::EditionController *edition READ edition WRITE setEdition NOTIFY editionChanged)
    // The lemma, relative to the edition root: "lemmas/<slug>.md".
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QString slug READ slug NOTIFY pathChanged)
    // {label, number, text, urls, state, referenceCount}; state is "ok", "empty"
    // (still to be written), "unused" or "undefined" (referenced, no text).
    Q_PROPERTY(QVariantList footnotes READ footnotes NOTIFY changed)
    // {slug, title, letter, exists}, in the list's order.
    Q_PROPERTY(QVariantList related READ related NOTIFY changed)
    // {slug, title, letter}: the lemmas that link here.
    Q_PROPERTY(QVariantList backlinks READ backlinks NOTIFY changed)
    // {id, number, caption, source, note, image, alt, numbered, placed}; `number` is
    // "Figuur N" in text order (0 when unnumbered), `placed` whether a marker places it.
    Q_PROPERTY(QVariantList figures READ figures NOTIFY changed)

public:
    explicit LemmaOutline(QObject *parent = nullptr);

    EditionController *edition() const { return m_edition; }
    void setEdition(EditionController *edition);
    QString path() const { return m_path; }
    void setPath(const QString &path);
    QString slug() const;
    QVariantList footnotes() const { return m_footnotes; }
    QVariantList related() const { return m_related; }
    QVariantList backlinks() const { return m_backlinks; }
    QVariantList figures() const { return m_figures; }

    // Lemmas whose title or slug contains `query` (accents and case ignored), the open one
    // left out: {slug, title, letter}.
    Q_INVOKABLE QVariantList matchingLemmas(const QString &query) const;

    // Each edit returns {text, cursor} on success or {error} with the reason in Dutch.
    Q_INVOKABLE QVariantMap insertFootnote(const QString &text, int position) const;
    Q_INVOKABLE QVariantMap setFootnoteText(const QString &text, const QString &label,
                                            const QString &noteText) const;
    Q_INVOKABLE QVariantMap deleteFootnote(const QString &text, const QString &label) const;
    Q_INVOKABLE QVariantList referencePositions(const QString &text, const QString &label) const;
    Q_INVOKABLE int definitionPosition(const QString &text, const QString &label) const;
    // The label of the reference or definition at `position`, or "".
    Q_INVOKABLE QString footnoteAt(const QString &text, int position) const;
    // The text of a note as the panel last read it.
    Q_INVOKABLE QString footnoteText(const QString &label) const;

    Q_INVOKABLE QVariantMap addRelated(const QString &text, const QString &slug) const;
    Q_INVOKABLE QVariantMap removeRelated(const QString &text, const QString &slug) const;
    Q_INVOKABLE QVariantMap moveRelated(const QString &text, const QString &slug, int step) const;

    // `figure` is {id, caption, source, note, image, alt}; `index` -1 adds it at the end.
    Q_INVOKABLE QVariantMap saveFigure(const QString &text, int index,
                                       const QVariantMap &figure) const;
    Q_INVOKABLE QVariantMap removeFigure(const QString &text, int index) const;
    Q_INVOKABLE QVariantMap moveFigure(const QString &text, int index, int step) const;
    // Puts the marker line of figure `id` after the paragraph at `position` (moving it
    // when it was placed elsewhere): {text, cursor} or {error}.
    Q_INVOKABLE QVariantMap placeFigure(const QString &text, int position, const QString &id) const;
    // Copies a chosen image (a path or file: URL) into figures/<slug>/: {path} or {error}.
    Q_INVOKABLE QVariantMap copyImage(const QString &file);
    // Removes an image that copyImage put into the edition, when the figure it was for was
    // not added after all (the dialog cancelled, another image chosen). An image that was
    // already in the edition before is never removed.
    Q_INVOKABLE void discardImage(const QString &path);

Q_SIGNALS:
    void editionChanged();
    void pathChanged();
    void changed();

private:
    void refresh();

    QPointer<EditionController> m_edition;
    QString m_path;
    QVariantList m_footnotes;
    QVariantList m_related;
    QVariantList m_backlinks;
    QVariantList m_figures;
    QSet<QString> m_copiedImages; // relative paths this outline copied in
};

} // namespace trendweb
