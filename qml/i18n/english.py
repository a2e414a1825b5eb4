#!/usr/bin/env python3
"""Fills qml/i18n/trendweb_en.ts with the English UI texts.

The UI is written in Dutch (the source language); this table is the English
translation, kept beside the .ts so that `lupdate` can be run again at any time
and the translations put back: python3 qml/i18n/english.py qml/i18n/trendweb_en.ts
"""
import html
import re
import sys

ENGLISH = {
    'Gewijzigd sinds de laatste versie': 'Changed since the last version',
    '%1 (%2)': '%1 (%2)',
    'Alles is vastgelegd.': 'Everything is committed.',
    'Wat is er veranderd?': 'What changed?',
    'Uw naam': 'Your name',
    'E-mailadres': 'E-mail address',
    'Samenvoeging vastleggen': 'Commit the merge',
    'Vastleggen': 'Commit',
    'Leg de aangevinkte wijzigingen vast als nieuwe versie (Ctrl+Enter)': 'Commit the checked changes as a new version (Ctrl+Enter)',
    '%1 · alinea %2%3': '%1 · paragraph %2%3',
    ' · gekozen: %1': ' · chosen: %1',
    'Mijn versie': 'My version',
    'Versie van de anderen': "The others' version",
    'Oorspronkelijk': 'Original',
    'Die van de anderen': "The others'",
    'Allebei': 'Both',
    'Deze tekst nemen': 'Use this text',
    'Bewerken…': 'Edit…',
    "Samenvoegen: %1 alinea('s) nog te kiezen": 'Merging: %1 paragraph(s) still to choose',
    'Samenvoegen afbreken': 'Abort the merge',
    'Zet alles terug zoals het was voor het ophalen': 'Put everything back as it was before the pull',
    'Inloggen bij de gedeelde editie': 'Log in to the shared edition',
    '%1 vraagt om een gebruikersnaam en token. Ze worden niet bewaard.': '%1 asks for a user name and token. They are not stored.',
    'Gebruikersnaam': 'User name',
    'Token': 'Token',
    '%1\n%2 · %3': '%1\n%2 · %3',
    'Versie openen…': 'Open version…',
    'Kies een versie om te zien wat er veranderde.': 'Choose a version to see what it changed.',
    '%1 %2': '%1 %2',
    'Niet opgeslagen': 'Not saved',
    'Opgeslagen, nog niet vastgelegd': 'Saved, not yet committed',
    'concept': 'draft',
    'review': 'review',
    'definitief': 'final',
    '%1 · %2': '%1 · %2',
    'Geen lemma geopend': 'No lemma open',
    'Tekst van het lemma': 'Text of the lemma',
    "Lemma's": 'Lemmas',
    '%1 — Trendweb Studio': '%1 — Trendweb Studio',
    'Trendweb Studio': 'Trendweb Studio',
    '%1 — versie: %2': '%1 — version: %2',
    'Editie ▾': 'Edition ▾',
    'Volgende editie starten…': 'Start the next edition…',
    'Nieuw lemma…': 'New lemma…',
    'Status van het lemma': 'Status of the lemma',
    'Status: concept, review of definitief': 'Status: draft, review or final',
    'Verwijderen': 'Delete',
    'Hernoemen': 'Rename',
    'Toevoegen': 'Add',
    'Lemma hernoemen…': 'Rename lemma…',
    'Lemma verwijderen…': 'Delete lemma…',
    'Nieuw lemma': 'New lemma',
    'Lemma hernoemen': 'Rename lemma',
    'Lemma verwijderen': 'Delete lemma',
    'Titel': 'Title',
    'Bijvoorbeeld: Regionale economie': 'For example: Regional economy',
    'Bestand: lemmas/%1.md': 'File: lemmas/%1.md',
    'Naam in links en bestandsnaam': 'Name in links and file name',
    'Alle verwijzingen in de editie gaan mee: edition.yaml, de lijsten ‘Lees meer over’, links in de tekst, figuren en opmerkingen.': 'Every reference in the edition follows: edition.yaml, the ‘Read more’ lists, links in the text, figures and comments.',
    '‘%1’ wordt verwijderd. Geen ander lemma verwijst ernaar.': '‘%1’ will be deleted. No other lemma refers to it.',
    '‘%1’ wordt nog genoemd in: %2.': '‘%1’ is still named in: %2.',
    'Die verwijzingen ook weghalen (links worden gewone tekst)': 'Remove those references too (links become plain text)',
    'Opslaan': 'Save',
    'Het lemma opslaan (Ctrl+S)': 'Save the lemma (Ctrl+S)',
    'Vastleggen…': 'Commit…',
    'Een versie vastleggen met een korte beschrijving (Ctrl+Shift+S)': 'Commit a version with a short description (Ctrl+Shift+S)',
    'Ophalen ⇣%1': 'Pull ⇣%1',
    'Het werk van de anderen ophalen en samenvoegen': "Fetch and merge the others' work",
    'Versturen ⇡%1': 'Push ⇡%1',
    'Uw vastgelegde versies delen met de anderen': 'Share your committed versions with the others',
    'Volgende editie starten': 'Start the next edition',
    'De huidige editie wordt gemarkeerd als uitgebrachte editie, en het jaar en editienummer in edition.yaml schuiven één op. Alle wijzigingen moeten daarvoor zijn vastgelegd.':
        'The current edition is tagged as released, and the year and edition number in edition.yaml move on by one. All changes must be committed first.',
    '%1: %2, %3 regel %4': '%1: %2, %3 line %4',
    'Fout': 'Error',
    'Waarschuwing': 'Warning',
    'Opmerking': 'Note',
    '%1 · regel %2 · %3': '%1 · line %2 · %3',
    'Dit lemma': 'This lemma',
    'Hele editie': 'Whole edition',
    'Geen problemen': 'No problems',
    'Problemen (%L1)': 'Problems (%L1)',
    'Problemen': 'Problems',
    'Wijzigingen (%L1)': 'Changes (%L1)',
    'Wijzigingen': 'Changes',
    'Geschiedenis': 'History',
    'Suggesties zoeken…': 'Looking for suggestions…',
    'Geen suggesties': 'No suggestions',
    'Dit woord is goed gespeld': 'This word is spelled correctly',
    'Toevoegen aan woordenlijst': 'Add to word list',
    'Negeren': 'Ignore',
    '%1 · %2 achter · %3 voor': '%1 · %2 behind · %3 ahead',
    'spelling laden…': 'loading spelling…',
    '%L1 woorden': '%L1 words',
    '1 probleem': '1 problem',
    '%L1 problemen': '%L1 problems',
    'niet opgeslagen': 'not saved',
    'opgeslagen': 'saved',
    'Stoppen': 'Stop',
    'Deze editie wordt nog niet gedeeld.': 'This edition is not shared yet.',
    'Onbekende server': 'Unknown server',
    'De server %1 is nog niet eerder gebruikt. Vergelijk deze vingerafdruk met wat de beheerder u gaf, en vertrouw hem alleen als ze gelijk zijn:':
        'The server %1 has not been used before. Compare this fingerprint with the one its administrator gave you, and trust it only if they are the same:',
    'Wijzigingen opslaan?': 'Save changes?',
    'Dit lemma heeft wijzigingen die nog niet zijn opgeslagen.': 'This lemma has changes that are not saved yet.',
    'Niet opslaan': "Don't save",
    'Annuleren': 'Cancel',
    'Deze editie staat niet onder versiebeheer: %1': 'This edition is not under version control: %1',
    'Schrijf kort op wat er veranderd is.': 'Write down briefly what changed.',
    'Er is niets aangevinkt om vast te leggen.': 'Nothing is checked to commit.',
    'Vastgelegd: %1': 'Committed: %1',
    'Versturen…': 'Pushing…',
    'Ophalen…': 'Pulling…',
    'Verstuurd naar de gedeelde editie.': 'Pushed to the shared edition.',
    'Al bijgewerkt.': 'Already up to date.',
    'Bijgewerkt met de gedeelde editie.': 'Updated with the shared edition.',
    "Er zijn alinea's die u en een ander allebei hebben veranderd. Kies per alinea wat blijft.":
        'You and someone else both changed some paragraphs. Choose for each paragraph what stays.',
    'Samenvoegen afgebroken; alles staat weer zoals voor het ophalen.': 'Merge aborted; everything is as it was before the pull.',
    'edition.yaml noemt geen jaar of editienummer.': 'edition.yaml names no year or edition number.',
    'Leg eerst alle wijzigingen vast; dan wordt deze editie gemarkeerd.': 'Commit all changes first; then this edition is tagged.',
    'Trendweb %1': 'Trendweb %1',
    'Volgende editie gestart: %1': 'Next edition started: %1',
    'Trendweb %1 is gemarkeerd; de editie van %2 is begonnen.': 'Trendweb %1 is tagged; the %2 edition has begun.',
    'nieuw': 'new',
    'verwijderd': 'deleted',
    'conflict': 'conflict',
    'gewijzigd': 'changed',
    'Taal': 'Language',
    'Voorbeeld': 'Preview',
    'Exporteren': 'Export',
    'Exporteren…': 'Export…',
    'De editie als site exporteren, na een laatste controle': 'Export the edition as a site, after a last check',
    'Map:': 'Folder:',
    'Statische site': 'Static site',
    'Bron voor Hugo': 'Hugo source',
    'Geen fouten; %L1 waarschuwingen.': 'No errors; %L1 warnings.',
    '%L1 fout(en) houden de export tegen; %L2 waarschuwingen.': '%L1 error(s) hold the export back; %L2 warnings.',
    'Toch exporteren, met fouten': 'Export anyway, with errors',
    'De editie heeft fouten. Los ze op, of kies \'Toch exporteren\'.': "The edition has errors. Fix them, or choose 'Export anyway'.",
    'Geëxporteerd naar %1': 'Exported to %1',
    'HET WEB': 'THE WEB',
    'Gestippeld: een lemma waar geen ander lemma naar verwijst. Rood: een verwijzing naar een lemma dat niet bestaat.':
        'Ringed: a lemma no other lemma links to. Red: a link to a lemma that does not exist.',
    '%1 %2 — geen lemma verwijst hierheen': '%1 %2 — no lemma links here',
    'Zoeken in DE LIJST…': 'Search THE LIST…',
    'A–Z': 'A–Z',
    'Lijst': 'List',
    'Web': 'Web',
    'Uw opmerking': 'Your comment',
    'Open opmerkingen': 'Open comments',
    'Opgelost': 'Resolved',
    'Passage verdwenen': 'Passage gone',
    'Alle': 'All',
    'Selecteer een passage en kies Ctrl+Alt+M om een opmerking te maken.': 'Select a passage and press Ctrl+Alt+M to comment on it.',
    'De passage is veranderd of verdwenen': 'The passage has changed or is gone',
    'De passage is verplaatst': 'The passage has moved',
    'Antwoord…': 'Reply…',
    'Heropenen': 'Reopen',
    'Opmerkingen': 'Comments',
    'Opmerking': 'Comment',
    'Opmerking bij selectie': 'Comment on selection',
    'Sluiten': 'Close',
    'Selecteer eerst de passage waar de opmerking over gaat.': 'First select the passage the comment is about.',
    'Deze passage is nog niet vastgelegd. Leg de tekst eerst vast: een opmerking hoort bij een versie.':
        'This passage is not committed yet. Commit the text first: a comment belongs to a version.',
    'Volgt het systeem': 'Follow the system',
    'Nederlands': 'Nederlands',
    'English': 'English',
}


def fill(path):
    text = open(path, encoding='utf-8').read()
    missing = []

    def replace(match):
        source = html.unescape(match.group(1))
        english = ENGLISH.get(source)
        if english is None:
            missing.append(source)
            return match.group(0)
        return ('<source>%s</source>\n        <translation>%s</translation>'
                % (match.group(1), html.escape(english, quote=False).replace("'", '&apos;')))

    text = re.sub(r'<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>',
                  replace, text, flags=re.S)
    text = re.sub(r'<translation type="unfinished">', '<translation>', text)
    open(path, 'w', encoding='utf-8').write(text)
    if missing:
        sys.exit('no English for: %r' % missing)


if __name__ == '__main__':
    fill(sys.argv[1])
