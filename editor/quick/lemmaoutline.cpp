#include "lemmaoutline.h"

#include "editing/lemmaedits.h"
#include "editioncontroller.h"
#include "markdown/markdowndocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace trendweb {

namespace {

QString folded(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toLower());
    }
    return result;
}

QVariantMap lemmaEntry(const Document &lemma)
{
    return {{QStringLiteral("slug"), lemma.slug},
            {QStringLiteral("title"), lemma.displayTitle()},
            {QStringLiteral("letter"), lemma.letter}};
}

template<typename T> QVariantMap outcome(const Result<T> &result, int cursor = -1)
{
    if (!result)
        return {{QStringLiteral("error"), result.error().message}};
    return {{QStringLiteral("text"), result.value()}, {QStringLiteral("cursor"), cursor}};
}

Figure figureFrom(const QVariantMap &map)
{
    Figure figure;
    figure.id = map.value(QStringLiteral("id")).toString().trimmed();
    figure.caption = map.value(QStringLiteral("caption")).toString().trimmed();
    figure.source = map.value(QStringLiteral("source")).toString().trimmed();
    figure.note = map.value(QStringLiteral("note")).toString().trimmed();
    figure.image = map.value(QStringLiteral("image")).toString().trimmed();
    figure.alt = map.value(QStringLiteral("alt")).toString().trimmed();
    figure.numbered = map.value(QStringLiteral("numbered"), true).toBool();
    return figure;
}

} // namespace

LemmaOutline::LemmaOutline(QObject *parent)
    : QObject(parent)
{}

void LemmaOutline::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    if (m_edition) {
        connect(m_edition, &EditionController::diagnosticsChanged, this, &LemmaOutline::refresh);
        connect(m_edition, &EditionController::loadedChanged, this, &LemmaOutline::refresh);
    }
    Q_EMIT editionChanged();
    refresh();
}

void LemmaOutline::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT pathChanged();
    refresh();
}

QString LemmaOutline::slug() const
{
    QString slug = m_path;
    if (!slug.startsWith(QLatin1String("lemmas/")) || !slug.endsWith(QLatin1String(".md")))
        return {};
    return slug.mid(7, slug.size() - 10);
}

void LemmaOutline::refresh()
{
    // Each check of the text comes here; the panels are only rebuilt when what they show
    // changed (typing in a paragraph changes no note, link or figure).
    const QVariantList footnotes = m_footnotes;
    const QVariantList related = m_related;
    const QVariantList backlinks = m_backlinks;
    const QVariantList figures = m_figures;
    m_footnotes.clear();
    m_related.clear();
    m_backlinks.clear();
    m_figures.clear();
    const auto edition = m_edition ? m_edition->snapshot() : nullptr;
    const Document *lemma = edition ? edition->lemma(slug()) : nullptr;
    if (lemma) {
        QSet<QString> cited;
        for (const Figure &figure : lemma->figures)
            cited.insert(figure.note);
        for (const Footnote &note : lemma->footnotes) {
            QString state = QStringLiteral("ok");
            if (!note.defined())
                state = QStringLiteral("undefined");
            else if (note.referenceCount == 0 && !cited.contains(note.label))
                state = QStringLiteral("unused");
            else if (note.text.trimmed().isEmpty())
                state = QStringLiteral("empty");
            m_footnotes.append(
                QVariantMap{{QStringLiteral("label"), note.label},
                            {QStringLiteral("number"), note.number},
                            {QStringLiteral("text"), note.text},
                            {QStringLiteral("urls"), note.urls},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("referenceCount"), note.referenceCount}});
        }
        for (const QString &related : lemma->related) {
            const Document *other = edition->lemma(related);
            QVariantMap entry = other ? lemmaEntry(*other)
                                      : QVariantMap{{QStringLiteral("slug"), related},
                                                    {QStringLiteral("title"), related},
                                                    {QStringLiteral("letter"), QString()}};
            entry.insert(QStringLiteral("exists"), other != nullptr);
            m_related.append(entry);
        }
        for (const QString &from : edition->backlinks(lemma->slug)) {
            if (const Document *other = edition->lemma(from))
                m_backlinks.append(lemmaEntry(*other));
        }
        QHash<int, FigureInText> inText;
        for (const FigureInText &placed : figuresInText(lemma->figures, lemma->markers))
            inText.insert(placed.index, placed);
        for (int i = 0; i < lemma->figures.size(); ++i) {
            const Figure &figure = lemma->figures[i];
            m_figures.append(QVariantMap{{QStringLiteral("id"), figure.id},
                                         {QStringLiteral("number"), inText.value(i).number},
                                         {QStringLiteral("numbered"), figure.numbered},
                                         {QStringLiteral("placed"), inText.value(i).line > 0},
                                         {QStringLiteral("caption"), figure.caption},
                                         {QStringLiteral("source"), figure.source},
                                         {QStringLiteral("note"), figure.note},
                                         {QStringLiteral("image"), figure.image},
                                         {QStringLiteral("alt"), figure.alt}});
        }
    }
    if (footnotes != m_footnotes || related != m_related || backlinks != m_backlinks ||
        figures != m_figures)
        Q_EMIT changed();
}

QVariantList LemmaOutline::matchingLemmas(const QString &query) const
{
    QVariantList matches;
    const auto edition = m_edition ? m_edition->snapshot() : nullptr;
    if (!edition)
        return matches;
    const QString wanted = folded(query.trimmed());
    QVariantList later; // matches inside a word come after those at a word's start
    for (const Document &lemma : edition->lemmas) {
        if (lemma.slug == slug())
            continue;
        const QString title = folded(lemma.displayTitle());
        const qsizetype at = title.indexOf(wanted);
        if (at == 0 || (at > 0 && !title.at(at - 1).isLetterOrNumber()))
            matches.append(lemmaEntry(lemma));
        else if (at > 0 || lemma.slug.contains(wanted))
            later.append(lemmaEntry(lemma));
    }
    return matches + later;
}

QVariantMap LemmaOutline::insertFootnote(const QString &text, int position) const
{
    const auto inserted = trendweb::insertFootnote(text, position);
    if (!inserted)
        return {{QStringLiteral("error"), inserted.error().message}};
    return {{QStringLiteral("text"), inserted->text},
            {QStringLiteral("label"), inserted->label},
            {QStringLiteral("cursor"), inserted->referenceEnd},
            {QStringLiteral("definition"), inserted->definitionEnd}};
}

QVariantMap LemmaOutline::setFootnoteText(const QString &text, const QString &label,
                                          const QString &noteText) const
{
    return outcome(trendweb::setFootnoteText(text, label, noteText));
}

QVariantMap LemmaOutline::deleteFootnote(const QString &text, const QString &label) const
{
    const QList<int> references = footnoteReferencePositions(text, label);
    return outcome(trendweb::deleteFootnote(text, label), references.value(0, -1));
}

QVariantList LemmaOutline::referencePositions(const QString &text, const QString &label) const
{
    QVariantList positions;
    for (const int position : footnoteReferencePositions(text, label))
        positions.append(position);
    return positions;
}

int LemmaOutline::definitionPosition(const QString &text, const QString &label) const
{
    return footnoteDefinitionPosition(text, label);
}

QString LemmaOutline::footnoteAt(const QString &text, int position) const
{
    // "[^label]" around the position, or a definition line "[^label]: …" holding it.
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), qMax(0, position - 1)) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), position);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QString line = text.mid(lineStart, lineEnd - lineStart);
    const int column = int(position - lineStart);
    for (qsizetype at = line.indexOf(QLatin1String("[^")); at >= 0;
         at = line.indexOf(QLatin1String("[^"), at + 2)) {
        const qsizetype close = line.indexOf(QLatin1Char(']'), at);
        if (close < 0)
            break;
        const bool definition = at == 0 && line.mid(close + 1).startsWith(QLatin1Char(':'));
        if (definition || (column >= at && column <= close + 1))
            return line.mid(at + 2, close - at - 2);
    }
    return {};
}

QString LemmaOutline::footnoteText(const QString &label) const
{
    for (const QVariant &note : m_footnotes) {
        const QVariantMap map = note.toMap();
        if (map.value(QStringLiteral("label")).toString() == label)
            return map.value(QStringLiteral("text")).toString();
    }
    return {};
}

QVariantMap LemmaOutline::addRelated(const QString &text, const QString &slug) const
{
    if (slug == this->slug())
        return {{QStringLiteral("error"), tr("Een lemma kan niet naar zichzelf verwijzen.")}};
    return outcome(trendweb::addRelated(text, slug));
}

QVariantMap LemmaOutline::removeRelated(const QString &text, const QString &slug) const
{
    return outcome(trendweb::removeRelated(text, slug));
}

QVariantMap LemmaOutline::moveRelated(const QString &text, const QString &slug, int step) const
{
    return outcome(trendweb::moveRelated(text, slug, step));
}

QVariantMap LemmaOutline::saveFigure(const QString &text, int index, const QVariantMap &map) const
{
    QList<Figure> figures = figuresOf(text);
    Figure figure = figureFrom(map);
    if (figure.caption.isEmpty())
        return outcome(Result<QString>(Error::withMessage(tr("Geef de figuur een bijschrift."))));
    if (!figure.image.isEmpty() && figure.alt.isEmpty())
        return outcome(Result<QString>(Error::withMessage(
            tr("Beschrijf de afbeelding in de alternatieve tekst, voor wie haar niet kan zien."))));
    QList<Figure> others = figures;
    if (index >= 0 && index < others.size())
        others.removeAt(index);
    if (figure.id.isEmpty())
        figure.id = figureIdFor(figure.caption, others);
    for (const Figure &other : std::as_const(others)) {
        if (other.id == figure.id)
            return outcome(Result<QString>(Error::withMessage(
                tr("Er is al een figuur met de naam %1 in dit lemma.").arg(figure.id))));
    }
    if (index >= 0 && index < figures.size())
        figures[index] = figure;
    else
        figures.append(figure);
    return outcome(setFigures(text, figures));
}

QVariantMap LemmaOutline::placeFigure(const QString &text, int position, const QString &id) const
{
    const auto placed = trendweb::placeFigure(text, position, id);
    if (!placed)
        return {{QStringLiteral("error"), placed.error().message}};
    return {{QStringLiteral("text"), placed->text}, {QStringLiteral("cursor"), placed->cursor}};
}

QVariantMap LemmaOutline::removeFigure(const QString &text, int index) const
{
    QList<Figure> figures = figuresOf(text);
    if (index < 0 || index >= figures.size())
        return outcome(
            Result<QString>(Error::withMessage(tr("Die figuur staat niet in dit lemma."))));
    figures.removeAt(index);
    return outcome(setFigures(text, figures));
}

QVariantMap LemmaOutline::moveFigure(const QString &text, int index, int step) const
{
    QList<Figure> figures = figuresOf(text);
    if (index < 0 || index >= figures.size() || index + step < 0 || index + step >= figures.size())
        return outcome(Result<QString>(Error::withMessage(tr("Verder kan deze figuur niet."))));
    figures.move(index, index + step);
    return outcome(setFigures(text, figures));
}

QVariantMap LemmaOutline::copyImage(const QString &file)
{
    const QUrl url(file);
    const QString local = url.isLocalFile() ? url.toLocalFile() : file;
    if (!m_edition || slug().isEmpty())
        return {{QStringLiteral("error"), tr("Open eerst een lemma.")}};
    const QDir root(m_edition->rootPath());
    const QStringList before =
        QDir(root.filePath(QStringLiteral("figures/") + slug())).entryList(QDir::Files);
    const auto copied = copyFigureImage(root.path(), slug(), local);
    if (!copied)
        return {{QStringLiteral("error"), copied.error().message}};
    // The same image already in the edition is reused, not copied: only a new file is
    // the dialog's to take back.
    if (!before.contains(QFileInfo(copied.value()).fileName()))
        m_copiedImages.insert(copied.value());
    return {{QStringLiteral("path"), copied.value()}};
}

void LemmaOutline::discardImage(const QString &path)
{
    if (!m_edition || !m_copiedImages.remove(path))
        return;
    QFile::remove(QDir(m_edition->rootPath()).filePath(path));
}

} // namespace trendweb
