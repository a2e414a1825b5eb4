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
        <source>Uw naam</source>
        <translation type="vanished">Your name</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation type="vanished">E-mail address</translation>
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
    <message>
        <source>Samenvoegen: %1 keuze(s) nog te maken</source>
        <translation type="vanished">Merging: %1 choice(s) still to make</translation>
    </message>
    <message>
        <source>Samenvoegen: nog één keuze te maken</source>
        <translation>Merging: one choice still to make</translation>
    </message>
    <message>
        <source>Samenvoegen: nog %1 keuzes te maken</source>
        <translation>Merging: %1 choices still to make</translation>
    </message>
    <message>
        <source>Naam wijzigen…</source>
        <translation type="unfinished"></translation>
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
        <source>%1 · alinea %2%3</source>
        <translation type="vanished">%1 · paragraph %2%3</translation>
    </message>
    <message>
        <source> · gekozen: %1</source>
        <translation type="vanished"> · chosen: %1</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versie van de anderen</source>
        <translation>The others&apos; version</translation>
    </message>
    <message>
        <source>Oorspronkelijk</source>
        <translation type="vanished">Original</translation>
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
        <source>%1 · %2%3</source>
        <translation type="vanished">%1 · %2%3</translation>
    </message>
    <message>
        <source>sleutel %1</source>
        <translation type="vanished">key %1</translation>
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
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Samenvoegen: %1 alinea(&apos;s) nog te kiezen</source>
        <translation type="vanished">Merging: %1 paragraph(s) still to choose</translation>
    </message>
    <message>
        <source>Samenvoegen afbreken</source>
        <translation>Abort the merge</translation>
    </message>
    <message>
        <source>Zet alles terug zoals het was voor het ophalen</source>
        <translation>Put everything back as it was before the pull</translation>
    </message>
    <message>
        <source>Samenvoegen: %1 keuze(s) nog te maken</source>
        <translation type="vanished">Merging: %1 choice(s) still to make</translation>
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
    <message>
        <source>%1 plek(ken) waar u allebei iets anders schreef. Kies per plek wat blijft; de rest is al samengevoegd.</source>
        <translation type="vanished">%1 place(s) where you both wrote something different. Choose per place what stays; the rest is merged already.</translation>
    </message>
    <message>
        <source>Op één plek schreef u allebei iets anders. Kies wat blijft; de rest is al samengevoegd.</source>
        <translation>In one place you both wrote something different. Choose what stays; the rest is merged already.</translation>
    </message>
    <message>
        <source>Op %1 plekken schreef u allebei iets anders. Kies per plek wat blijft; de rest is al samengevoegd.</source>
        <translation>In %1 places you both wrote something different. Choose per place what stays; the rest is merged already.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Inloggen bij de gedeelde editie</source>
        <translation>Log in to the shared edition</translation>
    </message>
    <message>
        <source>%1 vraagt om een gebruikersnaam en token. Ze worden niet bewaard.</source>
        <translation type="vanished">%1 asks for a user name and token. They are not stored.</translation>
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
        <source>%L1 fout(en) houden de export tegen; %L2 waarschuwingen.</source>
        <translation>%L1 error(s) hold the export back; %L2 warnings.</translation>
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
    <message>
        <source>Soort export</source>
        <translation type="unfinished"></translation>
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
        <source>het label van de noot met de bron, bijvoorbeeld 4</source>
        <translation>the label of the note with the source, for example 4</translation>
    </message>
    <message>
        <source>Voetnoot van de bron</source>
        <translation>Footnote of the source</translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>niet opgeslagen</source>
        <translation type="unfinished">not saved</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 probleem</source>
        <translation type="unfinished">1 problem</translation>
    </message>
    <message>
        <source>%1 problemen</source>
        <translation type="unfinished"></translation>
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
        <source>Bestand: lemmas/%1.md</source>
        <translation>File: lemmas/%1.md</translation>
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
</context>
<context>
    <name>LemmaIndex</name>
    <message>
        <source>Zoeken in DE LIJST…</source>
        <translation>Search THE LIST…</translation>
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
        <source>A–Z</source>
        <translation type="vanished">A–Z</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation type="vanished">List</translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="vanished">Web</translation>
    </message>
    <message>
        <source>%1 is geen lemma en opent niet in de editor.</source>
        <translation>%1 is not a lemma and does not open in the editor.</translation>
    </message>
    <message>
        <source>Het lemma kon niet worden opgeslagen; er is niets vervangen.</source>
        <translation type="vanished">The lemma could not be saved; nothing was replaced.</translation>
    </message>
    <message>
        <source>%L1 keer vervangen in %L2 bestand(en). Vastleggen maakt er een versie van.</source>
        <translation type="vanished">Replaced %L1 times in %L2 file(s). Commit to make a version of it.</translation>
    </message>
    <message>
        <source>Wijzigingen van de gedeelde editie samengevoegd</source>
        <translation>Changes of the shared edition merged</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Editie ▾</source>
        <translation>Edition ▾</translation>
    </message>
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
        <source>Vastleggen…</source>
        <translation>Commit…</translation>
    </message>
    <message>
        <source>Een versie vastleggen met een korte beschrijving (Ctrl+Shift+S)</source>
        <translation>Commit a version with a short description (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Ophalen ⇣%1</source>
        <translation>Pull ⇣%1</translation>
    </message>
    <message>
        <source>Het werk van de anderen ophalen en samenvoegen</source>
        <translation>Fetch and merge the others&apos; work</translation>
    </message>
    <message>
        <source>Versturen ⇡%1</source>
        <translation>Push ⇡%1</translation>
    </message>
    <message>
        <source>Uw vastgelegde versies delen met de anderen</source>
        <translation>Share your committed versions with the others</translation>
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
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>De editie als site exporteren, na een laatste controle</source>
        <translation>Export the edition as a site, after a last check</translation>
    </message>
    <message>
        <source>Nieuw lemma…</source>
        <translation>New lemma…</translation>
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
        <source>Zoeken</source>
        <translation>Search</translation>
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
        <source>Editie openen… (Ctrl+O)</source>
        <translation>Open edition… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recente edities</source>
        <translation>Recent editions</translation>
    </message>
    <message>
        <source>Gedeelde editie ophalen…</source>
        <translation>Fetch a shared edition…</translation>
    </message>
    <message>
        <source>Editie delen…</source>
        <translation>Share edition…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Wachtwoordzin van uw sleutel</source>
        <translation>Passphrase of your key</translation>
    </message>
    <message>
        <source>Uw SSH-sleutel %1 is beveiligd met een wachtwoordzin. Geef die om verder te gaan; hij wordt niet bewaard.</source>
        <translation>Your SSH key %1 is protected by a passphrase. Enter it to continue; it is not stored.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
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
        <source>Selecteer een passage en kies Ctrl+Alt+M om een opmerking te maken.</source>
        <translation>Select a passage and press Ctrl+Alt+M to comment on it.</translation>
    </message>
    <message>
        <source>Welke opmerkingen</source>
        <translation type="unfinished"></translation>
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
        <source>%L1 keer, in %L2 bestand(en)</source>
        <translation>%L1 times, in %L2 file(s)</translation>
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
    <message>
        <source>Dit vervangt %L1 keer „%2” in %L3 bestand(en) en slaat ze op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.</source>
        <translation>This replaces “%2” %L1 times in %L3 file(s) and saves them. Click again to confirm; the previous text stays in the History.</translation>
    </message>
    <message>
        <source>Het lemma kon niet worden opgeslagen; er is niets vervangen.</source>
        <translation>The lemma could not be saved; nothing was replaced.</translation>
    </message>
    <message>
        <source>%L1 keer vervangen in %L2 bestand(en). Vastleggen maakt er een versie van.</source>
        <translation>Replaced %L1 times in %L2 file(s). Commit to make a version of it.</translation>
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
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>%1 · %2 achter · %3 voor</source>
        <translation>%1 · %2 behind · %3 ahead</translation>
    </message>
    <message>
        <source>spelling laden…</source>
        <translation>loading spelling…</translation>
    </message>
    <message>
        <source>%L1 woorden</source>
        <translation>%L1 words</translation>
    </message>
    <message>
        <source>1 probleem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%L1 problemen</source>
        <translation>%L1 problems</translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Statusbalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Ophalen ⇣%1</source>
        <translation>Pull ⇣%1</translation>
    </message>
    <message>
        <source>Versturen ⇡%1</source>
        <translation>Push ⇡%1</translation>
    </message>
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
        <translation type="unfinished"></translation>
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
    <name>trendweb::EditionSearch</name>
    <message>
        <source>Typ eerst wat er gezocht moet worden.</source>
        <translation>First type what to search for.</translation>
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
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
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
    <name>trendweb::VersionController</name>
    <message>
        <source>Deze editie staat niet onder versiebeheer: %1</source>
        <translation type="vanished">This edition is not under version control: %1</translation>
    </message>
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
</context>
</TS>
