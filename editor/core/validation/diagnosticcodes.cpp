#include "validation/diagnosticcodes.h"

#include <QCoreApplication>
#include <QHash>

namespace trendweb {

namespace {

// Fills %1 … %9 in one pass, so that a '%2' inside an argument (a URL) stays as it is.
QString fill(const QString &pattern, const QStringList &arguments)
{
    QString result;
    result.reserve(pattern.size() + 64);
    qsizetype copied = 0;
    for (qsizetype i = pattern.indexOf(QLatin1Char('%')); i >= 0 && i + 1 < pattern.size();
         i = pattern.indexOf(QLatin1Char('%'), i + 1)) {
        const int index = pattern[i + 1].digitValue() - 1;
        if (index < 0 || index >= arguments.size())
            continue;
        result += QStringView(pattern).mid(copied, i - copied);
        result += arguments[index];
        copied = i + 2;
        ++i;
    }
    result += QStringView(pattern).mid(copied);
    return result;
}

} // namespace

const QList<DiagnosticCode> &diagnosticCodes()
{
    static const QList<DiagnosticCode> codes = {
        // Reading files
        {"file-unreadable", Severity::Error, QT_TRANSLATE_NOOP("diagnostics", "%1"),
         "The file cannot be read."},
        {"invalid-utf8", Severity::Error, QT_TRANSLATE_NOOP("diagnostics", "%1"),
         "The file is not valid UTF-8 text."},
        {"yaml-syntax", Severity::Error, QT_TRANSLATE_NOOP("diagnostics", "%1"),
         "The YAML is not valid: %2"},
        {"front-matter-unclosed", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "De YAML-kop wordt niet afgesloten: zet een regel met "
                                          "alleen '---' tussen de kop en de tekst."),
         "The front matter is not closed: put a line with only '---' between it and the text."},
        {"schema", Severity::Error, QT_TRANSLATE_NOOP("diagnostics", "%1"), "%2"},
        {"path-outside-edition", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "%1 is een verwijzing (symbolische link) naar een bestand buiten de "
                           "editie en wordt niet gelezen. Zet het bestand zelf in de editie."),
         "%1 is a symbolic link to a file outside the edition and is not read. Put the file "
         "itself in the edition."},
        {"conflict-markers", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Dit bestand bevat nog conflictmarkeringen van Git ('<<<<<<<', "
                           "'>>>>>>>'): kies per plek welke tekst blijft en haal ze weg."),
         "This file still holds Git's conflict markers ('<<<<<<<', '>>>>>>>'): choose the text "
         "to keep at each place and remove them."},
        {"nul-character", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Dit bestand bevat een NUL-teken; dat hoort niet in tekst. Haal het "
                           "weg."),
         "This file holds a NUL character, which does not belong in text. Remove it."},
        {"merge-in-progress", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Er is een samenvoeging (merge) bezig die nog niet is afgemaakt; de "
                           "bestanden kunnen beide versies bevatten. Maak haar af of breek haar "
                           "af voordat u exporteert."),
         "A merge is in progress and not finished; the files may hold both versions. Finish "
         "or abort it before exporting."},
        {"git-operation-in-progress", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Git is midden in een %1 die nog niet is afgemaakt (begonnen met 'git "
                           "%1'); de bestanden kunnen half veranderd zijn. Maak die af ('%2') of "
                           "breek die af ('%3'), met het programma waarmee die begon, voordat u "
                           "exporteert."),
         "Git is in the middle of a %1 that is not finished (started with 'git %1'); the files "
         "may be half changed. Finish it ('%2') or abort it ('%3') with the tool that started "
         "it before exporting."},
        // The edition as a whole
        {"lemma-file-missing", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "%1 staat in edition.yaml, maar het bestand %2 bestaat niet."),
         "%1 is listed in edition.yaml, but the file %2 does not exist."},
        {"thread-file-missing", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "%1 staat in edition.yaml, maar het bestand %2 bestaat niet."),
         "%1 is listed in edition.yaml, but the file %2 does not exist."},
        {"lemma-not-listed", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Dit lemma staat niet in edition.yaml en krijgt dus geen letter. "
                           "Voeg '%1' toe aan de lijst 'lemmas' in edition.yaml."),
         "This lemma is not listed in edition.yaml and so has no letter. Add '%1' to the "
         "'lemmas' list in edition.yaml."},
        {"title-duplicate", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "De titel '%1' staat ook boven %2."),
         "The title '%1' is also the title of %2."},
        {"lemma-empty", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Dit lemma heeft nog geen tekst."),
         "This lemma has no text yet."},
        // Cross-links
        {"link-missing-lemma", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Verwijzing naar '%1', maar dat lemma bestaat niet."),
         "Link to '%1', but there is no such lemma."},
        {"link-self", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Dit lemma verwijst naar zichzelf."),
         "This lemma links to itself."},
        {"link-duplicate", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "'%1' staat twee keer onder 'Lees meer over'."),
         "'%1' is listed twice under 'read more about'."},
        {"lemma-orphan", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "Geen ander lemma verwijst naar dit lemma."),
         "No other lemma links to this lemma."},
        {"lemma-no-links", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Dit lemma verwijst nog naar geen enkel ander lemma ('related')."),
         "This lemma does not link to any other lemma yet ('related')."},
        // Footnotes
        {"footnote-undefined", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Voetnoot [^%1] wordt gebruikt, maar heeft geen tekst ('[^%1]: …')."),
         "Footnote [^%1] is referenced but never defined ('[^%1]: …')."},
        {"footnote-unused", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "Voetnoot [^%1] wordt nergens in de tekst gebruikt."),
         "Footnote [^%1] is defined but never referenced."},
        {"footnote-duplicate", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Voetnoot [^%1] is twee keer gedefinieerd."),
         "Footnote [^%1] is defined twice."},
        {"footnote-empty", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "Voetnoot [^%1] heeft nog geen tekst: de bron moet "
                                          "nog worden ingevuld."),
         "Footnote [^%1] has no text yet: its source is still to be written."},
        {"url-invalid", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "'%1' is geen geldig http(s)-adres."),
         "'%1' is not a valid http(s) URL."},
        // Figures
        {"figure-no-caption", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Figuur '%1' heeft geen onderschrift."),
         "Figure '%1' has no caption."},
        {"figure-no-source", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "Figuur '%1' heeft geen bron."),
         "Figure '%1' has no source."},
        {"figure-duplicate-id", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "Er zijn twee figuren met de naam '%1'."),
         "Two figures are called '%1'."},
        {"figure-note-missing", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Figuur '%1' noemt voetnoot [^%2] als bron, maar die bestaat niet."),
         "Figure '%1' cites footnote [^%2], which does not exist."},
        {"figure-image-missing", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics", "De afbeelding '%2' van figuur '%1' bestaat niet."),
         "The image '%2' of figure '%1' does not exist."},
        {"figure-image-outside", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "De afbeelding '%2' van figuur '%1' staat niet in de map figures/ van "
                           "de editie; geef een pad als 'figures/<lemma>/<bestand>'."),
         "The image '%2' of figure '%1' is not in the edition's figures/ folder; give a path "
         "such as 'figures/<lemma>/<file>'."},
        {"figure-no-image", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics", "Figuur '%1' heeft nog geen afbeelding."),
         "Figure '%1' has no image yet."},
        {"figure-not-placed", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Figuur '%1' staat nog nergens in de tekst: zet de regel %2 op de "
                           "plek waar de figuur hoort (Figuren › In tekst plaatsen)."),
         "Figure '%1' has no place in the text yet: put the line %2 where the figure belongs "
         "(Figuren › Place in text)."},
        {"figure-placed-twice", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Figuur '%1' staat hier voor de tweede keer in de tekst: een figuur "
                           "staat op één plek. Haal deze regel weg."),
         "Figure '%1' is placed here a second time: a figure has one place. Remove this line."},
        {"figure-marker-unknown", Severity::Error,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Hier staat figuur '%1', maar dit lemma heeft geen figuur met die "
                           "naam. Verbeter de naam of voeg de figuur toe in het paneel Figuren."),
         "Figure '%1' is placed here, but this lemma has no figure of that name. Correct the "
         "name or add the figure in the Figuren panel."},
        {"source-list-missing", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Lijst ontbreekt in de bron: de gedrukte editie had hier een lijst die "
                           "bij het overnemen verloren ging. Neem de lijst over uit de druk en "
                           "haal deze regel weg."),
         "List missing in the source: the printed edition had a list here that was lost in the "
         "import. Copy it from the print and remove this line."},
        {"source-table-missing", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "Tabel ontbreekt in de bron: de gedrukte editie had hier een tabel die "
                           "bij het overnemen verloren ging. Neem de tabel over uit de druk en "
                           "haal deze regel weg."),
         "Table missing in the source: the printed edition had a table here that was lost in "
         "the import. Copy it from the print and remove this line."},
        {"print-reference", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "'%1' verwijst naar de bladzijde van de gedrukte editie; op het web "
                           "klopt dat niet. Noem de figuur of tabel bij haar nummer."),
         "'%1' refers to the printed page, which is wrong on the web. Name the figure or table "
         "by its number."},
        // Sections
        {"relevance-missing", Severity::Warning,
         QT_TRANSLATE_NOOP("diagnostics",
                           "De paragraaf 'Relevantie voor Overijsselse gemeenten' ontbreekt."),
         "The section 'Relevantie voor Overijsselse gemeenten' is missing."},
    };
    return codes;
}

Diagnostic makeDiagnostic(const char *code, const QString &file, int line, int column,
                          const QStringList &arguments)
{
    static const QHash<QByteArray, const DiagnosticCode *> byCode = [] {
        QHash<QByteArray, const DiagnosticCode *> table;
        for (const DiagnosticCode &known : diagnosticCodes())
            table.insert(QByteArray(known.code), &known);
        return table;
    }();
    if (const DiagnosticCode *found = byCode.value(QByteArray::fromRawData(code, qstrlen(code)))) {
        const DiagnosticCode &known = *found;
        const QString dutch =
            fill(QCoreApplication::translate("diagnostics", known.dutch), arguments);
        const QString english = fill(QString::fromUtf8(known.english), arguments);
        return {QString::fromLatin1(code), known.severity, file, line, column, dutch, english};
    }
    Q_ASSERT_X(false, "makeDiagnostic", code);
    return {};
}

} // namespace trendweb
