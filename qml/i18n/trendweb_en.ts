<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Gewijzigd sinds de laatste versie</source>
        <translation>Changed since the last version</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alles is vastgelegd.</source>
        <translation>Everything is committed.</translation>
    </message>
    <message>
        <source>Wat is er veranderd?</source>
        <translation>What changed?</translation>
    </message>
    <message>
        <source>Samenvoeging vastleggen</source>
        <translation>Commit the merge</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Leg de aangevinkte wijzigingen vast als nieuwe versie (Ctrl+Enter)</source>
        <translation>Commit the checked changes as a new version (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Vastleggen als %1</source>
        <translation>Committing as %1</translation>
    </message>
    <message>
        <source>Nog niet bekend wie er vastlegt</source>
        <translation>Not yet known who commits</translation>
    </message>
    <message>
        <source>wijzigen…</source>
        <translation>change…</translation>
    </message>
    <message>
        <source>Naam invullen…</source>
        <translation>Enter your name…</translation>
    </message>
    <message>
        <source>Samenvoegen: alles is gekozen</source>
        <translation>Merging: everything is chosen</translation>
    </message>
    <message>
        <source>Keuzes tonen</source>
        <translation>Show the choices</translation>
    </message>
    <message numerus="yes">
        <source>Samenvoegen: nog %n keuzes te maken</source>
        <translation>
            <numerusform>Merging: one choice still to make</numerusform>
            <numerusform>Merging: %n choices still to make</numerusform>
        </translation>
    </message>
    <message>
        <source>Naam wijzigen…</source>
        <translation>Change name…</translation>
    </message>
    <message>
        <source>Deze editie houdt nog geen versies bij. Begin daarmee, dan legt Vastleggen voortaan elke versie vast en kunt u later terugkijken en de editie delen.</source>
        <translation>This edition keeps no versions yet. Start now: from then on Record keeps every version, and you can look back and share the edition later.</translation>
    </message>
    <message>
        <source>Versies bijhouden</source>
        <translation>Keep versions</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Uw opmerking</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <source>Opmerking van %1</source>
        <translation>Comment by %1</translation>
    </message>
</context>
<context>
    <name>ConflictParagraph</name>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versie van de anderen</source>
        <translation>The others&apos; version</translation>
    </message>
    <message>
        <source>Die van de anderen</source>
        <translation>The others&apos;</translation>
    </message>
    <message>
        <source>Allebei</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Deze tekst nemen</source>
        <translation>Use this text</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>alinea %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>het hele bestand</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>Versie van %1</source>
        <translation>Version by %1</translation>
    </message>
    <message>
        <source>eigenschap ‘%1’</source>
        <translation>property ‘%1’</translation>
    </message>
    <message>
        <source>een alinea</source>
        <translation>a paragraph</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓ uw versie gekozen</source>
        <translation>✓ your version chosen</translation>
    </message>
    <message>
        <source>✓ de andere versie gekozen</source>
        <translation>✓ the other version chosen</translation>
    </message>
    <message>
        <source>✓ allebei gekozen</source>
        <translation>✓ both chosen</translation>
    </message>
    <message>
        <source>✓ eigen tekst gekozen</source>
        <translation>✓ own text chosen</translation>
    </message>
    <message>
        <source>Die van %1</source>
        <translation>%1&apos;s</translation>
    </message>
    <message>
        <source>Eerst uw alinea, dan de andere</source>
        <translation>Your paragraph first, then the other</translation>
    </message>
    <message>
        <source>Eigen tekst voor %1</source>
        <translation>Own text for %1</translation>
    </message>
    <message>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Uw versie: %1</source>
        <translation>Your version: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Doorgestreept: wat die versie weghaalde; onderstreept: wat erbij kwam, vergeleken met de tekst waar u allebei van uitging.</source>
        <translation>Struck through: what that version removed; underlined: what it added, compared with the text you both started from.</translation>
    </message>
    <message>
        <source>Keuze herzien</source>
        <translation>Reconsider choice</translation>
    </message>
    <message>
        <source>Weer beide versies, en de tekst zoals voor deze keuze</source>
        <translation>Both versions again, and the text as it was before this choice</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Samenvoegen afbreken</source>
        <translation>Abort the merge</translation>
    </message>
    <message>
        <source>Zet alles terug zoals het was voor het ophalen</source>
        <translation>Put everything back as it was before the pull</translation>
    </message>
    <message>
        <source>Samenvoegen met het werk van %1</source>
        <translation>Merging with the work of %1</translation>
    </message>
    <message>
        <source>Samenvoegen met de gedeelde editie</source>
        <translation>Merging with the shared edition</translation>
    </message>
    <message>
        <source>Alles is gekozen. Leg de samenvoeging vast; daarna kunt u versturen.</source>
        <translation>Everything is chosen. Record the merge; then you can send.</translation>
    </message>
    <message>
        <source>Samenvoeging vastleggen</source>
        <translation>Commit the merge</translation>
    </message>
    <message>
        <source>Naar de tekst</source>
        <translation>To the text</translation>
    </message>
    <message>
        <source>De keuzes blijven staan; Wijzigingen brengt u hier terug</source>
        <translation>Your choices stay; Changes brings you back here</translation>
    </message>
    <message numerus="yes">
        <source>Op %n plekken schreef u allebei iets anders. Kies per plek wat blijft; de rest is al samengevoegd.</source>
        <translation>
            <numerusform>In one place you both wrote something different. Choose what stays; the rest is merged already.</numerusform>
            <numerusform>In %n places you both wrote something different. Choose per place what stays; the rest is merged already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Inloggen bij de gedeelde editie</source>
        <translation>Log in to the shared edition</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 vraagt om een gebruikersnaam en token.</source>
        <translation>%1 asks for a user name and token.</translation>
    </message>
    <message>
        <source>Onthouden (in de sleutelbos van deze computer)</source>
        <translation>Remember (in this computer&apos;s keyring)</translation>
    </message>
</context>
<context>
    <name>DialogButtonTexts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>DiskChangeBar</name>
    <message>
        <source>Het bestand bestaat niet meer op schijf.</source>
        <translation>The file no longer exists on disk.</translation>
    </message>
    <message>
        <source>Het bestand is op schijf veranderd.</source>
        <translation>The file has changed on disk.</translation>
    </message>
    <message>
        <source>Opnieuw maken met mijn tekst</source>
        <translation>Make it again with my text</translation>
    </message>
    <message>
        <source>Mijn versie bewaren</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die van schijf nemen</source>
        <translation>Take the one on disk</translation>
    </message>
    <message>
        <source>Verschil tonen</source>
        <translation>Show the difference</translation>
    </message>
    <message>
        <source>Wat uw tekst verandert aan het bestand op schijf</source>
        <translation>What your text changes in the file on disk</translation>
    </message>
</context>
<context>
    <name>EditionChooser</name>
    <message>
        <source>Editie openen</source>
        <translation>Open edition</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditionNavigator</name>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Statische site</source>
        <translation>Static site</translation>
    </message>
    <message>
        <source>Bron voor Hugo</source>
        <translation>Hugo source</translation>
    </message>
    <message>
        <source>Geen fouten; %L1 waarschuwingen.</source>
        <translation>No errors; %L1 warnings.</translation>
    </message>
    <message>
        <source>Toch exporteren, met fouten</source>
        <translation>Export anyway, with errors</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De bestanden worden gecontroleerd…</source>
        <translation>Checking the files…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fouten houden de export tegen; %L1 waarschuwingen.</source>
        <translation>
            <numerusform>%Ln error blocks the export; %L1 warnings.</numerusform>
            <numerusform>%Ln errors block the export; %L1 warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soort export</source>
        <translation>Kind of export</translation>
    </message>
    <message>
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>PDF-bestand voor de gedrukte editie</source>
        <translation>PDF file for the print edition</translation>
    </message>
    <message>
        <source>PDF (gedrukte editie)</source>
        <translation>PDF (print edition)</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Niet vervangen</source>
        <translation>Keep it</translation>
    </message>
    <message numerus="yes">
        <source>Van de waarschuwingen zijn er %Ln lege voetnoten die nog moeten worden ingevuld; ze staan samen op één regel in de lijst.</source>
        <translation>
            <numerusform>Of the warnings, %Ln is an empty footnote still to be filled in; it is shown as one row in the list.</numerusform>
            <numerusform>Of the warnings, %Ln are empty footnotes still to be filled in; they are shown together as one row in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>De site wordt afgemaakt, zodat de map niet half oud, half nieuw blijft; het venster sluit daarna.</source>
        <translation>The site is being finished, so that the folder is not left half old, half new; the window closes afterwards.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FetchSharedDialog</name>
    <message>
        <source>Gedeelde editie ophalen</source>
        <translation>Fetch a shared edition</translation>
    </message>
    <message>
        <source>Het adres van de gedeelde editie krijgt u van de beheerder (https://…, ssh://… of een map).</source>
        <translation>The administrator gives you the address of the shared edition (https://…, ssh://… or a folder).</translation>
    </message>
    <message>
        <source>Adres van de gedeelde editie</source>
        <translation>Address of the shared edition</translation>
    </message>
    <message>
        <source>In deze nieuwe map:</source>
        <translation>Into this new folder:</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Map kiezen voor de gedeelde editie</source>
        <translation>Choose a folder for the shared edition</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Nieuwe map voor de editie</source>
        <translation>New folder for the edition</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Figuur toevoegen</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <source>Figuur bewerken</source>
        <translation>Edit figure</translation>
    </message>
    <message>
        <source>Afbeelding kiezen</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.svg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)</translation>
    </message>
    <message>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Voetnoot</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <source>Afbeelding</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>geen afbeelding</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Alternatieve tekst</source>
        <translation>Alternative text</translation>
    </message>
    <message>
        <source>wat de afbeelding laat zien, voor wie haar niet ziet</source>
        <translation>what the image shows, for those who cannot see it</translation>
    </message>
    <message>
        <source>Opslaan in de tekst</source>
        <translation>Save in the text</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Genummerd als &apos;Figuur N&apos;</source>
        <translation>Numbered as &apos;Figuur N&apos;</translation>
    </message>
    <message>
        <source>geen voetnoot</source>
        <translation>no footnote</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — (nog zonder tekst)</source>
        <translation>%1 — (no text yet)</translation>
    </message>
    <message>
        <source>%1 (staat niet bij de voetnoten)</source>
        <translation>%1 (not among the footnotes)</translation>
    </message>
    <message>
        <source>Voetnoot met de bron</source>
        <translation>Footnote with the source</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Figuur toevoegen…</source>
        <translation>Add figure…</translation>
    </message>
    <message>
        <source>Dit lemma heeft geen figuren.</source>
        <translation>This lemma has no figures.</translation>
    </message>
    <message>
        <source>Figuur %1: %2</source>
        <translation>Figure %1: %2</translation>
    </message>
    <message>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Bron in voetnoot %1</source>
        <translation>Source in footnote %1</translation>
    </message>
    <message>
        <source>zonder bron</source>
        <translation>without source</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Figuur verwijderen</source>
        <translation>Remove figure</translation>
    </message>
    <message>
        <source>staat nog niet in de tekst</source>
        <translation>not placed in the text yet</translation>
    </message>
    <message>
        <source>In de tekst plaatsen bij de cursor</source>
        <translation>Place in the text at the cursor</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>%L1 keer vervangen</source>
        <translation>Replaced %L1 times</translation>
    </message>
    <message>
        <source>Zoeken in dit lemma</source>
        <translation>Find in this lemma</translation>
    </message>
    <message>
        <source>niet gevonden</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>%L1 van %L2</source>
        <translation>%L1 of %L2</translation>
    </message>
    <message>
        <source>%L1 keer</source>
        <translation>%L1 times</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Vorige (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Volgende (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Hoofdletters tellen mee</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Heel woord</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <source>Zoeken sluiten</source>
        <translation>Close find</translation>
    </message>
    <message>
        <source>Vervangen door</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Alles vervangen</source>
        <translation>Replace all</translation>
    </message>
</context>
<context>
    <name>FootnotesPanel</name>
    <message>
        <source>nog te schrijven</source>
        <translation>still to be written</translation>
    </message>
    <message>
        <source>ongebruikt</source>
        <translation>unused</translation>
    </message>
    <message>
        <source>geen tekst</source>
        <translation>no text</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>Voetnoot %1 en haar verwijzingen zijn verwijderd. Ctrl+Z in de tekst zet ze terug.</source>
        <translation>Footnote %1 and its references were removed. Ctrl+Z in the text brings them back.</translation>
    </message>
    <message>
        <source>Voetnoot invoegen</source>
        <translation>Insert footnote</translation>
    </message>
    <message>
        <source>Een nieuwe voetnoot op de plaats van de cursor (Ctrl+Alt+F)</source>
        <translation>A new footnote at the cursor (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Bronnen controleren</source>
        <translation>Check sources</translation>
    </message>
    <message>
        <source>Controleer of de webadressen in de voetnoten nog werken</source>
        <translation>Check whether the web addresses in the footnotes still work</translation>
    </message>
    <message>
        <source>Dit lemma heeft geen voetnoten.</source>
        <translation>This lemma has no footnotes.</translation>
    </message>
    <message>
        <source>%L1 voetnoten, alle in orde</source>
        <translation>%L1 footnotes, all fine</translation>
    </message>
    <message>
        <source>%L1 voetnoten, %L2 vragen aandacht</source>
        <translation>%L1 footnotes, %L2 need attention</translation>
    </message>
    <message>
        <source>Voetnoot %1, %2</source>
        <translation>Footnote %1, %2</translation>
    </message>
    <message>
        <source>[^%1]</source>
        <translation>[^%1]</translation>
    </message>
    <message>
        <source>Naar de verwijzing</source>
        <translation>To the reference</translation>
    </message>
    <message>
        <source>Naar de verwijzing in de tekst (Ctrl+Alt+G wisselt)</source>
        <translation>To the reference in the text (Ctrl+Alt+G switches)</translation>
    </message>
    <message>
        <source>Naar de noot</source>
        <translation>To the note</translation>
    </message>
    <message>
        <source>Naar de tekst van de noot</source>
        <translation>To the text of the note</translation>
    </message>
    <message>
        <source>Voetnoot verwijderen</source>
        <translation>Delete footnote</translation>
    </message>
    <message>
        <source>Verwijder de noot met al haar verwijzingen</source>
        <translation>Delete the note with all its references</translation>
    </message>
    <message>
        <source>Auteur (jaar). Titel. Geraadpleegd op … &lt;https://…&gt;</source>
        <translation>Author (year). Title. Geraadpleegd op … &lt;https://…&gt;</translation>
    </message>
    <message>
        <source>Tekst van voetnoot %1</source>
        <translation>Text of footnote %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Versie openen…</source>
        <translation>Open version…</translation>
    </message>
    <message>
        <source>Kies een versie om te zien wat er veranderde.</source>
        <translation>Choose a version to see what it changed.</translation>
    </message>
    <message>
        <source>Wat er in deze versie veranderde</source>
        <translation>What changed in this version</translation>
    </message>
    <message>
        <source>Versies van dit lemma</source>
        <translation>Versions of this lemma</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Uw naam staat bij elke versie die u vastlegt en bij elke opmerking die u schrijft.</source>
        <translation>Your name appears on every version you commit and on every comment you write.</translation>
    </message>
    <message>
        <source>Ingevuld uit uw Git-instellingen. Klopt het, bevestig dan.</source>
        <translation>Filled in from your Git settings. If it is right, confirm.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>bijvoorbeeld Anne de Vries</source>
        <translation>for example Anne de Vries</translation>
    </message>
    <message>
        <source>E-mailadres (niet verplicht)</source>
        <translation>E-mail address (optional)</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Zonder naam kan er niets worden vastgelegd of opgemerkt.</source>
        <translation>Without a name nothing can be committed or commented on.</translation>
    </message>
    <message>
        <source>Een naam of e-mailadres mag geen &lt; of &gt; bevatten.</source>
        <translation>A name or e-mail address may not contain &lt; or &gt;.</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welkom bij Trendweb Studio</source>
        <translation>Welcome to Trendweb Studio</translation>
    </message>
    <message>
        <source>Kies links een lemma en schrijf in het midden.&lt;br&gt;&lt;b&gt;Vastleggen&lt;/b&gt; bewaart een versie van uw tekst.&lt;br&gt;&lt;b&gt;Versturen&lt;/b&gt; deelt uw versies met de anderen.</source>
        <translation>Pick a lemma on the left and write in the middle.&lt;br&gt;&lt;b&gt;Record&lt;/b&gt; keeps a version of your text.&lt;br&gt;&lt;b&gt;Send&lt;/b&gt; shares your versions with the others.</translation>
    </message>
    <message>
        <source>Liever een andere editie?</source>
        <translation>Rather another edition?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Andere editie openen…</source>
        <translation>Open another edition…</translation>
    </message>
    <message>
        <source>Gedeelde editie ophalen…</source>
        <translation>Fetch a shared edition…</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>LemmaDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Opgeslagen, nog niet vastgelegd</source>
        <translation>Saved, not yet committed</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln point of attention</numerusform>
            <numerusform>%Ln points of attention</numerusform>
        </translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not yet recorded</translation>
    </message>
</context>
<context>
    <name>LemmaDialog</name>
    <message>
        <source>Nieuw lemma</source>
        <translation>New lemma</translation>
    </message>
    <message>
        <source>Lemma hernoemen</source>
        <translation>Rename lemma</translation>
    </message>
    <message>
        <source>Lemma verwijderen</source>
        <translation>Delete lemma</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Regionale economie</source>
        <translation>For example: Regional economy</translation>
    </message>
    <message>
        <source>Naam in links en bestandsnaam</source>
        <translation>Name in links and file name</translation>
    </message>
    <message>
        <source>Alle verwijzingen in de editie gaan mee: edition.yaml, de lijsten ‘Lees meer over’, links in de tekst, figuren en opmerkingen.</source>
        <translation>Every reference in the edition follows: edition.yaml, the ‘Read more’ lists, links in the text, figures and comments.</translation>
    </message>
    <message>
        <source>‘%1’ wordt verwijderd. Geen ander lemma verwijst ernaar.</source>
        <translation>‘%1’ will be deleted. No other lemma refers to it.</translation>
    </message>
    <message>
        <source>‘%1’ wordt nog genoemd in: %2.</source>
        <translation>‘%1’ is still named in: %2.</translation>
    </message>
    <message>
        <source>Die verwijzingen ook weghalen (links worden gewone tekst)</source>
        <translation>Remove those references too (links become plain text)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hernoemen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>LemmaEditor</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Geen lemma geopend</source>
        <translation>No lemma open</translation>
    </message>
    <message>
        <source>Tekst van het lemma</source>
        <translation>Text of the lemma</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Status van het lemma</source>
        <translation>Status of the lemma</translation>
    </message>
    <message>
        <source>Status: concept, review of definitief</source>
        <translation>Status: draft, review or final</translation>
    </message>
    <message>
        <source>Voetnoot %1: %2</source>
        <translation>Footnote %1: %2</translation>
    </message>
    <message>
        <source>(nog geen tekst)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Titel, auteurs en lengte van het lemma (Ctrl+Shift+E)</source>
        <translation>The lemma&apos;s title, authors and length (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Bron tonen</source>
        <translation>Show source</translation>
    </message>
    <message>
        <source>De kop van het bestand (YAML) tonen of verbergen (Ctrl+Shift+B)</source>
        <translation>Show or hide the file&apos;s header (YAML) (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Voorstel van %1: %2</source>
        <translation>Suggestion by %1: %2</translation>
    </message>
    <message>
        <source>weglaten</source>
        <translation>leave out</translation>
    </message>
    <message>
        <source>Verwijzing naar lemma %1: %2</source>
        <translation>Link to lemma %1: %2</translation>
    </message>
    <message>
        <source>Verwijzing naar lemma %1</source>
        <translation>Link to lemma %1</translation>
    </message>
    <message>
        <source>Spelfout: %1. Shift+F10 of de menutoets geeft suggesties.</source>
        <translation>Spelling mistake: %1. Shift+F10 or the menu key gives suggestions.</translation>
    </message>
</context>
<context>
    <name>LemmaIndex</name>
    <message>
        <source>Zoeken in DE LIJST…</source>
        <translation>Search THE LIST…</translation>
    </message>
    <message>
        <source>Zoeken in DE LIJST</source>
        <translation>Search DE LIJST</translation>
    </message>
</context>
<context>
    <name>LemmaLinkDialog</name>
    <message>
        <source>Link naar een lemma</source>
        <translation>Link to a lemma</translation>
    </message>
    <message>
        <source>Typ een deel van de titel en kies met Enter</source>
        <translation>Type part of the title and choose with Enter</translation>
    </message>
</context>
<context>
    <name>LemmaList</name>
    <message>
        <source>Lemma&apos;s</source>
        <translation>Lemmas</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Trendweb Studio</source>
        <translation>%1 — Trendweb Studio</translation>
    </message>
    <message>
        <source>Trendweb Studio</source>
        <translation>Trendweb Studio</translation>
    </message>
    <message>
        <source>%1 — versie: %2</source>
        <translation>%1 — version: %2</translation>
    </message>
    <message>
        <source>%1 is geen lemma en opent niet in de editor.</source>
        <translation>%1 is not a lemma and does not open in the editor.</translation>
    </message>
    <message>
        <source>Wijzigingen van de gedeelde editie samengevoegd</source>
        <translation>Changes of the shared edition merged</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Volgende editie starten…</source>
        <translation>Start the next edition…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Het lemma opslaan (Ctrl+S)</source>
        <translation>Save the lemma (Ctrl+S)</translation>
    </message>
    <message>
        <source>Een versie vastleggen met een korte beschrijving (Ctrl+Shift+S)</source>
        <translation>Commit a version with a short description (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Volgende editie starten</source>
        <translation>Start the next edition</translation>
    </message>
    <message>
        <source>De huidige editie wordt gemarkeerd als uitgebrachte editie, en het jaar en editienummer in edition.yaml schuiven één op. Alle wijzigingen moeten daarvoor zijn vastgelegd.</source>
        <translation>The current edition is tagged as released, and the year and edition number in edition.yaml move on by one. All changes must be committed first.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Volgt het systeem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Lemma hernoemen…</source>
        <translation>Rename lemma…</translation>
    </message>
    <message>
        <source>Lemma verwijderen…</source>
        <translation>Delete lemma…</translation>
    </message>
    <message>
        <source>Zoeken en vervangen in de hele editie (Ctrl+Shift+F)</source>
        <translation>Find and replace in the whole edition (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Ongedaan maken: %1 (Ctrl+Alt+Z)</source>
        <translation>Undo: %1 (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Alt+Z)</source>
        <translation>Undo (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Opnieuw: %1 (Ctrl+Alt+Y)</source>
        <translation>Redo: %1 (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <source>Opnieuw (Ctrl+Alt+Y)</source>
        <translation>Redo (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <source>Recente edities</source>
        <translation>Recent editions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>☰ &amp;Lemma&apos;s</source>
        <translation>☰ &amp;Lemmas</translation>
    </message>
    <message>
        <source>De lemma&apos;s van de editie (F6)</source>
        <translation>The edition&apos;s lemmas (F6)</translation>
    </message>
    <message>
        <source>&amp;Editie ▾</source>
        <translation>&amp;Edition ▾</translation>
    </message>
    <message>
        <source>Editie &amp;openen… (Ctrl+O)</source>
        <translation>&amp;Open edition… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Gedeelde editie ophalen…</source>
        <translation>&amp;Fetch a shared edition…</translation>
    </message>
    <message>
        <source>Editie &amp;delen…</source>
        <translation>&amp;Share edition…</translation>
    </message>
    <message>
        <source>&amp;Nieuw lemma…</source>
        <translation>&amp;New lemma…</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen (F1)</source>
        <translation>&amp;Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <source>&amp;Vastleggen…</source>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <source>&amp;Ophalen (%L1)</source>
        <translation>F&amp;etch (%L1)</translation>
    </message>
    <message>
        <source>&amp;Ophalen</source>
        <translation>F&amp;etch</translation>
    </message>
    <message>
        <source>Het werk van de anderen ophalen en samenvoegen (Ctrl+Shift+O)</source>
        <translation>Fetch the others&apos; work and merge it (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Ve&amp;rsturen (%L1)</source>
        <translation>Se&amp;nd (%L1)</translation>
    </message>
    <message>
        <source>Ve&amp;rsturen</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Uw vastgelegde versies delen met de anderen (Ctrl+Shift+U)</source>
        <translation>Share your recorded versions with the others (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>De editie als site exporteren, na een laatste controle (Ctrl+E)</source>
        <translation>Export the edition as a site, after a last check (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>Se&amp;arch</translation>
    </message>
    <message>
        <source>Deze editie wordt nog niet gedeeld (Editie ▾ › Editie delen…)</source>
        <translation>This edition is not shared yet (Edition ▾ › Share edition…)</translation>
    </message>
    <message>
        <source>&amp;Opmerking bij de selectie… (Ctrl+Alt+M)</source>
        <translation>&amp;Comment on the selection… (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Voorstel voor de selectie… (Ctrl+Alt+S)</source>
        <translation>&amp;Suggest wording for the selection… (Ctrl+Alt+S)</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Overzicht van het lemma: koppen en figuren</source>
        <translation>Outline of the lemma: headings and figures</translation>
    </message>
    <message>
        <source>Kop: %1</source>
        <translation>Heading: %1</translation>
    </message>
    <message>
        <source>Dit lemma heeft nog geen tussenkoppen of figuren.</source>
        <translation>This lemma has no headings or figures yet.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Wachtwoordzin van uw sleutel</source>
        <translation>Passphrase of your key</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Uw SSH-sleutel %1 is beveiligd met een wachtwoordzin. Geef die om verder te gaan; hij wordt bewaard in de sleutelbos van uw computer, zodat hij maar één keer gevraagd wordt.</source>
        <translation>Your SSH key %1 is protected by a passphrase. Enter it to continue; it is kept in your computer&apos;s keyring, so that it is asked only once.</translation>
    </message>
</context>
<context>
    <name>ProblemDelegate</name>
    <message>
        <source>%1: %2, %3 regel %4</source>
        <translation>%1: %2, %3 line %4</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 · regel %2 · %3</source>
        <translation>%1 · line %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>uitgeklapt</source>
        <translation>expanded</translation>
    </message>
    <message>
        <source>ingeklapt</source>
        <translation>collapsed</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Dit lemma</source>
        <translation>This lemma</translation>
    </message>
    <message>
        <source>Hele editie</source>
        <translation>Whole edition</translation>
    </message>
    <message>
        <source>Geen problemen</source>
        <translation>No problems</translation>
    </message>
</context>
<context>
    <name>PropertiesStrip</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Titel van het lemma</source>
        <translation>Title of the lemma</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Namen, gescheiden door komma&apos;s</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>Auteurs van het lemma</source>
        <translation>Authors of the lemma</translation>
    </message>
    <message>
        <source>Lengte</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Beoogde lengte in woorden</source>
        <translation>Intended length in words</translation>
    </message>
    <message>
        <source>woorden (leeg: geen doel)</source>
        <translation>words (empty: no target)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 kan niet worden gelezen.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Voetnoot %1 staat niet in dit lemma.</source>
        <translation>Footnote %1 is not in this lemma.</translation>
    </message>
    <message>
        <source>Zet de cursor in de tekst van het lemma, niet in de kop, en voeg de voetnoot dan opnieuw in.</source>
        <translation>Put the cursor in the text of the lemma, not in the header, and insert the footnote again.</translation>
    </message>
    <message>
        <source>De cursor staat in de tekst van een voetnoot. Zet hem in de lopende tekst waar de verwijzing moet komen.</source>
        <translation>The cursor is in the text of a footnote. Put it in the running text where the reference should go.</translation>
    </message>
    <message>
        <source>De cursor staat onder de voetnoten. Zet hem in de lopende tekst waar de verwijzing moet komen.</source>
        <translation>The cursor is below the footnotes. Put it in the running text where the reference should go.</translation>
    </message>
    <message>
        <source>Het lemma heeft geen kop (front matter) tussen twee regels &quot;---&quot;. Herstel die eerst; zie het paneel Problemen.</source>
        <translation>The lemma has no header (front matter) between two &quot;---&quot; lines. Repair that first; see the Problems panel.</translation>
    </message>
    <message>
        <source>Dit lemma staat al in de lijst.</source>
        <translation>This lemma is already in the list.</translation>
    </message>
    <message>
        <source>Dit lemma staat niet in de lijst.</source>
        <translation>This lemma is not in the list.</translation>
    </message>
    <message>
        <source>Verder kan dit lemma niet in de lijst.</source>
        <translation>This lemma cannot move further in the list.</translation>
    </message>
    <message>
        <source>Dit lemma heeft geen figuur &apos;%1&apos;. Voeg haar eerst toe.</source>
        <translation>This lemma has no figure &apos;%1&apos;. Add it first.</translation>
    </message>
    <message>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is geen afbeelding die de site kan tonen. Kies een PNG-, JPEG-, GIF-, SVG- of WebP-bestand.</source>
        <translation>%1 is not an image the site can show. Choose a PNG, JPEG, GIF, SVG or WebP file.</translation>
    </message>
    <message>
        <source>De afbeelding is niet gekopieerd. %1</source>
        <translation>The image was not copied. %1</translation>
    </message>
    <message>
        <source>De figuur is niet toegevoegd. %1</source>
        <translation>The figure was not added. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is geen status.</source>
        <translation>&quot;%1&quot; is not a status.</translation>
    </message>
    <message>
        <source>De map voor niet-opgeslagen tekst (%1) kan niet worden gemaakt. Sla uw werk geregeld op met Ctrl+S.</source>
        <translation>The folder for unsaved text (%1) cannot be created. Save your work regularly with Ctrl+S.</translation>
    </message>
    <message>
        <source>vraagt om inloggen (401)</source>
        <translation>asks for a login (401)</translation>
    </message>
    <message>
        <source>geen toegang (403)</source>
        <translation>no access (403)</translation>
    </message>
    <message>
        <source>niet gevonden (404)</source>
        <translation>not found (404)</translation>
    </message>
    <message>
        <source>verdwenen (410)</source>
        <translation>gone (410)</translation>
    </message>
    <message>
        <source>fout bij de server (%1)</source>
        <translation>server error (%1)</translation>
    </message>
    <message>
        <source>onverwacht antwoord (%1)</source>
        <translation>unexpected answer (%1)</translation>
    </message>
    <message>
        <source>server niet gevonden</source>
        <translation>server not found</translation>
    </message>
    <message>
        <source>verbinding geweigerd</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>verbinding verbroken door de server</source>
        <translation>connection closed by the server</translation>
    </message>
    <message>
        <source>beveiligde verbinding mislukt (certificaat)</source>
        <translation>secure connection failed (certificate)</translation>
    </message>
    <message>
        <source>te veel doorverwijzingen</source>
        <translation>too many redirects</translation>
    </message>
    <message>
        <source>mislukt: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>doorverwezen (%1) naar %2 — </source>
        <translation>redirected (%1) to %2 — </translation>
    </message>
    <message>
        <source>in orde (%1)</source>
        <translation>fine (%1)</translation>
    </message>
    <message>
        <source> · eerder gecontroleerd</source>
        <translation> · checked earlier</translation>
    </message>
    <message>
        <source>Een eigenschap past op één regel.</source>
        <translation>A property fits on one line.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat over meer regels geschreven. Pas het aan met Bron tonen.</source>
        <translation>&apos;%1&apos; is written over several lines. Change it with Show source.</translation>
    </message>
    <message>
        <source>Een lemma heeft een titel nodig. Vul er een in.</source>
        <translation>A lemma needs a title. Fill one in.</translation>
    </message>
    <message>
        <source>Een lengte is een aantal woorden, zoals 1500.</source>
        <translation>A length is a number of words, such as 1500.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Niet-opgeslagen tekst teruggevonden</source>
        <translation>Unsaved text found</translation>
    </message>
    <message>
        <source>De editor is de vorige keer gestopt voordat %1 was opgeslagen. De tekst van %2 is bewaard gebleven.</source>
        <translation>Last time the editor stopped before %1 was saved. The text as of %2 was kept.</translation>
    </message>
    <message>
        <source>Herstellen zet die tekst in de editor; lees hem na en sla op met Ctrl+S. Weggooien laat het lemma zoals het is opgeslagen.</source>
        <translation>Recover puts that text in the editor; read it and save with Ctrl+S. Discard leaves the lemma as it was saved.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Klik hier en lees meer over</source>
        <translation>Klik hier en lees meer over (read more)</translation>
    </message>
    <message>
        <source>Lemma toevoegen: typ een deel van de titel</source>
        <translation>Add a lemma: type part of its title</translation>
    </message>
    <message>
        <source>%1 (bestaat niet)</source>
        <translation>%1 (does not exist)</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Eén plaats hoger (Alt+↑)</source>
        <translation>One place up (Alt+↑)</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Eén plaats lager (Alt+↓)</source>
        <translation>One place down (Alt+↓)</translation>
    </message>
    <message>
        <source>Uit de lijst halen</source>
        <translation>Take out of the list</translation>
    </message>
    <message>
        <source>Uit de lijst halen (Delete)</source>
        <translation>Take out of the list (Delete)</translation>
    </message>
    <message>
        <source>Gelinkt vanuit</source>
        <translation>Linked from</translation>
    </message>
    <message>
        <source>Geen ander lemma linkt hierheen.</source>
        <translation>No other lemma links here.</translation>
    </message>
    <message>
        <source>Open dit lemma</source>
        <translation>Open this lemma</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Open opmerkingen</source>
        <translation>Open comments</translation>
    </message>
    <message>
        <source>Opgelost</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Passage verdwenen</source>
        <translation>Passage gone</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Welke opmerkingen</source>
        <translation>Which comments</translation>
    </message>
    <message>
        <source>Selecteer een passage en kies Ctrl+Alt+M om een opmerking te maken, of Ctrl+Alt+S om andere tekst voor te stellen.</source>
        <translation>Select a passage and press Ctrl+Alt+M to comment, or Ctrl+Alt+S to suggest other wording.</translation>
    </message>
    <message>
        <source>Opmerkingen en voorstellen</source>
        <translation>Comments and suggestions</translation>
    </message>
</context>
<context>
    <name>ReviewThreadDelegate</name>
    <message>
        <source>De passage is veranderd of verdwenen</source>
        <translation>The passage has changed or is gone</translation>
    </message>
    <message>
        <source>De passage is verplaatst</source>
        <translation>The passage has moved</translation>
    </message>
    <message>
        <source>Antwoord…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Opgelost</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Naar de passage: %1</source>
        <translation>To the passage: %1</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Zoeken in de editie</source>
        <translation>Search the edition</translation>
    </message>
    <message>
        <source>Zoeken in alle lemma&apos;s, rode draden en de inleiding</source>
        <translation>Search all lemmas, rode draden and the introduction</translation>
    </message>
    <message>
        <source>Hoofdletters tellen mee</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Heel woord</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <source>Niet gevonden.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source> · regel %1</source>
        <translation> · line %1</translation>
    </message>
    <message>
        <source>Vervangen door</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Ja, %L1 keer vervangen</source>
        <translation>Yes, replace %L1 times</translation>
    </message>
    <message>
        <source>Alles vervangen…</source>
        <translation>Replace all…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 keer, in %Ln bestanden</source>
        <translation>
            <numerusform>%L1 times, in %Ln file</numerusform>
            <numerusform>%L1 times, in %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dit vervangt %L1 keer „%2” in %Ln bestanden en slaat ze op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.</source>
        <translation>
            <numerusform>This replaces „%2” %L1 times in %Ln file and saves it. Click again to confirm; the previous text stays in the History.</numerusform>
            <numerusform>This replaces „%2” %L1 times in %Ln files and saves them. Click again to confirm; the previous text stays in the History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareController</name>
    <message>
        <source>In %1 staan al bestanden. Kies een nieuwe of lege map voor de gedeelde editie.</source>
        <translation>%1 already holds files. Choose a new or empty folder for the shared edition.</translation>
    </message>
    <message>
        <source>Op %1 staat geen editie (edition.yaml ontbreekt); er is niets opgehaald. Vraag de beheerder om het juiste adres.</source>
        <translation>There is no edition at %1 (edition.yaml is missing); nothing was fetched. Ask the administrator for the right address.</translation>
    </message>
</context>
<context>
    <name>ShareEditionDialog</name>
    <message>
        <source>Editie delen</source>
        <translation>Share edition</translation>
    </message>
    <message>
        <source>Deze editie wordt al gedeeld, via %1. Ophalen en Versturen houden u en de anderen bij.</source>
        <translation>This edition is already shared, through %1. Fetch and Send keep you and the others up to date.</translation>
    </message>
    <message>
        <source>Vraag de beheerder om een lege gedeelde editie en vul haar adres in. Deze editie wordt erheen verstuurd; daarna halen de anderen haar op met &apos;Gedeelde editie ophalen&apos;.</source>
        <translation>Ask the administrator for an empty shared edition and fill in its address. This edition is sent there; then the others fetch it with &apos;Fetch a shared edition&apos;.</translation>
    </message>
    <message>
        <source>Adres van de lege gedeelde editie</source>
        <translation>Address of the empty shared edition</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Naar de volgende / vorige kolom: lemma&apos;s, tekst, zijpaneel</source>
        <translation>To the next / previous column: lemmas, text, side panel</translation>
    </message>
    <message>
        <source>Zijpaneel openen: Voorbeeld, Voetnoten, Lees meer, Figuren, Opmerkingen, Problemen, Geschiedenis, Wijzigingen</source>
        <translation>Open a side panel: Preview, Footnotes, Read more, Figures, Comments, Problems, History, Changes</translation>
    </message>
    <message>
        <source>Lemma&apos;s op letter (A–Z), als lijst, of het web</source>
        <translation>Lemmas by letter (A–Z), as a list, or the web</translation>
    </message>
    <message>
        <source>Het lemma opslaan</source>
        <translation>Save the lemma</translation>
    </message>
    <message>
        <source>Een versie vastleggen</source>
        <translation>Record a version</translation>
    </message>
    <message>
        <source>Ophalen: het werk van de anderen</source>
        <translation>Fetch: the others&apos; work</translation>
    </message>
    <message>
        <source>Versturen: uw versies delen</source>
        <translation>Send: share your versions</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Andere editie openen</source>
        <translation>Open another edition</translation>
    </message>
    <message>
        <source>Zoeken in het lemma</source>
        <translation>Find in the lemma</translation>
    </message>
    <message>
        <source>Zoeken en vervangen in de hele editie</source>
        <translation>Find and replace in the whole edition</translation>
    </message>
    <message>
        <source>Voetnoot invoegen</source>
        <translation>Insert a footnote</translation>
    </message>
    <message>
        <source>Lemma-bewerking ongedaan maken / opnieuw</source>
        <translation>Undo / redo a lemma operation</translation>
    </message>
    <message>
        <source>Het menu Editie</source>
        <translation>The Edition menu</translation>
    </message>
    <message>
        <source>Trendweb Studio sluiten</source>
        <translation>Quit Trendweb Studio</translation>
    </message>
    <message>
        <source>Dit overzicht</source>
        <translation>This overview</translation>
    </message>
    <message>
        <source>Eigenschappen van het lemma: titel, auteurs en lengte</source>
        <translation>The lemma&apos;s properties: title, authors and length</translation>
    </message>
    <message>
        <source>De bron tonen of verbergen: de kop van het bestand (YAML)</source>
        <translation>Show or hide the source: the file&apos;s header (YAML)</translation>
    </message>
    <message>
        <source>Opmerking bij de geselecteerde passage</source>
        <translation>Comment on the selected passage</translation>
    </message>
    <message>
        <source>Voorstel: andere tekst voor de geselecteerde passage (voor de auteur om over te nemen)</source>
        <translation>Suggestion: other wording for the selected passage (for the author to accept)</translation>
    </message>
    <message>
        <source>Nieuw lemma</source>
        <translation>New lemma</translation>
    </message>
    <message>
        <source>Suggesties voor het woord bij de cursor</source>
        <translation>Suggestions for the word at the cursor</translation>
    </message>
    <message>
        <source>Overzicht: naar een kop of figuur van het lemma (pijltjes, Enter)</source>
        <translation>Outline: go to a heading or figure of the lemma (arrow keys, Enter)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Problemen (%L1)</source>
        <translation>Problems (%L1)</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Wijzigingen (%L1)</source>
        <translation>Changes (%L1)</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Voetnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <source>Lees meer</source>
        <translation>Read more</translation>
    </message>
    <message>
        <source>Figuren</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Het lemma zoals het op de site komt (Ctrl+1)</source>
        <translation>The lemma as it will appear on the site (Ctrl+1)</translation>
    </message>
    <message>
        <source>De voetnoten en hun bronnen (Ctrl+2)</source>
        <translation>The footnotes and their sources (Ctrl+2)</translation>
    </message>
    <message>
        <source>De lemma&apos;s onder Lees meer over (Ctrl+3)</source>
        <translation>The lemmas under Read more about (Ctrl+3)</translation>
    </message>
    <message>
        <source>De figuren van het lemma (Ctrl+4)</source>
        <translation>The lemma&apos;s figures (Ctrl+4)</translation>
    </message>
    <message>
        <source>Opmerkingen van lezers (Ctrl+5)</source>
        <translation>Comments from readers (Ctrl+5)</translation>
    </message>
    <message>
        <source>Geen problemen (Ctrl+6)</source>
        <translation>No problems (Ctrl+6)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+6)</source>
        <translation>%1 (Ctrl+6)</translation>
    </message>
    <message>
        <source>De versies van dit lemma (Ctrl+7)</source>
        <translation>The versions of this lemma (Ctrl+7)</translation>
    </message>
    <message>
        <source>Wat nog niet is vastgelegd, en vastleggen (Ctrl+8)</source>
        <translation>What is not yet recorded, and recording it (Ctrl+8)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln point of attention</numerusform>
            <numerusform>%Ln points of attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>De koppen en figuren van het lemma, om naartoe te gaan (Ctrl+9)</source>
        <translation>The lemma&apos;s headings and figures, to go to (Ctrl+9)</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Suggesties zoeken…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <source>Geen suggesties</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Dit woord is goed gespeld</source>
        <translation>This word is spelled correctly</translation>
    </message>
    <message>
        <source>Toevoegen aan woordenlijst</source>
        <translation>Add to word list</translation>
    </message>
    <message>
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Knippen</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Opmerking… (Ctrl+Alt+M)</source>
        <translation>Comment… (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Voorstel… (Ctrl+Alt+S)</source>
        <translation>Suggest… (Ctrl+Alt+S)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>spelling laden…</source>
        <translation>loading spelling…</translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message numerus="yes">
        <source>%Ln woorden</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog niet gedeeld</source>
        <translation>Not shared yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versies nog niet verstuurd</source>
        <translation>
            <numerusform>%Ln version not sent yet</numerusform>
            <numerusform>%Ln versions not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln nieuwe versies op te halen</source>
        <translation>
            <numerusform>%Ln new version to fetch</numerusform>
            <numerusform>%Ln new versions to fetch</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verstuurd</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>Geen problemen</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln point of attention</numerusform>
            <numerusform>%Ln points of attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Statusbalk</source>
        <translation>Status bar</translation>
    </message>
    <message numerus="yes">
        <source>%L1 van %Ln woorden</source>
        <translation>
            <numerusform>%L1 of %Ln word</numerusform>
            <numerusform>%L1 of %Ln words</numerusform>
        </translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Spelling: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Voorstel</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Tekst om hier in te voegen:</source>
        <translation>Text to insert here:</translation>
    </message>
    <message>
        <source>Uw tekst voor deze passage (leeg: weglaten):</source>
        <translation>Your wording for this passage (empty: leave out):</translation>
    </message>
    <message>
        <source>Voorgestelde tekst</source>
        <translation>Suggested text</translation>
    </message>
    <message>
        <source>Nu: “%1”</source>
        <translation>Now: “%1”</translation>
    </message>
    <message>
        <source>Uitleg (niet verplicht)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <source>Voorstel van %1</source>
        <translation>Suggestion by %1</translation>
    </message>
</context>
<context>
    <name>SuggestionInserts</name>
    <message>
        <source>Voorstel van %1</source>
        <translation>Suggestion by %1</translation>
    </message>
    <message>
        <source>Voorstel van %1: %2</source>
        <translation>Suggestion by %1: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionPart</name>
    <message>
        <source>Voorstel van %1</source>
        <translation>Suggestion by %1</translation>
    </message>
    <message>
        <source>(weglaten)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Overgenomen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Verouderd: de passage is sindsdien veranderd. Er staat nu: “%1”</source>
        <translation>Outdated: the passage has changed since. It now reads: “%1”</translation>
    </message>
    <message>
        <source>Verweesd: de passage staat niet meer in de tekst</source>
        <translation>Orphaned: the passage is no longer in the text</translation>
    </message>
    <message>
        <source>Antwoord (niet verplicht)</source>
        <translation>Reply (optional)</translation>
    </message>
    <message>
        <source>Antwoord bij afwijzen</source>
        <translation>Reply when rejecting</translation>
    </message>
    <message>
        <source>Toch overnemen</source>
        <translation>Accept anyway</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Voorstel van %1 overnemen: %2</source>
        <translation>Accept the suggestion by %1: %2</translation>
    </message>
    <message>
        <source>weglaten</source>
        <translation>leave out</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Voorstel van %1 afwijzen</source>
        <translation>Reject the suggestion by %1</translation>
    </message>
    <message>
        <source>Wat er sindsdien veranderde: %1</source>
        <translation>What changed since: %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Deze editie wordt nog niet gedeeld.</source>
        <translation>This edition is not shared yet.</translation>
    </message>
    <message>
        <source>Nu ophalen</source>
        <translation>Fetch now</translation>
    </message>
    <message>
        <source>Opnieuw inloggen</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Ophalen (%L1)</source>
        <translation>Fetch (%L1)</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln nieuwe versies op te halen</source>
        <translation>
            <numerusform>%Ln new version to fetch</numerusform>
            <numerusform>%Ln new versions to fetch</numerusform>
        </translation>
    </message>
    <message>
        <source>Het werk van de anderen ophalen (Ctrl+Shift+O)</source>
        <translation>Fetch the others&apos; work (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Versturen (%L1)</source>
        <translation>Send (%L1)</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versies nog niet verstuurd</source>
        <translation>
            <numerusform>%Ln version not sent yet</numerusform>
            <numerusform>%Ln versions not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verstuurd</source>
        <translation>Everything sent</translation>
    </message>
</context>
<context>
    <name>UncommittedCloseDialog</name>
    <message>
        <source>Nog niet vastgelegd</source>
        <translation>Not yet recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n lemma&apos;s zijn opgeslagen maar nog niet vastgelegd.</source>
        <translation>
            <numerusform>%n lemma is saved but not yet recorded as a version.</numerusform>
            <numerusform>%n lemmas are saved but not yet recorded as a version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bestanden zijn opgeslagen maar nog niet vastgelegd.</source>
        <translation>
            <numerusform>%n file is saved but not yet recorded as a version.</numerusform>
            <numerusform>%n files are saved but not yet recorded as a version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er gaat niets verloren: bij de volgende start staat alles er nog. Leg een versie vast om het werk te bewaren in de geschiedenis en het te kunnen versturen.</source>
        <translation>Nothing is lost: everything is still there at the next start. Record a version to keep the work in the history and to be able to send it.</translation>
    </message>
    <message>
        <source>Vastleggen…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>Toch afsluiten</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnknownHostDialog</name>
    <message>
        <source>Onbekende server</source>
        <translation>Unknown server</translation>
    </message>
    <message>
        <source>De server %1 is nog niet eerder gebruikt. Vergelijk deze vingerafdruk met wat de beheerder u gaf, en vertrouw hem alleen als ze gelijk zijn:</source>
        <translation>The server %1 has not been used before. Compare this fingerprint with the one its administrator gave you, and trust it only if they are the same:</translation>
    </message>
    <message>
        <source>Vingerafdruk van de server</source>
        <translation>The server&apos;s fingerprint</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Dit lemma heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>This lemma has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Opmerking bij selectie</source>
        <translation>Comment on selection</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tekst van deze versie</source>
        <translation>Text of this version</translation>
    </message>
    <message>
        <source>Voorstel bij selectie…</source>
        <translation>Suggest for selection…</translation>
    </message>
</context>
<context>
    <name>WebNode</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 — geen lemma verwijst hierheen</source>
        <translation>%1 %2 — no lemma links here</translation>
    </message>
    <message>
        <source>verwijst naar %1</source>
        <translation>links to %1</translation>
    </message>
    <message>
        <source>verwijst naar geen ander lemma</source>
        <translation>links to no other lemma</translation>
    </message>
    <message>
        <source>verwezen door %1</source>
        <translation>linked from %1</translation>
    </message>
    <message>
        <source>geen lemma verwijst hierheen</source>
        <translation>no lemma links here</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>HET WEB</source>
        <translation>THE WEB</translation>
    </message>
    <message>
        <source>Gestippeld: een lemma waar geen ander lemma naar verwijst. Rood: een verwijzing naar een lemma dat niet bestaat.</source>
        <translation>Ringed: a lemma no other lemma links to. Red: a link to a lemma that does not exist.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welkom bij Trendweb Studio</source>
        <translation>Welcome to Trendweb Studio</translation>
    </message>
    <message>
        <source>Met welke editie wilt u verder?</source>
        <translation>Which edition do you want to continue with?</translation>
    </message>
    <message>
        <source>De ingebouwde editie 2025</source>
        <translation>The built-in 2025 edition</translation>
    </message>
    <message>
        <source>Editie openen…</source>
        <translation>Open edition…</translation>
    </message>
    <message>
        <source>Gedeelde editie ophalen…</source>
        <translation>Fetch a shared edition…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>controleer de webadressen in de voetnoten (afsluitcode 1 als er een niet werkt)</source>
        <translation>check the web addresses in the footnotes (exit code 1 if one does not work)</translation>
    </message>
    <message>
        <source>haal een gedeelde editie op (URL DIR)</source>
        <translation>fetch a shared edition (URL DIR)</translation>
    </message>
    <message>
        <source>opmerking bij een passage (add|reply|resolve|reopen)</source>
        <translation>comment on a passage (add|reply|resolve|reopen)</translation>
    </message>
    <message>
        <source>de draden met opmerkingen en hun stand</source>
        <translation>the threads of comments and their state</translation>
    </message>
    <message>
        <source>leg een versie vast (-m MSG [LEMMA…])</source>
        <translation>commit a version (-m MSG [LEMMA…])</translation>
    </message>
    <message>
        <source>conflicten per bestand, alinea en sleutel</source>
        <translation>conflicts per file, paragraph and key</translation>
    </message>
    <message>
        <source>verschil van een bestand, woord voor woord</source>
        <translation>difference of a file, word by word</translation>
    </message>
    <message>
        <source>vergeet de sleutel van een SSH-server (HOST[:PORT]), als die echt veranderd is</source>
        <translation>forget the key of an SSH server (HOST[:PORT]), if it really changed</translation>
    </message>
    <message>
        <source>maak een editie van een tekstextractie (--plan PLAN SEED OUT)</source>
        <translation>make an edition from a text extraction (--plan PLAN SEED OUT)</translation>
    </message>
    <message>
        <source>de versies (van een bestand of lemma)</source>
        <translation>the versions (of a file or lemma)</translation>
    </message>
    <message>
        <source>haal de gedeelde versie op en voeg samen ([--abort])</source>
        <translation>fetch the shared version and merge ([--abort])</translation>
    </message>
    <message>
        <source>verstuur naar de gedeelde editie</source>
        <translation>send to the shared edition</translation>
    </message>
    <message>
        <source>hernoem een lemma (OUD NIEUW [--title TITEL]); alle verwijzingen gaan mee</source>
        <translation>rename a lemma (OLD NEW [--title TITLE]); all references follow</translation>
    </message>
    <message>
        <source>open opmerkingen per lemma (markdown of html)</source>
        <translation>open comments per lemma (markdown or html)</translation>
    </message>
    <message>
        <source>deel deze editie via een lege gedeelde editie (URL [PATH])</source>
        <translation>share this edition through an empty shared edition (URL [PATH])</translation>
    </message>
    <message>
        <source>onbekende woorden in de editie (afsluitcode 1 als er zijn)</source>
        <translation>unknown words in the edition (exit code 1 if there are any)</translation>
    </message>
    <message>
        <source>cijfers over de editie: lemma&apos;s, woorden, voetnoten, figuren, kruisverwijzingen</source>
        <translation>figures about the edition: lemmas, words, footnotes, figures, cross-references</translation>
    </message>
    <message>
        <source>controleer de editie (fouten: afsluitcode 1)</source>
        <translation>check the edition (errors: exit code 1)</translation>
    </message>
    <message>
        <source>de map van de editie</source>
        <translation>the folder of the edition</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Geef uw naam mee met --author &quot;Uw Naam&quot;, of stel hem één keer in met: git config --global user.name &quot;Uw Naam&quot;</source>
        <translation>Give your name with --author &quot;Your Name&quot;, or set it once with: git config --global user.name &quot;Your Name&quot;</translation>
    </message>
    <message>
        <source>ook met fouten exporteren</source>
        <translation>export even with errors</translation>
    </message>
    <message>
        <source>trendweb export: geef de map met --output (een nieuwe of lege map, of een eerdere export)</source>
        <translation>trendweb export: give the folder with --output (a new or empty folder, or an earlier export)</translation>
    </message>
    <message>
        <source>%1 pagina&apos;s geschreven</source>
        <translation>%1 pages written</translation>
    </message>
    <message>
        <source>Vergeet de sleutel van een SSH-server (uit uw known_hosts), zodat u een nieuwe sleutel kunt vertrouwen. Doe dit alleen als de beheerder bevestigt dat de sleutel veranderd is.</source>
        <translation>Forgets the key of an SSH server (from your known_hosts), so that you can trust a new key. Only do this when the administrator confirms that the key has changed.</translation>
    </message>
    <message>
        <source>de server, zoals in het adres of in ~/.ssh/config</source>
        <translation>the server, as in the address or in ~/.ssh/config</translation>
    </message>
    <message>
        <source>Gebruik: trendweb forget-host HOST[:PORT]</source>
        <translation>Usage: trendweb forget-host HOST[:PORT]</translation>
    </message>
    <message>
        <source>trendweb forget-host: &apos;%1&apos; is geen servernaam (HOST of HOST:PORT).</source>
        <translation>trendweb forget-host: &apos;%1&apos; is not a server name (HOST or HOST:PORT).</translation>
    </message>
    <message>
        <source>Er stond geen sleutel van %1 in %2; er is niets veranderd.</source>
        <translation>There was no key of %1 in %2; nothing was changed.</translation>
    </message>
    <message>
        <source>Verwijderd uit %1, regel %2: %3 %4 %5</source>
        <translation>Removed from %1, line %2: %3 %4 %5</translation>
    </message>
    <message>
        <source>De volgende keer wordt gevraagd of u de sleutel van %1 vertrouwt; vergelijk hem dan met wat de beheerder u gaf.</source>
        <translation>Next time you will be asked whether you trust the key of %1; compare it then with what the administrator gave you.</translation>
    </message>
    <message>
        <source>Maakt een editie van de tekstextractie van een gepubliceerde editie, volgens een importplan.</source>
        <translation>Makes an edition from the text extraction of a published edition, following an import plan.</translation>
    </message>
    <message>
        <source>het importplan (YAML)</source>
        <translation>the import plan (YAML)</translation>
    </message>
    <message>
        <source>de tekstextractie</source>
        <translation>the text extraction</translation>
    </message>
    <message>
        <source>de map van de nieuwe editie</source>
        <translation>the folder of the new edition</translation>
    </message>
    <message>
        <source>Gebruik: trendweb import --plan PLAN SEED OUT</source>
        <translation>Usage: trendweb import --plan PLAN SEED OUT</translation>
    </message>
    <message>
        <source>%1 lemma&apos;s, %2 voetnoten, %3 figuren; %4 punten om na te kijken</source>
        <translation>%1 lemmas, %2 footnotes, %3 figures; %4 points to review</translation>
    </message>
    <message>
        <source>Gebruik: trendweb [-C MAP] OPDRACHT [OPTIES] [MAP]

Werkt op de editie in de huidige map, of in MAP.

Opdrachten:
</source>
        <translation>Usage: trendweb [-C FOLDER] COMMAND [OPTIONS] [FOLDER]

Works on the edition in the current folder, or in FOLDER.

Commands:
</translation>
    </message>
    <message>
        <source>
Algemene opties:
  -C MAP          werk in MAP, zoals git -C
  --version       toon de versie
  --help          toon deze hulp; &apos;trendweb OPDRACHT --help&apos; per opdracht

Afsluitcodes: 0 in orde, 1 bevindingen, 2 onbruikbare invoer.
</source>
        <translation>
General options:
  -C FOLDER       work in FOLDER, like git -C
  --version       show the version
  --help          show this help; &apos;trendweb COMMAND --help&apos; per command

Exit codes: 0 fine, 1 findings, 2 unusable input.
</translation>
    </message>
    <message>
        <source>trendweb: -C verwacht een map</source>
        <translation>trendweb: -C expects a folder</translation>
    </message>
    <message>
        <source>trendweb: onbekende opdracht &apos;%1&apos;. Zie trendweb --help.</source>
        <translation>trendweb: unknown command &apos;%1&apos;. See trendweb --help.</translation>
    </message>
    <message>
        <source>Geef een lemma een andere naam en/of titel; alle verwijzingen in de editie (edition.yaml, related-lijsten, links, figuren, opmerkingen) gaan mee.</source>
        <translation>Gives a lemma another name and/or title; all references in the edition (edition.yaml, related lists, links, figures, comments) follow.</translation>
    </message>
    <message>
        <source>de nieuwe titel</source>
        <translation>the new title</translation>
    </message>
    <message>
        <source>de huidige naam (slug)</source>
        <translation>the current name (slug)</translation>
    </message>
    <message>
        <source>de nieuwe naam (slug)</source>
        <translation>the new name (slug)</translation>
    </message>
    <message>
        <source>rename-lemma: geef de huidige en de nieuwe naam, bijvoorbeeld: trendweb rename-lemma woningbouw wonen</source>
        <translation>rename-lemma: give the current and the new name, for example: trendweb rename-lemma woningbouw wonen</translation>
    </message>
    <message>
        <source>Opmerkingen bij een versie van een lemma.
  comment add LEMMA --quote TEKST [--rev REV] -m BERICHT
  comment reply|resolve|reopen ID [-m BERICHT]</source>
        <translation>Comments on a version of a lemma.
  comment add LEMMA --quote TEXT [--rev REV] -m MESSAGE
  comment reply|resolve|reopen ID [-m MESSAGE]</translation>
    </message>
    <message>
        <source>de passage, letterlijk</source>
        <translation>the passage, word for word</translation>
    </message>
    <message>
        <source>de versie (standaard: de laatste)</source>
        <translation>the version (default: the latest)</translation>
    </message>
    <message>
        <source>het bericht</source>
        <translation>the message</translation>
    </message>
    <message>
        <source>uw naam (anders die uit git config user.name)</source>
        <translation>your name (otherwise the one from git config user.name)</translation>
    </message>
    <message>
        <source>add, reply, resolve of reopen</source>
        <translation>add, reply, resolve or reopen</translation>
    </message>
    <message>
        <source>het lemma of de draad</source>
        <translation>the lemma or the thread</translation>
    </message>
    <message>
        <source>Gebruik: trendweb comment add LEMMA --quote TEKST -m BERICHT | trendweb comment reply|resolve|reopen ID [-m BERICHT]</source>
        <translation>Usage: trendweb comment add LEMMA --quote TEXT -m MESSAGE | trendweb comment reply|resolve|reopen ID [-m MESSAGE]</translation>
    </message>
    <message>
        <source>trendweb comment add: geef --quote en -m</source>
        <translation>trendweb comment add: give --quote and -m</translation>
    </message>
    <message>
        <source>trendweb comment: er is geen draad %1</source>
        <translation>trendweb comment: there is no thread %1</translation>
    </message>
    <message>
        <source>trendweb comment reply: geef een bericht met -m</source>
        <translation>trendweb comment reply: give a message with -m</translation>
    </message>
    <message>
        <source>text of json</source>
        <translation>text or json</translation>
    </message>
    <message>
        <source>alleen dit lemma</source>
        <translation>only this lemma</translation>
    </message>
    <message>
        <source>  (opgelost)</source>
        <translation>  (resolved)</translation>
    </message>
    <message>
        <source>markdown of html</source>
        <translation>markdown or html</translation>
    </message>
    <message>
        <source>Controleer de webadressen in de voetnoten: status, doorverwijzing en reden per noot. Antwoorden worden een dag bewaard; --refresh vraagt alles opnieuw.</source>
        <translation>Checks the web addresses in the footnotes: status, redirect and reason per note. Answers are kept for a day; --refresh asks for everything again.</translation>
    </message>
    <message>
        <source>adressen tegelijk (4)</source>
        <translation>addresses at a time (4)</translation>
    </message>
    <message>
        <source>seconden wachten op een antwoord (10)</source>
        <translation>seconds to wait for an answer (10)</translation>
    </message>
    <message>
        <source>vraag alles opnieuw</source>
        <translation>ask for everything again</translation>
    </message>
    <message>
        <source>het bestand met eerdere antwoorden</source>
        <translation>the file with earlier answers</translation>
    </message>
    <message>
        <source>check-sources: --jobs en --timeout verwachten een getal groter dan 0</source>
        <translation>check-sources: --jobs and --timeout expect a number greater than 0</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 van %2 adressen gecontroleerd</source>
        <translation><byte value="xd"/>%1 of %2 addresses checked</translation>
    </message>
    <message>
        <source>Controleert de spelling van de editie met het Nederlandse woordenboek en de woordenlijst van de editie (woordenlijst.dic).</source>
        <translation>Checks the spelling of the edition with the Dutch dictionary and the edition&apos;s word list (woordenlijst.dic).</translation>
    </message>
    <message>
        <source>%1 onbekende woorden (%2 verschillende)</source>
        <translation>%1 unknown words (%2 different)</translation>
    </message>
    <message>
        <source>Cijfers over een editie.</source>
        <translation>Figures about an edition.</translation>
    </message>
    <message>
        <source>lemma&apos;s</source>
        <translation>lemmas</translation>
    </message>
    <message>
        <source>rode draden</source>
        <translation>common threads</translation>
    </message>
    <message>
        <source>woorden</source>
        <translation>words</translation>
    </message>
    <message>
        <source>voetnoten</source>
        <translation>footnotes</translation>
    </message>
    <message>
        <source>figuren</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>kruisverwijzingen</source>
        <translation>cross-references</translation>
    </message>
    <message>
        <source> woorden</source>
        <translation> words</translation>
    </message>
    <message>
        <source>Een token wordt gevonden via een credential helper van Git, GIT_ASKPASS, of TRENDWEB_GIT_USER en TRENDWEB_GIT_TOKEN; in een terminal wordt erom gevraagd.</source>
        <translation>A token is found through a Git credential helper, GIT_ASKPASS, or TRENDWEB_GIT_USER and TRENDWEB_GIT_TOKEN; in a terminal you are asked for it.</translation>
    </message>
    <message>
        <source>Haalt een gedeelde editie op in een nieuwe map.</source>
        <translation>Fetches a shared edition into a new folder.</translation>
    </message>
    <message>
        <source>vertrouw de server met deze sleutel (SHA256:…)</source>
        <translation>trust the server with this key (SHA256:…)</translation>
    </message>
    <message>
        <source>pad, file://, ssh:// of https://</source>
        <translation>path, file://, ssh:// or https://</translation>
    </message>
    <message>
        <source>de nieuwe map</source>
        <translation>the new folder</translation>
    </message>
    <message>
        <source>Gebruik: trendweb clone URL DIR</source>
        <translation>Usage: trendweb clone URL DIR</translation>
    </message>
    <message>
        <source>Haalt de gedeelde versie op en voegt haar samen.</source>
        <translation>Fetches the shared version and merges it.</translation>
    </message>
    <message>
        <source>breek een samenvoeging met conflicten af</source>
        <translation>abort a merge with conflicts</translation>
    </message>
    <message>
        <source>vertrouw deze serversleutel</source>
        <translation>trust this server key</translation>
    </message>
    <message>
        <source>naam voor een samenvoeging: &quot;Naam &lt;e-mail&gt;&quot; of &quot;Naam&quot; (anders die uit git config user.name)</source>
        <translation>name for a merge: &quot;Name &lt;e-mail&gt;&quot; or &quot;Name&quot; (otherwise the one from git config user.name)</translation>
    </message>
    <message>
        <source>Samenvoeging afgebroken; alles staat weer zoals voor het ophalen.</source>
        <translation>Merge aborted; everything is back as it was before the pull.</translation>
    </message>
    <message>
        <source>Al bijgewerkt.</source>
        <translation>Already up to date.</translation>
    </message>
    <message>
        <source>Bijgewerkt met de gedeelde editie.</source>
        <translation>Updated with the shared edition.</translation>
    </message>
    <message>
        <source>Samengevoegd, maar er zijn conflicten: zie trendweb conflicts.</source>
        <translation>Merged, but there are conflicts: see trendweb conflicts.</translation>
    </message>
    <message>
        <source>Verstuurt de vastgelegde versies naar de gedeelde editie.</source>
        <translation>Sends the committed versions to the shared edition.</translation>
    </message>
    <message>
        <source>Deelt deze editie: verbindt haar met een LEGE gedeelde editie en verstuurt haar daarheen. Staan daar al versies, haal die dan op met trendweb clone.</source>
        <translation>Shares this edition: connects it to an EMPTY shared edition and sends it there. If that already holds versions, fetch them with trendweb clone instead.</translation>
    </message>
    <message>
        <source>naam voor de versie die delen vastlegt: &quot;Naam &lt;e-mail&gt;&quot; of &quot;Naam&quot; (anders die uit git config user.name)</source>
        <translation>name for the version that sharing commits: &quot;Name &lt;e-mail&gt;&quot; or &quot;Name&quot; (otherwise the one from git config user.name)</translation>
    </message>
    <message>
        <source>de lege gedeelde editie: pad, file://, ssh:// of https://</source>
        <translation>the empty shared edition: path, file://, ssh:// or https://</translation>
    </message>
    <message>
        <source>Gebruik: trendweb share URL [PATH]</source>
        <translation>Usage: trendweb share URL [PATH]</translation>
    </message>
    <message>
        <source>Gedeeld: de editie staat nu in %1. Anderen halen haar op met trendweb clone; daarna delen jullie met pull en push.</source>
        <translation>Shared: the edition is now at %1. Others fetch it with trendweb clone; after that you share with pull and push.</translation>
    </message>
    <message>
        <source>Gebruikersnaam voor %1: </source>
        <translation>User name for %1: </translation>
    </message>
    <message>
        <source>Token of wachtwoord voor %1 (wordt niet getoond): </source>
        <translation>Token or password for %1 (not shown): </translation>
    </message>
    <message>
        <source>Controleert een editie: schema, verwijzingen, voetnoten, figuren, paragrafen.</source>
        <translation>Checks an edition: schema, references, footnotes, figures, sections.</translation>
    </message>
    <message>
        <source>meldingen in het Engels</source>
        <translation>messages in English</translation>
    </message>
    <message>
        <source>Legt een versie vast van de genoemde lemma&apos;s, of van alle wijzigingen. Rondt ook een samenvoeging af als elk conflict is opgelost.</source>
        <translation>Commits a version of the named lemmas, or of all changes. Also completes a merge when every conflict is resolved.</translation>
    </message>
    <message>
        <source>wat er veranderd is</source>
        <translation>what changed</translation>
    </message>
    <message>
        <source>&quot;Naam &lt;e-mail&gt;&quot; of &quot;Naam&quot; (anders die uit git config user.name)</source>
        <translation>&quot;Name &lt;e-mail&gt;&quot; or &quot;Name&quot; (otherwise the one from git config user.name)</translation>
    </message>
    <message>
        <source>lemma&apos;s (slug of pad)</source>
        <translation>lemmas (slug or path)</translation>
    </message>
    <message>
        <source>trendweb commit: geef een beschrijving met -m</source>
        <translation>trendweb commit: give a description with -m</translation>
    </message>
    <message>
        <source>De versies van de editie, of van één lemma.</source>
        <translation>The versions of the edition, or of one lemma.</translation>
    </message>
    <message>
        <source>een lemma</source>
        <translation>a lemma</translation>
    </message>
    <message>
        <source>Wat er in een lemma veranderd is, woord voor woord: tussen twee versies, tussen een versie en nu, of (zonder REV) tussen de laatste versie en nu.</source>
        <translation>What changed in a lemma, word by word: between two versions, between a version and now, or (without REV) between the latest version and now.</translation>
    </message>
    <message>
        <source>versies</source>
        <translation>versions</translation>
    </message>
    <message>
        <source>Gebruik: trendweb diff LEMMA [REV [REV]]</source>
        <translation>Usage: trendweb diff LEMMA [REV [REV]]</translation>
    </message>
    <message>
        <source>De conflicten van een samenvoeging, in elk bestand van de editie: per alinea, per sleutel (edition.yaml, de kop van een lemma) of per bestand; met de basis, mijn versie en die van de anderen.</source>
        <translation>The conflicts of a merge, in every file of the edition: per paragraph, per key (edition.yaml, the header of a lemma) or per file; with the base, my version and the others&apos;.</translation>
    </message>
    <message>
        <source>  alinea %1</source>
        <translation>  paragraph %1</translation>
    </message>
    <message>
        <source>  sleutel %1</source>
        <translation>  key %1</translation>
    </message>
    <message>
        <source>  het hele bestand (aan één kant verwijderd, aan de andere veranderd)</source>
        <translation>  the whole file (deleted on one side, changed on the other)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>    basis:  </source>
        <translation>    base:   </translation>
    </message>
    <message>
        <source>    mijn:   </source>
        <translation>    mine:   </translation>
    </message>
    <message>
        <source>    anders: </source>
        <translation>    theirs: </translation>
    </message>
    <message>
        <source>mine, theirs, both of edit</source>
        <translation>mine, theirs, both or edit</translation>
    </message>
    <message>
        <source>alleen deze alinea (zonder: alle conflicten)</source>
        <translation>only this paragraph (without: all conflicts)</translation>
    </message>
    <message>
        <source>alleen deze sleutel (edition.yaml of de kop van een lemma)</source>
        <translation>only this key (edition.yaml or the header of a lemma)</translation>
    </message>
    <message>
        <source>de tekst voor --take edit: een bestand, of - voor standaardinvoer</source>
        <translation>the text for --take edit: a file, or - for standard input</translation>
    </message>
    <message>
        <source>het bestand (pad in de editie) of de slug van een lemma</source>
        <translation>the file (path in the edition) or the slug of a lemma</translation>
    </message>
    <message>
        <source>trendweb resolve: --take edit vraagt om de tekst: geef --from BESTAND, of --from - en de tekst op standaardinvoer.</source>
        <translation>trendweb resolve: --take edit needs the text: give --from FILE, or --from - and the text on standard input.</translation>
    </message>
    <message>
        <source>trendweb resolve: --from hoort bij --take edit.</source>
        <translation>trendweb resolve: --from belongs with --take edit.</translation>
    </message>
    <message numerus="yes">
        <source>rename-lemma: de editie heeft %n fouten; &apos;trendweb validate&apos; laat ze zien.</source>
        <translation>
            <numerusform>rename-lemma: the edition has %n error; &apos;trendweb validate&apos; shows it.</numerusform>
            <numerusform>rename-lemma: the edition has %n errors; &apos;trendweb validate&apos; shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adressen gecontroleerd, </source>
        <translation>
            <numerusform>%n address checked, </numerusform>
            <numerusform>%n addresses checked, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n werken niet.</source>
        <translation>
            <numerusform>%n does not work.</numerusform>
            <numerusform>%n do not work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fouten, %1 andere meldingen</source>
        <translation>
            <numerusform>%n error, %1 other messages</numerusform>
            <numerusform>%n errors, %1 other messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wachtwoordzin voor de sleutel %1: </source>
        <translation>Passphrase for the key %1: </translation>
    </message>
    <message>
        <source>De sleutel van %1 is onbekend: %2. Vertrouwt u hem na controle bij de beheerder, herhaal dan met --trust-host %2</source>
        <translation>The key of %1 is unknown: %2. If you trust it after checking with the administrator, repeat with --trust-host %2</translation>
    </message>
    <message>
        <source>los een conflict op (BESTAND --take mine|theirs|both [--paragraph N|--key NAAM], of --take edit --from BESTAND|-), of herzie een keuze (--reopen)</source>
        <translation>settle a conflict (FILE --take mine|theirs|both [--paragraph N|--key NAME], or --take edit --from FILE|-), or reconsider a choice (--reopen)</translation>
    </message>
    <message>
        <source>Lost conflicten van een bestand op: een lemma (slug of pad), edition.yaml, woordenlijst.dic of elk ander bestand van de editie. --take edit neemt de tekst uit --from BESTAND of --from - (standaardinvoer): met --paragraph of --key de tekst van die alinea of sleutel, zonder de tekst van het hele bestand. Een keuze waarna het bestand niet klopt, wordt geweigerd; dan verandert er niets. --reopen herziet een keuze zolang de samenvoeging niet is vastgelegd: die alinea of sleutel (zonder --paragraph of --key: elke keuze in het bestand) staat weer open, het bestand weer zoals voor die keuze.</source>
        <translation>Settles the conflicts of a file: a lemma (slug or path), edition.yaml, woordenlijst.dic or any other file of the edition. --take edit takes the text from --from FILE or --from - (standard input): with --paragraph or --key the text of that paragraph or key, not the text of the whole file. A choice after which the file is not valid is refused; then nothing changes. --reopen reconsiders a choice as long as the merge is not recorded: that paragraph or key (without --paragraph or --key: every choice in the file) is open again, the file as it was before that choice.</translation>
    </message>
    <message>
        <source>een gemaakte keuze herzien: weer open, zoals ervoor</source>
        <translation>reconsider a choice made: open again, as before</translation>
    </message>
    <message>
        <source>Gebruik: trendweb resolve BESTAND --take mine|theirs|both [--paragraph N | --key NAAM], of --take edit --from BESTAND|-, of --reopen [--paragraph N | --key NAAM]</source>
        <translation>Usage: trendweb resolve FILE --take mine|theirs|both [--paragraph N | --key NAME], or --take edit --from FILE|-, or --reopen [--paragraph N | --key NAME]</translation>
    </message>
    <message>
        <source>stel andere tekst voor een passage voor (LEMMA --quote TEKST|--after TEKST --replace TEKST)</source>
        <translation>suggest other wording for a passage (LEMMA --quote TEXT|--after TEXT --replace TEXT)</translation>
    </message>
    <message>
        <source>neem een voorstel over of wijs het af (accept|reject ID [-m ANTWOORD])</source>
        <translation>accept or reject a suggestion (accept|reject ID [-m REPLY])</translation>
    </message>
    <message>
        <source>De draden met opmerkingen, met hun berichten en of hun passage er nog is (anchored, moved, orphaned), en de voorstellen met hun stand (open, accepted, rejected, outdated, orphaned).</source>
        <translation>The comment threads, with their messages and whether their passage is still there (anchored, moved, orphaned), and the suggestions with their state (open, accepted, rejected, outdated, orphaned).</translation>
    </message>
    <message>
        <source>voorstel  </source>
        <translation>suggestion  </translation>
    </message>
    <message>
        <source>  nu: </source>
        <translation>  now: </translation>
    </message>
    <message>
        <source>  wordt: </source>
        <translation>  becomes: </translation>
    </message>
    <message>
        <source>  voorgesteld door </source>
        <translation>  suggested by </translation>
    </message>
    <message>
        <source>Alle open opmerkingen en voorstellen per lemma, voor een redactieoverleg.</source>
        <translation>All open comments and suggestions per lemma, for an editorial meeting.</translation>
    </message>
    <message>
        <source>Stel andere tekst voor een passage van een lemma voor; de auteur neemt het voorstel over of wijst het af.
  suggest LEMMA --quote TEKST --replace TEKST [--rev REV] [-m UITLEG]
  --replace &quot;&quot; stelt voor de passage weg te laten;
  --after TEKST in plaats van --quote voegt in direct na die tekst.</source>
        <translation>Suggest other wording for a passage of a lemma; the author accepts or rejects the suggestion.
  suggest LEMMA --quote TEXT --replace TEXT [--rev REV] [-m EXPLANATION]
  --replace &quot;&quot; suggests leaving the passage out;
  --after TEXT instead of --quote inserts right after that text.</translation>
    </message>
    <message>
        <source>invoegen direct na deze tekst, letterlijk</source>
        <translation>insert right after this text, verbatim</translation>
    </message>
    <message>
        <source>de voorgestelde tekst (leeg: weglaten)</source>
        <translation>the suggested text (empty: leave out)</translation>
    </message>
    <message>
        <source>uitleg bij het voorstel</source>
        <translation>explanation of the suggestion</translation>
    </message>
    <message>
        <source>het lemma</source>
        <translation>the lemma</translation>
    </message>
    <message>
        <source>Gebruik: trendweb suggest LEMMA --quote TEKST --replace TEKST [--rev REV] [-m UITLEG] (of --after TEKST om in te voegen)</source>
        <translation>Usage: trendweb suggest LEMMA --quote TEXT --replace TEXT [--rev REV] [-m EXPLANATION] (or --after TEXT to insert)</translation>
    </message>
    <message>
        <source>Neem een voorstel over (de tekst van het lemma verandert) of wijs het af.
  suggestion accept|reject ID [-m ANTWOORD]</source>
        <translation>Accept a suggestion (the lemma&apos;s text changes) or reject it.
  suggestion accept|reject ID [-m REPLY]</translation>
    </message>
    <message>
        <source>een antwoord aan wie het voorstelde</source>
        <translation>a reply to whoever suggested it</translation>
    </message>
    <message>
        <source>neem het voorstel over ook al is de passage sindsdien veranderd (bekijk eerst het verschil met trendweb comments)</source>
        <translation>accept the suggestion even though the passage has changed since (look at the difference with trendweb comments first)</translation>
    </message>
    <message>
        <source>accept of reject</source>
        <translation>accept or reject</translation>
    </message>
    <message>
        <source>het voorstel</source>
        <translation>the suggestion</translation>
    </message>
    <message>
        <source>Gebruik: trendweb suggestion accept|reject ID [-m ANTWOORD]</source>
        <translation>Usage: trendweb suggestion accept|reject ID [-m REPLY]</translation>
    </message>
    <message>
        <source>  veranderd: </source>
        <translation>  changed: </translation>
    </message>
    <message>
        <source>Exporteert de editie als statische site (html), als bron voor Hugo (hugo) of als gedrukte editie in één PDF (pdf). Een editie met fouten wordt geweigerd, tenzij --force.</source>
        <translation>Exports the edition as a static site (html), as a Hugo source (hugo) or as the print edition in one PDF (pdf). An edition with errors is refused unless --force.</translation>
    </message>
    <message>
        <source>de map van de site, of het PDF-bestand</source>
        <translation>the folder of the site, or the PDF file</translation>
    </message>
    <message>
        <source>trendweb export: geef het PDF-bestand met --output, bijvoorbeeld --output Trendweb-2025.pdf</source>
        <translation>trendweb export: give the PDF file with --output, for example --output Trendweb-2025.pdf</translation>
    </message>
    <message>
        <source>%1 geschreven: %2 bladzijden</source>
        <translation>%1 written: %2 pages</translation>
    </message>
    <message>
        <source>de editie als site of als PDF (--format html|hugo|pdf --output OUT)</source>
        <translation>the edition as a site or as a PDF (--format html|hugo|pdf --output OUT)</translation>
    </message>
    <message numerus="yes">
        <source>… en nog %n fouten (trendweb validate toont ze alle)</source>
        <translation>
            <numerusform>… and %n more error (trendweb validate shows them all)</numerusform>
            <numerusform>… and %n more errors (trendweb validate shows them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>De YAML-kop wordt niet afgesloten: zet een regel met alleen &apos;---&apos; tussen de kop en de tekst.</source>
        <translation>The front matter is not closed: put a line with only &apos;---&apos; between it and the text.</translation>
    </message>
    <message>
        <source>%1 is een verwijzing (symbolische link) naar een bestand buiten de editie en wordt niet gelezen. Zet het bestand zelf in de editie.</source>
        <translation>%1 is a symbolic link to a file outside the edition and is not read. Put the file itself in the edition.</translation>
    </message>
    <message>
        <source>Dit bestand bevat nog conflictmarkeringen van Git (&apos;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&apos;, &apos;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&apos;): kies per plek welke tekst blijft en haal ze weg.</source>
        <translation>This file still holds Git&apos;s conflict markers (&apos;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&apos;, &apos;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&apos;): choose the text to keep at each place and remove them.</translation>
    </message>
    <message>
        <source>Dit bestand bevat een NUL-teken; dat hoort niet in tekst. Haal het weg.</source>
        <translation>This file holds a NUL character, which does not belong in text. Remove it.</translation>
    </message>
    <message>
        <source>Er is een samenvoeging (merge) bezig die nog niet is afgemaakt; de bestanden kunnen beide versies bevatten. Maak haar af of breek haar af voordat u exporteert.</source>
        <translation>A merge is in progress and not finished; the files may hold both versions. Finish or abort it before exporting.</translation>
    </message>
    <message>
        <source>%1 staat in edition.yaml, maar het bestand %2 bestaat niet.</source>
        <translation>%1 is listed in edition.yaml, but the file %2 does not exist.</translation>
    </message>
    <message>
        <source>Dit lemma staat niet in edition.yaml en krijgt dus geen letter. Voeg &apos;%1&apos; toe aan de lijst &apos;lemmas&apos; in edition.yaml.</source>
        <translation>This lemma is not listed in edition.yaml and so has no letter. Add &apos;%1&apos; to the &apos;lemmas&apos; list in edition.yaml.</translation>
    </message>
    <message>
        <source>De titel &apos;%1&apos; staat ook boven %2.</source>
        <translation>The title &apos;%1&apos; is also the title of %2.</translation>
    </message>
    <message>
        <source>Dit lemma heeft nog geen tekst.</source>
        <translation>This lemma has no text yet.</translation>
    </message>
    <message>
        <source>Verwijzing naar &apos;%1&apos;, maar dat lemma bestaat niet.</source>
        <translation>Link to &apos;%1&apos;, but there is no such lemma.</translation>
    </message>
    <message>
        <source>Dit lemma verwijst naar zichzelf.</source>
        <translation>This lemma links to itself.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat twee keer onder &apos;Lees meer over&apos;.</source>
        <translation>&apos;%1&apos; is listed twice under &apos;read more about&apos;.</translation>
    </message>
    <message>
        <source>Geen ander lemma verwijst naar dit lemma.</source>
        <translation>No other lemma links to this lemma.</translation>
    </message>
    <message>
        <source>Dit lemma verwijst nog naar geen enkel ander lemma (&apos;related&apos;).</source>
        <translation>This lemma does not link to any other lemma yet (&apos;related&apos;).</translation>
    </message>
    <message>
        <source>Voetnoot [^%1] wordt gebruikt, maar heeft geen tekst (&apos;[^%1]: …&apos;).</source>
        <translation>Footnote [^%1] is referenced but never defined (&apos;[^%1]: …&apos;).</translation>
    </message>
    <message>
        <source>Voetnoot [^%1] wordt nergens in de tekst gebruikt.</source>
        <translation>Footnote [^%1] is defined but never referenced.</translation>
    </message>
    <message>
        <source>Voetnoot [^%1] is twee keer gedefinieerd.</source>
        <translation>Footnote [^%1] is defined twice.</translation>
    </message>
    <message>
        <source>Voetnoot [^%1] heeft nog geen tekst: de bron moet nog worden ingevuld.</source>
        <translation>Footnote [^%1] has no text yet: its source is still to be written.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen geldig http(s)-adres.</source>
        <translation>&apos;%1&apos; is not a valid http(s) URL.</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; heeft geen onderschrift.</source>
        <translation>Figure &apos;%1&apos; has no caption.</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; heeft geen bron.</source>
        <translation>Figure &apos;%1&apos; has no source.</translation>
    </message>
    <message>
        <source>Er zijn twee figuren met de naam &apos;%1&apos;.</source>
        <translation>Two figures are called &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; noemt voetnoot [^%2] als bron, maar die bestaat niet.</source>
        <translation>Figure &apos;%1&apos; cites footnote [^%2], which does not exist.</translation>
    </message>
    <message>
        <source>De afbeelding &apos;%2&apos; van figuur &apos;%1&apos; bestaat niet.</source>
        <translation>The image &apos;%2&apos; of figure &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>De afbeelding &apos;%2&apos; van figuur &apos;%1&apos; staat niet in de map figures/ van de editie; geef een pad als &apos;figures/&lt;lemma&gt;/&lt;bestand&gt;&apos;.</source>
        <translation>The image &apos;%2&apos; of figure &apos;%1&apos; is not in the edition&apos;s figures/ folder; give a path such as &apos;figures/&lt;lemma&gt;/&lt;file&gt;&apos;.</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; heeft nog geen afbeelding.</source>
        <translation>Figure &apos;%1&apos; has no image yet.</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; staat nog nergens in de tekst: zet de regel %2 op de plek waar de figuur hoort (Figuren › In tekst plaatsen).</source>
        <translation>Figure &apos;%1&apos; has no place in the text yet: put the line %2 where the figure belongs (Figuren › Place in text).</translation>
    </message>
    <message>
        <source>Figuur &apos;%1&apos; staat hier voor de tweede keer in de tekst: een figuur staat op één plek. Haal deze regel weg.</source>
        <translation>Figure &apos;%1&apos; is placed here a second time: a figure has one place. Remove this line.</translation>
    </message>
    <message>
        <source>Hier staat figuur &apos;%1&apos;, maar dit lemma heeft geen figuur met die naam. Verbeter de naam of voeg de figuur toe in het paneel Figuren.</source>
        <translation>Figure &apos;%1&apos; is placed here, but this lemma has no figure of that name. Correct the name or add the figure in the Figuren panel.</translation>
    </message>
    <message>
        <source>Lijst ontbreekt in de bron: de gedrukte editie had hier een lijst die bij het overnemen verloren ging. Neem de lijst over uit de druk en haal deze regel weg.</source>
        <translation>List missing in the source: the printed edition had a list here that was lost in the import. Copy it from the print and remove this line.</translation>
    </message>
    <message>
        <source>Tabel ontbreekt in de bron: de gedrukte editie had hier een tabel die bij het overnemen verloren ging. Neem de tabel over uit de druk en haal deze regel weg.</source>
        <translation>Table missing in the source: the printed edition had a table here that was lost in the import. Copy it from the print and remove this line.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; verwijst naar de bladzijde van de gedrukte editie; op het web klopt dat niet. Noem de figuur of tabel bij haar nummer.</source>
        <translation>&apos;%1&apos; refers to the printed page, which is wrong on the web. Name the figure or table by its number.</translation>
    </message>
    <message>
        <source>De paragraaf &apos;Relevantie voor Overijsselse gemeenten&apos; ontbreekt.</source>
        <translation>The section &apos;Relevantie voor Overijsselse gemeenten&apos; is missing.</translation>
    </message>
    <message>
        <source>Het verplichte veld &apos;%1&apos; ontbreekt.</source>
        <translation>The required field &apos;%1&apos; is missing.</translation>
    </message>
    <message>
        <source>Onbekend veld &apos;%1&apos;.</source>
        <translation>Unknown field &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Toegestaan zijn: %1.</source>
        <translation>Allowed are: %1.</translation>
    </message>
    <message>
        <source>Bij een afbeelding hoort een beschrijving voor schermlezers (&apos;%1&apos;).</source>
        <translation>An image needs a description for screen readers (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Het veld &apos;%1&apos; heeft de verkeerde soort waarde.</source>
        <translation>The field &apos;%1&apos; has the wrong kind of value.</translation>
    </message>
    <message>
        <source>De waarde van &apos;%1&apos; is niet toegestaan.</source>
        <translation>The value of &apos;%1&apos; is not allowed.</translation>
    </message>
    <message>
        <source>De waarde van &apos;%1&apos; heeft niet de juiste vorm.</source>
        <translation>The value of &apos;%1&apos; does not have the right form.</translation>
    </message>
    <message>
        <source>Het veld &apos;%1&apos; mag niet leeg zijn.</source>
        <translation>The field &apos;%1&apos; must not be empty.</translation>
    </message>
    <message>
        <source>De waarde van &apos;%1&apos; valt buiten het toegestane bereik.</source>
        <translation>The value of &apos;%1&apos; is outside the allowed range.</translation>
    </message>
    <message>
        <source>Voldoet niet aan het schema: %1</source>
        <translation>Does not match the schema: %1</translation>
    </message>
    <message>
        <source>Git is midden in een %1 die nog niet is afgemaakt (begonnen met &apos;git %1&apos;); de bestanden kunnen half veranderd zijn. Maak die af (&apos;%2&apos;) of breek die af (&apos;%3&apos;), met het programma waarmee die begon, voordat u exporteert.</source>
        <translation>Git is in the middle of a %1 that is not finished (started with &apos;git %1&apos;); the files may be half changed. Finish it (&apos;%2&apos;) or abort it (&apos;%3&apos;) with the tool that started it before exporting.</translation>
    </message>
    <message>
        <source>De lengte is een aantal woorden, zoals 1500.</source>
        <translation>The length is a number of words, such as 1500.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Geef de map waarin de site komt; een lege naam zou in de huidige map schrijven.</source>
        <translation>Give the folder the site goes into; an empty name would write into the current folder.</translation>
    </message>
    <message>
        <source>De site kan niet in de editie zelf (%1) worden geschreven; kies een map buiten de editie.</source>
        <translation>The site cannot be written into the edition itself (%1); choose a folder outside the edition.</translation>
    </message>
    <message>
        <source>De site kan niet in %1 worden geschreven: daar staan andere bestanden. Kies een nieuwe of lege map.</source>
        <translation>The site cannot be written into %1: other files are there. Choose a new or empty folder.</translation>
    </message>
    <message>
        <source>%1 is een bestand, geen map; kies een nieuwe of lege map.</source>
        <translation>%1 is a file, not a folder; choose a new or empty folder.</translation>
    </message>
    <message>
        <source>De map %1 is niet leeg en is niet door een eerdere export gemaakt; de site zou er bestanden overschrijven. Kies een nieuwe of lege map.</source>
        <translation>The folder %1 is not empty and was not made by an earlier export; the site would overwrite files in it. Choose a new or empty folder.</translation>
    </message>
    <message>
        <source>De map %1 kan niet worden gemaakt.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>De afbeelding %1 staat niet (meer) in de map figures/ van de editie en wordt niet meegenomen.</source>
        <translation>The image %1 is not (or no longer) in the edition&apos;s figures/ folder and is left out.</translation>
    </message>
    <message>
        <source>De afbeelding %1 kan niet worden gelezen: %2.</source>
        <translation>The image %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>De afbeelding kan niet naar %1 worden geschreven: %2.</source>
        <translation>The image cannot be written to %1: %2.</translation>
    </message>
    <message>
        <source>De editie is midden in een samenvoeging of bevat nog conflictmarkeringen (%1); maak de samenvoeging eerst af.</source>
        <translation>The edition is in the middle of a merge or still contains conflict markers (%1); finish the merge first.</translation>
    </message>
    <message numerus="yes">
        <source>De editie heeft %n fouten; los ze eerst op, of exporteer toch (--force).</source>
        <translation>
            <numerusform>The edition has %n error; fix it first, or export anyway (--force).</numerusform>
            <numerusform>The edition has %n errors; fix them first, or export anyway (--force).</numerusform>
        </translation>
    </message>
    <message>
        <source>Er wordt niets geëxporteerd: %1</source>
        <translation>Nothing is exported: %1</translation>
    </message>
    <message>
        <source>De PDF kan niet worden gemaakt: het programma weasyprint ontbreekt. Installeer het Debian-pakket weasyprint (sudo apt install weasyprint) en exporteer opnieuw.</source>
        <translation>The PDF cannot be made: the program weasyprint is missing. Install the Debian package weasyprint (sudo apt install weasyprint) and export again.</translation>
    </message>
    <message>
        <source>weasyprint is na tien minuten nog niet klaar en is gestopt; er is geen PDF geschreven. Probeer het opnieuw.</source>
        <translation>weasyprint had not finished after ten minutes and was stopped; no PDF was written. Try again.</translation>
    </message>
    <message>
        <source>weasyprint kon de PDF niet maken (afsluitcode %1): %2</source>
        <translation>weasyprint could not make the PDF (exit code %1): %2</translation>
    </message>
    <message>
        <source>Geef de naam van het PDF-bestand, bijvoorbeeld Trendweb-2025.pdf.</source>
        <translation>Give the name of the PDF file, for example Trendweb-2025.pdf.</translation>
    </message>
    <message>
        <source>De PDF kan niet in de editie zelf (%1) worden geschreven; kies een plaats buiten de editie.</source>
        <translation>The PDF cannot be written into the edition itself (%1); choose a place outside the edition.</translation>
    </message>
    <message>
        <source>%1 is een map; geef de naam van het PDF-bestand, bijvoorbeeld %2.</source>
        <translation>%1 is a folder; give the name of the PDF file, for example %2.</translation>
    </message>
    <message>
        <source>%1 bestaat al en is geen PDF; de export zou het overschrijven. Kies een andere naam.</source>
        <translation>%1 already exists and is not a PDF; the export would overwrite it. Choose another name.</translation>
    </message>
    <message>
        <source>Er kan geen tijdelijke map worden gemaakt: %1.</source>
        <translation>No temporary folder can be made: %1.</translation>
    </message>
    <message>
        <source>De PDF kan niet als %1 worden bewaard.</source>
        <translation>The PDF cannot be saved as %1.</translation>
    </message>
    <message>
        <source>De site kan niet worden geschreven: %1</source>
        <translation>The site cannot be written: %1</translation>
    </message>
    <message>
        <source>De export is afgebroken; er is niets geschreven.</source>
        <translation>The export was stopped; nothing was written.</translation>
    </message>
    <message>
        <source>De PDF kan niet worden geschreven: %1</source>
        <translation>The PDF cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>git</name>
    <message>
        <source>Een naam of e-mailadres mag geen &lt; of &gt; en geen regeleinde bevatten.</source>
        <translation>A name or e-mail address may not contain &lt; or &gt; or a line break.</translation>
    </message>
    <message>
        <source>Er zijn nog conflicten. Los ze eerst op, dan kan de versie worden vastgelegd.</source>
        <translation>There are still conflicts. Resolve them first, then the version can be committed.</translation>
    </message>
    <message>
        <source>Kan de versie niet samenstellen</source>
        <translation>Cannot put the version together</translation>
    </message>
    <message>
        <source>Kan de vorige versie niet lezen</source>
        <translation>Cannot read the previous version</translation>
    </message>
    <message>
        <source>Kan de samenvoeging niet lezen</source>
        <translation>Cannot read the merge</translation>
    </message>
    <message>
        <source>Kan de samengevoegde versie niet lezen</source>
        <translation>Cannot read the merged version</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds de laatste versie; er is geen nieuwe versie gemaakt.</source>
        <translation>Nothing has changed since the last version; no new version was made.</translation>
    </message>
    <message>
        <source>Vastleggen is mislukt</source>
        <translation>Committing failed</translation>
    </message>
    <message>
        <source>De versie is vastgelegd, maar de samenvoeging staat nog open</source>
        <translation>The version is committed, but the merge is still open</translation>
    </message>
    <message>
        <source>Kan de lijst met wijzigingen niet lezen</source>
        <translation>Cannot read the list of changes</translation>
    </message>
    <message>
        <source>Kan de wijzigingen niet klaarzetten</source>
        <translation>Cannot stage the changes</translation>
    </message>
    <message>
        <source>Kan deze wijziging niet klaarzetten</source>
        <translation>Cannot stage this change</translation>
    </message>
    <message>
        <source>Er is nog geen versie om te markeren</source>
        <translation>There is no version yet to mark</translation>
    </message>
    <message>
        <source>Kan de editie niet markeren</source>
        <translation>Cannot mark the edition</translation>
    </message>
    <message>
        <source>de gedeelde plek</source>
        <translation>the shared place</translation>
    </message>
    <message>
        <source>De gedeelde editie kon niet worden opgehaald.</source>
        <translation>The shared edition could not be fetched.</translation>
    </message>
    <message>
        <source>Ophalen van de gedeelde editie is mislukt.</source>
        <translation>Fetching from the shared edition failed.</translation>
    </message>
    <message>
        <source>Versturen naar de gedeelde editie is mislukt.</source>
        <translation>Sending to the shared edition failed.</translation>
    </message>
    <message>
        <source>Er is geen map gemaakt.</source>
        <translation>No folder was created.</translation>
    </message>
    <message>
        <source>Hier is niets veranderd.</source>
        <translation>Nothing was changed here.</translation>
    </message>
    <message>
        <source>De server %1 weigerde de gebruikersnaam of het token. Controleer ze (of vraag de beheerder om een nieuw token) en probeer het opnieuw. %2</source>
        <translation>The server %1 refused the user name or the token. Check them (or ask the administrator for a new token) and try again. %2</translation>
    </message>
    <message>
        <source>De server %1 vraagt om een gebruikersnaam en token, maar die zijn niet gegeven. Probeer het opnieuw en vul ze in. %2</source>
        <translation>The server %1 asks for a user name and token, but none were given. Try again and fill them in. %2</translation>
    </message>
    <message>
        <source>Het certificaat van %1 wordt niet vertrouwd (zelf ondertekend, van een onbekende uitgever of voor een andere naam). Er is niets verstuurd of opgehaald. Vraag de beheerder of dit de juiste server is.</source>
        <translation>The certificate of %1 is not trusted (self-signed, from an unknown issuer or for another name). Nothing was sent or fetched. Ask the administrator whether this is the right server.</translation>
    </message>
    <message>
        <source>De server %1 is niet bereikbaar (geen verbinding, onbekende naam of geen antwoord). Controleer de internetverbinding en het adres en probeer het later opnieuw. %2</source>
        <translation>The server %1 cannot be reached (no connection, unknown name or no answer). Check the internet connection and the address and try again later. %2</translation>
    </message>
    <message>
        <source>Op %1 is op dit adres geen gedeelde editie gevonden. Controleer het adres bij de beheerder. %2</source>
        <translation>No shared edition was found at this address on %1. Check the address with the administrator. %2</translation>
    </message>
    <message>
        <source>De gedeelde editie is intussen veranderd. Haal eerst op (Ophalen) en verstuur daarna opnieuw; hier is niets veranderd.</source>
        <translation>The shared edition has changed in the meantime. Fetch first (Fetch) and then send again; nothing was changed here.</translation>
    </message>
    <message>
        <source>De server %1 weigerde uw versies zonder uitleg. Er is niets verstuurd; vraag de beheerder waarom.</source>
        <translation>The server %1 refused your versions without explanation. Nothing was sent; ask the administrator why.</translation>
    </message>
    <message>
        <source>De server %1 weigerde uw versies. De server zegt:
%2
Er is niets verstuurd; pas aan wat de server vraagt of vraag de beheerder om hulp.</source>
        <translation>The server %1 refused your versions. The server says:
%2
Nothing was sent; change what the server asks for, or ask the administrator for help.</translation>
    </message>
    <message>
        <source>Gestopt op uw verzoek. %1</source>
        <translation>Stopped at your request. %1</translation>
    </message>
    <message>
        <source>%1 De oorzaak is niet bekend; probeer het opnieuw en geef de melding aan de beheerder als het blijft gebeuren. (Technisch: %2)</source>
        <translation>%1 The cause is not known; try again and report the message to the administrator if it keeps happening. (Technical: %2)</translation>
    </message>
    <message>
        <source>Deze versie bestaat niet</source>
        <translation>This version does not exist</translation>
    </message>
    <message>
        <source>Dit is geen versie van de editie</source>
        <translation>This is not a version of the edition</translation>
    </message>
    <message>
        <source>Deze versie is niet leesbaar</source>
        <translation>This version cannot be read</translation>
    </message>
    <message>
        <source>Dit bestand bestond in die versie nog niet.</source>
        <translation>This file did not exist yet in that version.</translation>
    </message>
    <message>
        <source>Deze versie van het bestand is niet leesbaar</source>
        <translation>This version of the file cannot be read</translation>
    </message>
    <message>
        <source>Kan de geschiedenis niet lezen</source>
        <translation>Cannot read the history</translation>
    </message>
    <message>
        <source>Kan niet lezen wie de andere versie maakte</source>
        <translation>Cannot read who made the other version</translation>
    </message>
    <message>
        <source>Kan de edities niet lezen</source>
        <translation>Cannot read the editions</translation>
    </message>
    <message>
        <source>Kan de sleutel van de server niet onthouden: %1 is niet te schrijven.</source>
        <translation>Cannot remember the server&apos;s key: %1 cannot be written.</translation>
    </message>
    <message>
        <source>Kan %1 niet bijwerken; uit dat bestand is niets verwijderd.</source>
        <translation>Cannot update %1; nothing was removed from that file.</translation>
    </message>
    <message>
        <source>Kan een versie niet lezen</source>
        <translation>Cannot read a version</translation>
    </message>
    <message>
        <source>Kan de versies niet vergelijken</source>
        <translation>Cannot compare the versions</translation>
    </message>
    <message>
        <source>Kan een bestand van een versie niet lezen</source>
        <translation>Cannot read a file of a version</translation>
    </message>
    <message>
        <source>Kan de samenvoeging niet afmaken</source>
        <translation>Cannot finish the merge</translation>
    </message>
    <message>
        <source>Dit bestand heeft geen conflict.</source>
        <translation>This file has no conflict.</translation>
    </message>
    <message>
        <source>Kan een kant van het conflict niet lezen</source>
        <translation>Cannot read one side of the conflict</translation>
    </message>
    <message>
        <source>Kan geen versiebeheer beginnen in deze map</source>
        <translation>Cannot start version control in this folder</translation>
    </message>
    <message>
        <source>Kan het versiebeheer van deze editie niet openen</source>
        <translation>Cannot open the version control of this edition</translation>
    </message>
    <message>
        <source>Kan de gedeelde editie niet neerzetten</source>
        <translation>Cannot set up the shared edition</translation>
    </message>
    <message>
        <source>Er is geen naam bekend. Een versie of opmerking wordt altijd onder de naam van de schrijver bewaard.</source>
        <translation>No name is known. A version or comment is always kept under the name of its writer.</translation>
    </message>
    <message>
        <source>Kan niet zien wat er veranderd is</source>
        <translation>Cannot see what has changed</translation>
    </message>
    <message>
        <source>Dit adres van een gedeelde editie is niet te gebruiken</source>
        <translation>This address of a shared edition cannot be used</translation>
    </message>
    <message>
        <source>Kan de huidige versie niet lezen</source>
        <translation>Cannot read the current version</translation>
    </message>
    <message>
        <source>Kan de gedeelde versie niet koppelen</source>
        <translation>Cannot link the shared version</translation>
    </message>
    <message>
        <source>Kan de gedeelde plek niet weghalen</source>
        <translation>Cannot remove the shared place</translation>
    </message>
    <message>
        <source>Vul het adres van de gedeelde editie in.</source>
        <translation>Fill in the address of the shared edition.</translation>
    </message>
    <message>
        <source>Deze editie wordt al gedeeld, via %1. Gebruik Ophalen en Versturen om met de anderen te delen.</source>
        <translation>This edition is already shared, through %1. Use Fetch and Send to share with the others.</translation>
    </message>
    <message>
        <source>In de gedeelde editie op %1 staan al versies. Kies een lege gedeelde editie, of haal deze op met &apos;Gedeelde editie ophalen&apos;.</source>
        <translation>The shared edition at %1 already holds versions. Choose an empty shared edition, or fetch this one with &apos;Fetch a shared edition&apos;.</translation>
    </message>
    <message>
        <source>Delen legt een versie vast onder uw naam. %1</source>
        <translation>Sharing commits a version under your name. %1</translation>
    </message>
    <message>
        <source>Editie gedeeld</source>
        <translation>Edition shared</translation>
    </message>
    <message>
        <source>Regeleinden van de editie vastgelegd</source>
        <translation>Line endings of the edition committed</translation>
    </message>
    <message>
        <source>De sleutel %1 is beveiligd met een wachtwoordzin, en die is niet gegeven; er is niets verstuurd of opgehaald. Geef de wachtwoordzin wanneer erom gevraagd wordt, of laad de sleutel eenmalig in de ssh-agent met: ssh-add %1</source>
        <translation>The key %1 is protected with a passphrase, and none was given; nothing was sent or fetched. Give the passphrase when asked for it, or load the key into the ssh-agent once with: ssh-add %1</translation>
    </message>
    <message>
        <source>Er is geen SSH-sleutel om mee in te loggen bij %1 (gezocht: %2). Maak er een met ssh-keygen en stuur de beheerder de publieke sleutel (het .pub-bestand).</source>
        <translation>There is no SSH key to log in to %1 with (looked for: %2). Make one with ssh-keygen and send the administrator the public key (the .pub file).</translation>
    </message>
    <message>
        <source>de sleutels in de ssh-agent</source>
        <translation>the keys in the ssh-agent</translation>
    </message>
    <message>
        <source>De server %1 liet u als gebruiker %2 niet binnen: geen van uw SSH-sleutels werd aangenomen (geprobeerd: %3). Stuur de beheerder uw publieke sleutel (%4) en vraag hem die toe te voegen; er is niets verstuurd of opgehaald.</source>
        <translation>The server %1 did not let you in as user %2: none of your SSH keys was accepted (tried: %3). Send the administrator your public key (%4) and ask them to add it; nothing was sent or fetched.</translation>
    </message>
    <message>
        <source>ssh-add -L toont hem</source>
        <translation>ssh-add -L shows it</translation>
    </message>
    <message>
        <source>De server %1 toont een sleutel die dit programma niet kan controleren; er is niets verstuurd of opgehaald.</source>
        <translation>The server %1 shows a key this program cannot check; nothing was sent or fetched.</translation>
    </message>
    <message>
        <source>Pas op: de server %1 toont een andere sleutel dan de vorige keer. Bekend was %2, nu is het %3. Misschien is de server vernieuwd, maar het kan ook iemand zijn die zich voor de server uitgeeft; er is niets verstuurd of opgehaald. Vraag de beheerder of de sleutel echt veranderd is. Alleen als hij %3 bevestigt: geef &apos;trendweb forget-host %4&apos; en vertrouw daarna de nieuwe sleutel.</source>
        <translation>Watch out: the server %1 shows a different key than last time. It was %2, now it is %3. Perhaps the server was renewed, but it could also be someone pretending to be the server; nothing was sent or fetched. Ask the administrator whether the key really changed. Only if they confirm %3: run &apos;trendweb forget-host %4&apos; and then trust the new key.</translation>
    </message>
    <message>
        <source>De sleutel van %1 is onbekend (%2). Controleer hem bij de beheerder en vertrouw hem pas daarna.</source>
        <translation>The key of %1 is unknown (%2). Check it with the administrator and only trust it after that.</translation>
    </message>
    <message>
        <source>De wachtwoordzin voor de sleutel %1 klopt niet; er is niets verstuurd of opgehaald. Probeer het opnieuw met de juiste wachtwoordzin.</source>
        <translation>The passphrase for the key %1 is wrong; nothing was sent or fetched. Try again with the right passphrase.</translation>
    </message>
    <message>
        <source>De server %1 (poort %2) is niet bereikbaar; er is niets verstuurd of opgehaald. Controleer de internetverbinding en het adres, of probeer het later opnieuw.</source>
        <translation>The server %1 (port %2) cannot be reached; nothing was sent or fetched. Check the internet connection and the address, or try again later.</translation>
    </message>
    <message>
        <source>Op de server %1 staat geen gedeelde editie op %2. Controleer het adres bij de beheerder; er is niets verstuurd of opgehaald.</source>
        <translation>There is no shared edition at %2 on the server %1. Check the address with the administrator; nothing was sent or fetched.</translation>
    </message>
    <message>
        <source>De verbinding met de server %1 is onverwacht afgebroken; er is niets verstuurd of opgehaald. Probeer het opnieuw; blijft het misgaan, vraag het dan de beheerder.</source>
        <translation>The connection with the server %1 broke off unexpectedly; nothing was sent or fetched. Try again; if it keeps going wrong, ask the administrator.</translation>
    </message>
    <message>
        <source>Kan de gedeelde plek niet instellen</source>
        <translation>Cannot set the shared place</translation>
    </message>
    <message>
        <source>Deze editie heeft geen gedeelde plek om mee te delen</source>
        <translation>This edition has no shared place to share with</translation>
    </message>
    <message>
        <source>Kan niet zien welke versies nog gedeeld moeten worden</source>
        <translation>Cannot see which versions still have to be shared</translation>
    </message>
    <message>
        <source>Er loopt nog een samenvoeging met conflicten. Los die eerst op of breek hem af.</source>
        <translation>A merge with conflicts is still going on. Resolve it first or abort it.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn vastgelegd (%1). Leg ze eerst vast; dan kan ophalen zonder dat er iets verloren gaat.</source>
        <translation>There are changes that are not committed yet (%1). Commit them first; then fetching can happen without anything getting lost.</translation>
    </message>
    <message>
        <source>Kan de gedeelde versie niet lezen</source>
        <translation>Cannot read the shared version</translation>
    </message>
    <message>
        <source>Kan de nieuwe versie niet neerzetten</source>
        <translation>Cannot put the new version in place</translation>
    </message>
    <message>
        <source>Ophalen vraagt om de versies samen te voegen, en dat wordt een nieuwe versie onder uw naam. %1</source>
        <translation>Fetching needs to merge the versions, and that makes a new version under your name. %1</translation>
    </message>
    <message>
        <source>Samenvoegen is mislukt</source>
        <translation>Merging failed</translation>
    </message>
    <message>
        <source>Wijzigingen van de gedeelde editie samengevoegd</source>
        <translation>Changes of the shared edition merged</translation>
    </message>
    <message>
        <source>Los eerst de conflicten op en leg de samenvoeging vast.</source>
        <translation>Resolve the conflicts first and commit the merge.</translation>
    </message>
    <message>
        <source>Kan de conflicten niet lezen</source>
        <translation>Cannot read the conflicts</translation>
    </message>
    <message>
        <source>Kan de vorige versie niet terugzetten</source>
        <translation>Cannot put the previous version back</translation>
    </message>
    <message>
        <source>De vorige versie is terug, maar de samenvoeging staat nog open</source>
        <translation>The previous version is back, but the merge is still open</translation>
    </message>
    <message>
        <source>sleutel %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>het hele bestand</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>alinea %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>Kies mine, theirs, both of edit.</source>
        <translation>Choose mine, theirs, both or edit.</translation>
    </message>
    <message>
        <source>Bij %1 kan niet allebei blijven staan: kies mine, theirs of edit (met de tekst zelf).</source>
        <translation>At %1 both cannot stay: choose mine, theirs or edit (with the text itself).</translation>
    </message>
    <message>
        <source>%1 heeft geen conflict bij %2. Wel bij: %3.</source>
        <translation>%1 has no conflict at %2. It does at: %3.</translation>
    </message>
    <message>
        <source>Uw keuze is niet opgeslagen. %1</source>
        <translation>Your choice was not saved. %1</translation>
    </message>
    <message>
        <source>er zou een tweede kop (front matter) midden in de tekst staan</source>
        <translation>there would be a second header (front matter) in the middle of the text</translation>
    </message>
    <message>
        <source>%1 staat in de lijst, maar het bestand %2 bestaat niet</source>
        <translation>%1 is in the list, but the file %2 does not exist</translation>
    </message>
    <message>
        <source>Deze keuze is niet uitgevoerd: %1 zou dan niet kloppen (%2). Er is niets veranderd; kies iets anders of schrijf de tekst zelf.</source>
        <translation>This choice was not carried out: %1 would then not be valid (%2). Nothing was changed; choose something else or write the text yourself.</translation>
    </message>
    <message>
        <source>Uw keuze voor %1 kon niet worden vastgelegd: %2</source>
        <translation>Your choice for %1 could not be recorded: %2</translation>
    </message>
    <message>
        <source>Kan het conflict niet terugzetten</source>
        <translation>Cannot put the conflict back</translation>
    </message>
    <message>
        <source>Er wordt niets samengevoegd: een keuze herzien kan alleen tot de samenvoeging is vastgelegd.</source>
        <translation>Nothing is being merged: a choice can be reconsidered only until the merge is recorded.</translation>
    </message>
    <message>
        <source>In %1 is nog niets gekozen; er valt niets te herzien.</source>
        <translation>Nothing has been chosen in %1 yet; there is nothing to reconsider.</translation>
    </message>
    <message>
        <source>Bij %1 in %2 is nog niets gekozen. Wel bij: %3.</source>
        <translation>Nothing has been chosen at %1 in %2 yet. There is a choice at: %3.</translation>
    </message>
    <message>
        <source>De keuze is niet herzien. %1</source>
        <translation>The choice was not reconsidered. %1</translation>
    </message>
    <message>
        <source>%1 heeft geen conflict in deze samenvoeging.</source>
        <translation>%1 has no conflict in this merge.</translation>
    </message>
    <message>
        <source>de lijst van samengevoegde bestanden (.git/index)</source>
        <translation>the list of merged files (.git/index)</translation>
    </message>
    <message>
        <source>Ophalen kon niet worden afgemaakt: de schijf is vol. Alles staat weer zoals voor het ophalen. Maak ruimte vrij op de schijf en haal dan opnieuw op.</source>
        <translation>The pull could not be finished: the disk is full. Everything is as it was before the pull. Free some space on the disk, then pull again.</translation>
    </message>
    <message>
        <source>Ophalen kon niet worden afgemaakt; alles staat weer zoals voor het ophalen. %1</source>
        <translation>The pull could not be finished; everything is as it was before the pull. %1</translation>
    </message>
    <message>
        <source>Git is midden in een %1 die nog niet is afgemaakt. Maak die eerst af of breek die af met het programma waarmee die begon; haal daarna op.</source>
        <translation>Git is in the middle of a %1 that is not finished. First finish or abort it with the tool that started it; then pull.</translation>
    </message>
    <message>
        <source>Ophalen kon niet worden afgemaakt: de schijf is vol, ook om alles terug te zetten. Uw vastgelegde versies zijn veilig. Maak ruimte vrij op de schijf en breek het ophalen dan af (Samenvoegen afbreken, of trendweb pull --abort); haal daarna opnieuw op.</source>
        <translation>The pull could not be finished: the disk is full, too full to put everything back. Your saved versions are safe. Free some space on the disk, then abort the pull (Abort the merge, or trendweb pull --abort); after that, pull again.</translation>
    </message>
    <message>
        <source>Ophalen kon niet worden afgemaakt en niet helemaal worden teruggedraaid. Uw vastgelegde versies zijn veilig. Breek het ophalen af (Samenvoegen afbreken, of trendweb pull --abort) en haal opnieuw op. %1</source>
        <translation>The pull could not be finished, nor fully undone. Your saved versions are safe. Abort the pull (Abort the merge, or trendweb pull --abort) and pull again. %1</translation>
    </message>
    <message>
        <source>Deze editie houdt al versies bij.</source>
        <translation>This edition already keeps versions.</translation>
    </message>
    <message>
        <source>De eerste versie komt op uw naam. %1</source>
        <translation>The first version is made under your name. %1</translation>
    </message>
    <message>
        <source>Eerste versie van de editie</source>
        <translation>First version of the edition</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Het importplan noemt geen lemma&apos;s.</source>
        <translation>The import plan names no lemmas.</translation>
    </message>
    <message>
        <source>Het begin van lemma &apos;%1&apos; (&apos;%2&apos;) staat niet in de tekst na regel %3.</source>
        <translation>The start of lemma &apos;%1&apos; (&apos;%2&apos;) is not in the text after line %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Schrijfomgeving voor het Trendweb.</source>
        <translation>Writing environment for the Trendweb.</translation>
    </message>
    <message>
        <source>De map van een editie (standaard: de ingebouwde).</source>
        <translation>The folder of an edition (default: the built-in one).</translation>
    </message>
    <message>
        <source>Schrijf een afbeelding van het venster en stop.</source>
        <translation>Write an image of the window and quit.</translation>
    </message>
    <message>
        <source>De taal van het venster: nl of en (standaard: de instelling, anders die van het systeem).</source>
        <translation>The language of the window: nl or en (default: the setting, otherwise the system&apos;s).</translation>
    </message>
    <message>
        <source>Wat het venster toont: editor, preview, web of list.</source>
        <translation>What the window shows: editor, preview, web or list.</translation>
    </message>
    <message>
        <source>De grootte van het venster in beeldpunten, bijvoorbeeld 1024x700 (standaard 1280x800).</source>
        <translation>The window&apos;s size in pixels, for example 1024x700 (default 1280x800).</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>De opmerking is niet opgeslagen. %1</source>
        <translation>The comment was not saved. %1</translation>
    </message>
    <message>
        <source>Deze passage staat niet in het lemma (in de gekozen versie).</source>
        <translation>This passage is not in the lemma (in the chosen version).</translation>
    </message>
    <message>
        <source>Deze passage staat meer dan eens in het lemma; citeer een langer stuk, zodat duidelijk is welke u bedoelt.</source>
        <translation>This passage occurs more than once in the lemma; quote a longer piece, so that it is clear which one you mean.</translation>
    </message>
    <message>
        <source> (de passage is er niet meer)</source>
        <translation> (the passage is no longer there)</translation>
    </message>
    <message>
        <source> (verouderd: er staat nu “%1”)</source>
        <translation> (outdated: it now reads “%1”)</translation>
    </message>
    <message>
        <source>(niets: invoegen na “%1”)</source>
        <translation>(nothing: insert after “%1”)</translation>
    </message>
    <message>
        <source>(weglaten)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Voorstel van %1</source>
        <translation>Suggestion by %1</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Er is geen voorstel %1.</source>
        <translation>There is no suggestion %1.</translation>
    </message>
    <message>
        <source>Dit voorstel is al overgenomen door %1.</source>
        <translation>This suggestion was already accepted by %1.</translation>
    </message>
    <message>
        <source>Dit voorstel is al afgewezen door %1.</source>
        <translation>This suggestion was already rejected by %1.</translation>
    </message>
    <message>
        <source>Het voorstel is gelijk aan de tekst; er is niets voor te stellen.</source>
        <translation>The suggestion is the same as the text; there is nothing to suggest.</translation>
    </message>
    <message>
        <source>Het voorstel is niet opgeslagen. %1</source>
        <translation>The suggestion was not saved. %1</translation>
    </message>
    <message>
        <source>Over dit voorstel is al besloten.</source>
        <translation>This suggestion has already been decided.</translation>
    </message>
    <message>
        <source>De passage van dit voorstel staat niet meer in de tekst; het kan niet worden overgenomen. Neem de tekst zo nodig over met de hand.</source>
        <translation>The passage of this suggestion is no longer in the text; it cannot be accepted. Copy the wording by hand if needed.</translation>
    </message>
    <message>
        <source>De passage is veranderd sinds dit voorstel: er staat nu “%1”. Bekijk het verschil en neem het daarna bewust over.</source>
        <translation>The passage has changed since this suggestion: it now reads “%1”. Look at the difference, then accept it deliberately.</translation>
    </message>
    <message>
        <source>De passage van dit voorstel is niet gevonden.</source>
        <translation>The passage of this suggestion was not found.</translation>
    </message>
    <message>
        <source>Het lemma ligt buiten de editie; het voorstel is niet overgenomen.</source>
        <translation>The lemma lies outside the edition; the suggestion was not accepted.</translation>
    </message>
    <message>
        <source>Het voorstel is niet overgenomen. %1</source>
        <translation>The suggestion was not accepted. %1</translation>
    </message>
</context>
<context>
    <name>trendweb</name>
    <message>
        <source>Hier staat geen editie: edition.yaml ontbreekt. Kies de map van een editie (met edition.yaml, lemmas/ en threads/).</source>
        <translation>There is no edition here: edition.yaml is missing. Choose the folder of an edition (with edition.yaml, lemmas/ and threads/).</translation>
    </message>
    <message>
        <source>Een ander programma (%1, proces %2) werkt nu aan deze editie. Wacht tot het klaar is en probeer het dan opnieuw.</source>
        <translation>Another program (%1, process %2) is working on this edition now. Wait until it is done and then try again.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>de schijf is vol; %1 kon niet worden geschreven. Maak ruimte vrij op de schijf en probeer het opnieuw.</source>
        <translation>the disk is full; %1 could not be written. Free up space on the disk and try again.</translation>
    </message>
    <message>
        <source>de map van %1 is alleen-lezen (de schijf mag niet worden beschreven). Werk in een map waarin u mag schrijven, of maak de schijf beschrijfbaar.</source>
        <translation>the folder of %1 is read-only (the disk may not be written to). Work in a folder you may write in, or make the disk writable.</translation>
    </message>
    <message>
        <source>u hebt geen toestemming om %1 te schrijven (in de map %2). Vraag die toestemming, of werk in een kopie waarin u mag schrijven.</source>
        <translation>you do not have permission to write %1 (in the folder %2). Ask for that permission, or work in a copy you may write in.</translation>
    </message>
    <message>
        <source>de map van %1 bestaat niet (meer). Controleer of de editie nog op deze plek staat en probeer het opnieuw.</source>
        <translation>the folder of %1 does not exist (any more). Check that the edition is still in this place and try again.</translation>
    </message>
    <message>
        <source>de schijf gaf een fout bij het schrijven van %1. Controleer de schijf en probeer het opnieuw.</source>
        <translation>the disk gave an error while writing %1. Check the disk and try again.</translation>
    </message>
    <message>
        <source>%1 kon niet worden geschreven. Controleer of de schijf werkt en of u er mag schrijven, en probeer het opnieuw.</source>
        <translation>%1 could not be written. Check that the disk works and that you may write there, and try again.</translation>
    </message>
    <message>
        <source>het bestand %1 kan niet worden gelezen. Controleer of het nog bestaat en of u het mag openen.</source>
        <translation>the file %1 cannot be read. Check that it still exists and that you may open it.</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Het Nederlandse woordenboek (%1) is niet gevonden, dus de spelling wordt niet gecontroleerd. Installeer het met: apt-get install hunspell-nl</source>
        <translation>The Dutch dictionary (%1) was not found, so spelling is not checked. Install it with: apt-get install hunspell-nl</translation>
    </message>
    <message>
        <source>Kan geen tijdelijk bestand maken.</source>
        <translation>Cannot create a temporary file.</translation>
    </message>
    <message>
        <source>De woordenlijst kan niet worden gelezen.</source>
        <translation>The word list cannot be read.</translation>
    </message>
    <message>
        <source>Dit bestand is geen geldige UTF-8-tekst (byte 0x%1). Sla het op als UTF-8 en open het opnieuw.</source>
        <translation>This file is not valid UTF-8 text (byte 0x%1). Save it as UTF-8 and open it again.</translation>
    </message>
    <message>
        <source>Kan het bestand niet lezen: %1.</source>
        <translation>Cannot read the file: %1.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Kan de ingebouwde editie niet kopiëren. Is er schijfruimte en mag er in deze map geschreven worden?</source>
        <translation>Cannot copy the built-in edition. Is there disk space, and may this folder be written to?</translation>
    </message>
    <message>
        <source>De ingebouwde editie is niet gevonden. Installeer Trendweb Studio opnieuw, of open een editie met &apos;trendweb-studio MAP&apos;.</source>
        <translation>The built-in edition was not found. Install Trendweb Studio again, or open an edition with &apos;trendweb-studio FOLDER&apos;.</translation>
    </message>
    <message>
        <source>Kan de werkmap niet aanmaken.</source>
        <translation>Cannot create the working folder.</translation>
    </message>
    <message>
        <source>Ingebouwde editie overgenomen</source>
        <translation>Built-in edition taken over</translation>
    </message>
    <message>
        <source>Kan de werkmap niet op zijn plaats zetten.</source>
        <translation>Cannot put the working folder in its place.</translation>
    </message>
    <message>
        <source>Deze map bestaat niet (meer). Kies de map van een editie.</source>
        <translation>This folder does not exist (any more). Choose the folder of an edition.</translation>
    </message>
    <message>
        <source>Deze map is geen editie: edition.yaml ontbreekt. Kies de map waarin edition.yaml en de map lemmas staan.</source>
        <translation>This folder is not an edition: edition.yaml is missing. Choose the folder that holds edition.yaml and the lemmas folder.</translation>
    </message>
    <message>
        <source>Deze map is geen editie: de map lemmas ontbreekt. Kies de map waarin edition.yaml en de map lemmas staan.</source>
        <translation>This folder is not an edition: the lemmas folder is missing. Choose the folder that holds edition.yaml and the lemmas folder.</translation>
    </message>
    <message>
        <source>De YAML-kop bevat meer dan %1 waarden (mogelijk door ankers en aliassen die naar elkaar verwijzen); zo groot hoort hij niet te zijn.</source>
        <translation>The YAML header holds more than %1 values (perhaps through anchors and aliases that refer to each other); it should not be that large.</translation>
    </message>
    <message>
        <source>De YAML-kop is dieper dan %1 niveaus genest.</source>
        <translation>The YAML header is nested deeper than %1 levels.</translation>
    </message>
    <message>
        <source>De YAML-kop is groter dan %1 kB.</source>
        <translation>The YAML header is larger than %1 kB.</translation>
    </message>
    <message>
        <source>De YAML-kop gebruikt meer dan %1 aliassen (*naam); schrijf de waarden uit.</source>
        <translation>The YAML header uses more than %1 aliases (*name); write the values out.</translation>
    </message>
    <message>
        <source>De YAML-kop is niet leesbaar: %1. Controleer inspringing, dubbele punten en aanhalingstekens.</source>
        <translation>The YAML header cannot be read: %1. Check the indentation, colons and quotation marks.</translation>
    </message>
    <message>
        <source>%1 verwijst naar een plek buiten de editie (een snelkoppeling of een pad naar elders); daar schrijft dit programma niet. Er is niets gewijzigd. Vervang de verwijzing door een gewoon bestand in de editie.</source>
        <translation>%1 points to a place outside the edition (a link or a path elsewhere); this program does not write there. Nothing was changed. Replace the link with an ordinary file in the edition.</translation>
    </message>
    <message>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen: het bestand %1 is alleen-lezen. Maak het beschrijfbaar (bij de eigenschappen van het bestand) en sla dan opnieuw op.</source>
        <translation>Not saved: the file %1 is read-only. Make it writable (in the file&apos;s properties) and save again.</translation>
    </message>
    <message>
        <source>Figuur %1: %2</source>
        <translation>Figure %1: %2</translation>
    </message>
</context>
<context>
    <name>trendweb::EditionSearch</name>
    <message>
        <source>Typ eerst wat er gezocht moet worden.</source>
        <translation>First type what to search for.</translation>
    </message>
    <message>
        <source>Het lemma kon niet worden opgeslagen; er is niets vervangen.</source>
        <translation>The lemma could not be saved; nothing was replaced.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 keer vervangen in %Ln bestanden. Vastleggen maakt er een versie van.</source>
        <translation>
            <numerusform>Replaced %L1 times in %Ln file. Record makes a version of it.</numerusform>
            <numerusform>Replaced %L1 times in %Ln files. Record makes a version of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::ExportController</name>
    <message>
        <source>De editie heeft fouten. Los ze op, of kies &apos;Toch exporteren&apos;.</source>
        <translation>The edition has errors. Fix them, or choose &apos;Export anyway&apos;.</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>De export wordt afgebroken…</source>
        <translation>Stopping the export…</translation>
    </message>
    <message numerus="yes">
        <source>Klaar: %Ln bladzijden in %1</source>
        <translation>
            <numerusform>Done: %Ln page in %1</numerusform>
            <numerusform>Done: %Ln pages in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klaar: %Ln pagina&apos;s in %1</source>
        <translation>
            <numerusform>Done: %Ln page in %1</numerusform>
            <numerusform>Done: %Ln pages in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::LemmaDocument</name>
    <message>
        <source>Dit lemma is buiten Trendweb Studio veranderd terwijl u er ook aan schreef. Kies &apos;Mijn versie bewaren&apos;, &apos;Die van schijf nemen&apos; of &apos;Verschil tonen&apos;; er is nog niets overschreven.</source>
        <translation>This lemma was changed outside Trendweb Studio while you were writing in it too. Choose &apos;Keep my version&apos;, &apos;Take the one on disk&apos; or &apos;Show the difference&apos;; nothing has been overwritten yet.</translation>
    </message>
    <message>
        <source>Het bestand van dit lemma is buiten Trendweb Studio hernoemd of verwijderd. Uw tekst staat nog in de editor: kopieer wat u nodig hebt, of kies &apos;Opnieuw maken met mijn tekst&apos; of &apos;Sluiten&apos;.</source>
        <translation>This lemma&apos;s file was renamed or deleted outside Trendweb Studio. Your text is still in the editor: copy what you need, or choose &apos;Make it again with my text&apos; or &apos;Close&apos;.</translation>
    </message>
    <message>
        <source>Uw tekst staat nog in de editor.</source>
        <translation>Your text is still in the editor.</translation>
    </message>
</context>
<context>
    <name>trendweb::LemmaManager</name>
    <message>
        <source>Na &quot;%1&quot; is de editie verder veranderd; ongedaan maken zou dat werk weggooien. Draai de latere wijzigingen eerst zelf terug.</source>
        <translation>The edition changed after &quot;%1&quot;; undoing it would throw that work away. Take the later changes back yourself first.</translation>
    </message>
    <message>
        <source>Na het ongedaan maken is de editie veranderd; &quot;%1&quot; kan niet opnieuw zonder dat werk weg te gooien.</source>
        <translation>The edition changed after the undo; &quot;%1&quot; cannot be redone without throwing that work away.</translation>
    </message>
    <message>
        <source>Nieuw lemma</source>
        <translation>New lemma</translation>
    </message>
    <message>
        <source>Lemma hernoemen</source>
        <translation>Rename lemma</translation>
    </message>
    <message>
        <source>Lemma verplaatsen</source>
        <translation>Move lemma</translation>
    </message>
    <message>
        <source>Lemma verwijderen</source>
        <translation>Delete lemma</translation>
    </message>
</context>
<context>
    <name>trendweb::LemmaOutline</name>
    <message>
        <source>Een lemma kan niet naar zichzelf verwijzen.</source>
        <translation>A lemma cannot link to itself.</translation>
    </message>
    <message>
        <source>Geef de figuur een bijschrift.</source>
        <translation>Give the figure a caption.</translation>
    </message>
    <message>
        <source>Beschrijf de afbeelding in de alternatieve tekst, voor wie haar niet kan zien.</source>
        <translation>Describe the image in the alternative text, for those who cannot see it.</translation>
    </message>
    <message>
        <source>Er is al een figuur met de naam %1 in dit lemma.</source>
        <translation>This lemma already has a figure named %1.</translation>
    </message>
    <message>
        <source>Die figuur staat niet in dit lemma.</source>
        <translation>That figure is not in this lemma.</translation>
    </message>
    <message>
        <source>Verder kan deze figuur niet.</source>
        <translation>This figure cannot move further.</translation>
    </message>
    <message>
        <source>Open eerst een lemma.</source>
        <translation>Open a lemma first.</translation>
    </message>
</context>
<context>
    <name>trendweb::ProblemListModel</name>
    <message numerus="yes">
        <source>%Ln voetnoten nog in te vullen</source>
        <translation>
            <numerusform>%Ln footnote still to be written</numerusform>
            <numerusform>%Ln footnotes still to be written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::ReviewController</name>
    <message>
        <source>Selecteer eerst de passage waar de opmerking over gaat.</source>
        <translation>First select the passage the comment is about.</translation>
    </message>
    <message>
        <source>Deze passage is nog niet vastgelegd. Leg de tekst eerst vast: een opmerking hoort bij een versie.</source>
        <translation>This passage is not committed yet. Commit the text first: a comment belongs to a version.</translation>
    </message>
    <message>
        <source>Vul eerst in wie u bent: een opmerking wordt onder uw naam bewaard.</source>
        <translation>First say who you are: a comment is kept under your name.</translation>
    </message>
    <message>
        <source>Voorstel: “%1” → “%2”</source>
        <translation>Suggestion: “%1” → “%2”</translation>
    </message>
    <message>
        <source>Selecteer eerst de passage waar het voorstel over gaat.</source>
        <translation>First select the passage the suggestion is about.</translation>
    </message>
    <message>
        <source>Het voorstel is niet gevonden.</source>
        <translation>The suggestion was not found.</translation>
    </message>
</context>
<context>
    <name>trendweb::ShareController</name>
    <message>
        <source>Vul het adres van de gedeelde editie in.</source>
        <translation>Fill in the address of the shared edition.</translation>
    </message>
    <message>
        <source>Kies de map waarin de gedeelde editie komt.</source>
        <translation>Choose the folder the shared edition goes into.</translation>
    </message>
    <message>
        <source>Vul het adres van de lege gedeelde editie in.</source>
        <translation>Fill in the address of the empty shared edition.</translation>
    </message>
    <message>
        <source>De opgeslagen wachtwoordzin voor de sleutel %1 klopt niet meer en is vergeten. Vul de juiste wachtwoordzin in.</source>
        <translation>The stored passphrase for the key %1 is no longer right and has been forgotten. Enter the right passphrase.</translation>
    </message>
</context>
<context>
    <name>trendweb::SourceCheck</name>
    <message>
        <source>%L1 van %L2 adressen gecontroleerd…</source>
        <translation>%L1 of %L2 addresses checked…</translation>
    </message>
    <message>
        <source>Alle %L1 adressen werken.</source>
        <translation>All %L1 addresses work.</translation>
    </message>
    <message>
        <source>%L1 van de %L2 noten met een adres hebben een probleem.</source>
        <translation>%L1 of the %L2 notes with an address have a problem.</translation>
    </message>
    <message>
        <source>Geen van de voetnoten heeft een webadres.</source>
        <translation>None of the footnotes has a web address.</translation>
    </message>
    <message>
        <source>Gestopt; wat al gecontroleerd was, staat bij de noten.</source>
        <translation>Stopped; what was already checked is shown with the notes.</translation>
    </message>
</context>
<context>
    <name>trendweb::SourceChecker</name>
    <message>
        <source>geen geldig webadres</source>
        <translation>not a valid web address</translation>
    </message>
    <message>
        <source>geen antwoord binnen %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>te veel doorverwijzingen</source>
        <translation>too many redirects</translation>
    </message>
</context>
<context>
    <name>trendweb::VersionController</name>
    <message>
        <source>Schrijf kort op wat er veranderd is.</source>
        <translation>Write down briefly what changed.</translation>
    </message>
    <message>
        <source>Er is niets aangevinkt om vast te leggen.</source>
        <translation>Nothing is checked to commit.</translation>
    </message>
    <message>
        <source>Vastgelegd: %1</source>
        <translation>Committed: %1</translation>
    </message>
    <message>
        <source>Versturen…</source>
        <translation>Pushing…</translation>
    </message>
    <message>
        <source>Ophalen…</source>
        <translation>Pulling…</translation>
    </message>
    <message>
        <source>Verstuurd naar de gedeelde editie.</source>
        <translation>Pushed to the shared edition.</translation>
    </message>
    <message>
        <source>Al bijgewerkt.</source>
        <translation>Already up to date.</translation>
    </message>
    <message>
        <source>Bijgewerkt met de gedeelde editie.</source>
        <translation>Updated with the shared edition.</translation>
    </message>
    <message>
        <source>Er zijn alinea&apos;s die u en een ander allebei hebben veranderd. Kies per alinea wat blijft.</source>
        <translation>You and someone else both changed some paragraphs. Choose for each paragraph what stays.</translation>
    </message>
    <message>
        <source>Samenvoegen afgebroken; alles staat weer zoals voor het ophalen.</source>
        <translation>Merge aborted; everything is as it was before the pull.</translation>
    </message>
    <message>
        <source>edition.yaml noemt geen jaar of editienummer.</source>
        <translation>edition.yaml names no year or edition number.</translation>
    </message>
    <message>
        <source>Leg eerst alle wijzigingen vast; dan wordt deze editie gemarkeerd.</source>
        <translation>Commit all changes first; then this edition is tagged.</translation>
    </message>
    <message>
        <source>Trendweb %1</source>
        <translation>Trendweb %1</translation>
    </message>
    <message>
        <source>Volgende editie gestart: %1</source>
        <translation>Next edition started: %1</translation>
    </message>
    <message>
        <source>Trendweb %1 is gemarkeerd; de editie van %2 is begonnen.</source>
        <translation>Trendweb %1 is tagged; the %2 edition has begun.</translation>
    </message>
    <message>
        <source>Vul uw naam in: elke versie en opmerking wordt onder uw naam bewaard.</source>
        <translation>Enter your name: every version and comment is kept under your name.</translation>
    </message>
    <message>
        <source>Een naam of e-mailadres mag geen &lt; of &gt; bevatten.</source>
        <translation>A name or e-mail address may not contain &lt; or &gt;.</translation>
    </message>
    <message>
        <source>Vul eerst in wie u bent: een versie wordt onder uw naam vastgelegd.</source>
        <translation>First say who you are: a version is committed under your name.</translation>
    </message>
    <message>
        <source>Het bewaarde token werd door de server geweigerd en is vergeten. Vul het nieuwe token in.</source>
        <translation>The server refused the stored token, so it has been forgotten. Enter the new token.</translation>
    </message>
    <message>
        <source>De versies van deze editie zijn niet te lezen (%1). Uw tekst is er nog; vraag de beheerder de map .git te herstellen.</source>
        <translation>This edition&apos;s versions cannot be read (%1). Your text is still there; ask the administrator to repair the .git folder.</translation>
    </message>
    <message>
        <source>Alles is gekozen. Leg de samenvoeging vast; daarna kunt u versturen.</source>
        <translation>Everything is chosen. Record the merge; then you can send.</translation>
    </message>
    <message>
        <source>De opgeslagen wachtwoordzin voor de sleutel %1 klopt niet meer en is vergeten. Vul de juiste wachtwoordzin in.</source>
        <translation>The stored passphrase for the key %1 is no longer right and has been forgotten. Enter the right passphrase.</translation>
    </message>
    <message>
        <source>Deze editie houdt nu versies bij. Vastleggen bewaart voortaan elke versie.</source>
        <translation>This edition keeps versions now. Record keeps every version from now on.</translation>
    </message>
</context>
<context>
    <name>versions</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Gegevens van de editie</source>
        <translation>Edition details</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Woordenlijst</source>
        <translation>Word list</translation>
    </message>
    <message>
        <source>Rode draad: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <source>Opmerking bij een lemma</source>
        <translation>Comment on a lemma</translation>
    </message>
    <message>
        <source>Afbeelding: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <source>Lemma: %1</source>
        <translation>Lemma: %1</translation>
    </message>
</context>
</TS>
