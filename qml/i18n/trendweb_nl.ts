<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <source>Samenvoegen: nog %n keuzes te maken</source>
        <translation>
            <numerusform>Samenvoegen: nog één keuze te maken</numerusform>
            <numerusform>Samenvoegen: nog %n keuzes te maken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message numerus="yes">
        <source>Op %n plekken schreef u allebei iets anders. Kies per plek wat blijft; de rest is al samengevoegd.</source>
        <translation>
            <numerusform>Op één plek schreef u allebei iets anders. Kies wat blijft; de rest is al samengevoegd.</numerusform>
            <numerusform>Op %n plekken schreef u allebei iets anders. Kies per plek wat blijft; de rest is al samengevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln fouten houden de export tegen; %L1 waarschuwingen.</source>
        <translation>
            <numerusform>%Ln fout houdt de export tegen; %L1 waarschuwingen.</numerusform>
            <numerusform>%Ln fouten houden de export tegen; %L1 waarschuwingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Van de waarschuwingen zijn er %Ln lege voetnoten die nog moeten worden ingevuld; ze staan samen op één regel in de lijst.</source>
        <translation>
            <numerusform>Van de waarschuwingen is er %Ln een lege voetnoot die nog moet worden ingevuld; die staat als één regel in de lijst.</numerusform>
            <numerusform>Van de waarschuwingen zijn er %Ln lege voetnoten die nog moeten worden ingevuld; ze staan samen op één regel in de lijst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LemmaDelegate</name>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln fout</numerusform>
            <numerusform>%Ln fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln aandachtspunt</numerusform>
            <numerusform>%Ln aandachtspunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%L1 keer, in %Ln bestanden</source>
        <translation>
            <numerusform>%L1 keer, in %Ln bestand</numerusform>
            <numerusform>%L1 keer, in %Ln bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dit vervangt %L1 keer „%2” in %Ln bestanden en slaat ze op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.</source>
        <translation>
            <numerusform>Dit vervangt %L1 keer „%2” in %Ln bestand en slaat het op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.</numerusform>
            <numerusform>Dit vervangt %L1 keer „%2” in %Ln bestanden en slaat ze op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln fout</numerusform>
            <numerusform>%Ln fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln aandachtspunt</numerusform>
            <numerusform>%Ln aandachtspunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln woorden</source>
        <translation>
            <numerusform>%Ln woord</numerusform>
            <numerusform>%Ln woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln versies nog niet verstuurd</source>
        <translation>
            <numerusform>%Ln versie nog niet verstuurd</numerusform>
            <numerusform>%Ln versies nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln nieuwe versies op te halen</source>
        <translation>
            <numerusform>%Ln nieuwe versie op te halen</numerusform>
            <numerusform>%Ln nieuwe versies op te halen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fouten</source>
        <translation>
            <numerusform>%Ln fout</numerusform>
            <numerusform>%Ln fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aandachtspunten</source>
        <translation>
            <numerusform>%Ln aandachtspunt</numerusform>
            <numerusform>%Ln aandachtspunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 van %Ln woorden</source>
        <translation>
            <numerusform>%L1 van %Ln woord</numerusform>
            <numerusform>%L1 van %Ln woorden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>%Ln nieuwe versies op te halen</source>
        <translation>
            <numerusform>%Ln nieuwe versie op te halen</numerusform>
            <numerusform>%Ln nieuwe versies op te halen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln versies nog niet verstuurd</source>
        <translation>
            <numerusform>%Ln versie nog niet verstuurd</numerusform>
            <numerusform>%Ln versies nog niet verstuurd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UncommittedCloseDialog</name>
    <message numerus="yes">
        <source>%n lemma&apos;s zijn opgeslagen maar nog niet vastgelegd.</source>
        <translation>
            <numerusform>%n lemma is opgeslagen maar nog niet vastgelegd.</numerusform>
            <numerusform>%n lemma&apos;s zijn opgeslagen maar nog niet vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bestanden zijn opgeslagen maar nog niet vastgelegd.</source>
        <translation>
            <numerusform>%n bestand is opgeslagen maar nog niet vastgelegd.</numerusform>
            <numerusform>%n bestanden zijn opgeslagen maar nog niet vastgelegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>rename-lemma: de editie heeft %n fouten; &apos;trendweb validate&apos; laat ze zien.</source>
        <translation>
            <numerusform>rename-lemma: de editie heeft %n fout; &apos;trendweb validate&apos; laat hem zien.</numerusform>
            <numerusform>rename-lemma: de editie heeft %n fouten; &apos;trendweb validate&apos; laat ze zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adressen gecontroleerd, </source>
        <translation>
            <numerusform>%n adres gecontroleerd, </numerusform>
            <numerusform>%n adressen gecontroleerd, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n werken niet.</source>
        <translation>
            <numerusform>%n werkt niet.</numerusform>
            <numerusform>%n werken niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fouten, %1 andere meldingen</source>
        <translation>
            <numerusform>%n fout, %1 andere meldingen</numerusform>
            <numerusform>%n fouten, %1 andere meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… en nog %n fouten (trendweb validate toont ze alle)</source>
        <translation>
            <numerusform>… en nog %n fout (trendweb validate toont ze alle)</numerusform>
            <numerusform>… en nog %n fouten (trendweb validate toont ze alle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>De editie heeft %n fouten; los ze eerst op, of exporteer toch (--force).</source>
        <translation>
            <numerusform>De editie heeft %n fout; los die eerst op, of exporteer toch (--force).</numerusform>
            <numerusform>De editie heeft %n fouten; los ze eerst op, of exporteer toch (--force).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::EditionSearch</name>
    <message numerus="yes">
        <source>%L1 keer vervangen in %Ln bestanden. Vastleggen maakt er een versie van.</source>
        <translation>
            <numerusform>%L1 keer vervangen in %Ln bestand. Vastleggen maakt er een versie van.</numerusform>
            <numerusform>%L1 keer vervangen in %Ln bestanden. Vastleggen maakt er een versie van.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::ExportController</name>
    <message numerus="yes">
        <source>Klaar: %Ln bladzijden in %1</source>
        <translation>
            <numerusform>Klaar: %Ln bladzijde in %1</numerusform>
            <numerusform>Klaar: %Ln bladzijden in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klaar: %Ln pagina&apos;s in %1</source>
        <translation>
            <numerusform>Klaar: %Ln pagina in %1</numerusform>
            <numerusform>Klaar: %Ln pagina&apos;s in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendweb::ProblemListModel</name>
    <message numerus="yes">
        <source>%Ln voetnoten nog in te vullen</source>
        <translation>
            <numerusform>%Ln voetnoot nog in te vullen</numerusform>
            <numerusform>%Ln voetnoten nog in te vullen</numerusform>
        </translation>
    </message>
</context>
</TS>
