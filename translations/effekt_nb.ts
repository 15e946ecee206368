<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Diagnostic</name>
    <message>
        <source>metric “%1”</source>
        <translation>resultatmålet «%1»</translation>
    </message>
    <message>
        <source>party “%1”</source>
        <translation>parten «%1»</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>resultatmål %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>investor %1</source>
        <translation>investor %1</translation>
    </message>
    <message>
        <source>fixed fee %1</source>
        <translation>fast godtgjørelse %1</translation>
    </message>
    <message>
        <source>ledger row %1</source>
        <translation>deltakerregisterets rad %1</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>tidslinjen</translation>
    </message>
    <message>
        <source>the contract&apos;s caps</source>
        <translation>kontraktens betalingstak</translation>
    </message>
    <message>
        <source>value for money</source>
        <translation>samfunnsøkonomisk verdi</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>finansieringen</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <extracomment>A table of the project file, with a row number.</extracomment>
        <translation>tabell %1, rad %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>feltet %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>The payer shares of %1 add up to %2, not 100 %.</source>
        <translation>Betalernes andeler for %1 summerer til %2, ikke 100 %.</translation>
    </message>
    <message>
        <source>%1 has no payment rule or price, so it never pays.</source>
        <translation>%1 har ingen betalingsregel eller pris, så det utløser aldri betaling.</translation>
    </message>
    <message>
        <source>The thresholds, bands or tiers of %1 are not in increasing order.</source>
        <translation>Terskelverdiene, volumintervallene eller trinnene for %1 er ikke i stigende rekkefølge.</translation>
    </message>
    <message>
        <source>The cap of %1 (%2) is below a single period&apos;s payment (%3).</source>
        <translation>Taket for %1 (%2) er lavere enn betalingen i én enkelt periode (%3).</translation>
    </message>
    <message>
        <source>%1 has a negative observed value (%2).</source>
        <translation>%1 har en negativ observert verdi (%2).</translation>
    </message>
    <message>
        <source>%1 counts %2 people, more than the cohort holds (%3).</source>
        <translation>%1 teller %2 personer, flere enn kohorten har (%3).</translation>
    </message>
    <message>
        <source>The payment lag of %1 (%2 periods) runs past the last period allowed (%3).</source>
        <translation>Betalingsforsinkelsen for %1 (%2 perioder) går forbi siste tillatte periode (%3).</translation>
    </message>
    <message>
        <source>The investors&apos; commitment does not cover the delivery costs: %1 is not funded.</source>
        <translation>Investorenes tilsagn dekker ikke leveransekostnadene: %1 er ikke finansiert.</translation>
    </message>
    <message>
        <source>The return cap of %1 is %2: below 1, investors could not get their capital back.</source>
        <translation>Avkastningstaket for %1 er %2: under 1 kan investorene ikke få tilbake kapitalen sin.</translation>
    </message>
    <message>
        <source>The discount rate %1 is outside −5 % … 20 %.</source>
        <translation>Kalkulasjonsrenten %1 er utenfor −5 % … 20 %.</translation>
    </message>
    <message>
        <source>The organisation number %1 of %2 is not valid (9 digits with a check digit).</source>
        <translation>Organisasjonsnummeret %1 for %2 er ikke gyldig (9 sifre med kontrollsiffer).</translation>
    </message>
    <message>
        <source>%1 holds a national identity number. The file may hold pseudonyms only.</source>
        <translation>%1 inneholder et fødselsnummer. Filen kan bare inneholde pseudonymer.</translation>
    </message>
    <message>
        <source>%1 refers to period %2, outside the contract&apos;s timeline.</source>
        <translation>%1 viser til periode %2, utenfor kontraktens tidslinje.</translation>
    </message>
    <message>
        <source>%1 refers to something that does not exist (%2).</source>
        <translation>%1 viser til noe som ikke finnes (%2).</translation>
    </message>
    <message>
        <source>The number of periods (%1) must be between 1 and 600.</source>
        <translation>Antall perioder (%1) må være mellom 1 og 600.</translation>
    </message>
    <message>
        <source>The contract must start on the first day of a month (%1).</source>
        <translation>Kontrakten må starte på den første dagen i en måned (%1).</translation>
    </message>
    <message>
        <source>An amount in %1 is too large to compute with.</source>
        <translation>Et beløp i %1 er for stort til å regne med.</translation>
    </message>
    <message>
        <source>A cap per participant needs a participant ledger.</source>
        <translation>Et tak per deltaker krever et deltakerregister.</translation>
    </message>
    <message>
        <source>%1 has no internal rate of return: the cash flow never changes sign.</source>
        <translation>%1 har ingen internrente: kontantstrømmen skifter aldri fortegn.</translation>
    </message>
    <message>
        <source>The internal rate of return of %1 may not be unique: the cash flow changes sign more than once.</source>
        <translation>Internrenten for %1 er kanskje ikke entydig: kontantstrømmen skifter fortegn mer enn én gang.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <source>This is not an Effekt Studio project file.</source>
        <translation>Dette er ikke en prosjektfil fra Effekt Studio.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Effekt Studio (file version %1, this version reads up to %2).</source>
        <translation>Filen ble skrevet av en nyere versjon av Effekt Studio (filversjon %1, denne versjonen leser til og med %2).</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Filen er skadet: %1</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation>Det er ikke mulig å skrive til filen eller mappen.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The file is open elsewhere: %1</source>
        <translation>Filen er åpen et annet sted: %1</translation>
    </message>
    <message>
        <source>%1: the value %2 is out of range.</source>
        <translation>%1: verdien %2 er utenfor gyldig område.</translation>
    </message>
    <message>
        <source>%1: the value has the wrong type.</source>
        <translation>%1: verdien har feil type.</translation>
    </message>
    <message>
        <source>%1: the text is too long (%2 characters, at most %3).</source>
        <translation>%1: teksten er for lang (%2 tegn, høyst %3).</translation>
    </message>
    <message>
        <source>%1 refers to %2, which does not exist.</source>
        <translation>%1 viser til %2, som ikke finnes.</translation>
    </message>
    <message>
        <source>%1: the identifier %2 is used twice.</source>
        <translation>%1: identifikatoren %2 er brukt to ganger.</translation>
    </message>
    <message>
        <source>The JSON is not valid at %1: %2</source>
        <translation>JSON-teksten er ugyldig ved %1: %2</translation>
    </message>
    <message>
        <source>The JSON has an unexpected value at %1: %2</source>
        <translation>JSON-teksten har en uventet verdi ved %1: %2</translation>
    </message>
    <message>
        <source>Row %1 was not imported: %2</source>
        <translation>Rad %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <source>Unknown problem (%1).</source>
        <translation>Ukjent problem (%1).</translation>
    </message>
    <message>
        <source>The file contains a %1 named “%2”, which was ignored.</source>
        <translation>Filen inneholder et objekt av typen %1 med navnet «%2», som ble oversett.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>NOK %1</source>
        <extracomment>How money is shown: %1 is the amount formatted for the locale.</extracomment>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>Quarter label: %1 is the quarter (1-4), %2 the year.</extracomment>
        <translation>%1. kv. %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <extracomment>Half-year label: %1 is 1 or 2, %2 the year.</extracomment>
        <translation>%1. halvår %2</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Row %1: the participant id is a national identity number. The ledger may hold pseudonyms only.</source>
        <translation>Rad %1: deltaker-ID-en er et fødselsnummer. Deltakerregisteret kan bare inneholde pseudonymer.</translation>
    </message>
    <message>
        <source>the first row must name the columns participant, metric and period (and units); the column “%1” is missing.</source>
        <translation>første rad må navngi kolonnene deltaker, resultatmål og periode (og enheter); kolonnen «%1» mangler.</translation>
    </message>
    <message>
        <source>it has %1 fields, not as many as the header. A decimal comma in a comma-separated file splits a number: put it in quotes or use semicolons.</source>
        <translation>den har %1 felt, ikke like mange som overskriftsraden. Et desimalkomma i en kommaseparert fil deler et tall i to: sett tallet i anførselstegn eller bruk semikolon.</translation>
    </message>
    <message>
        <source>the participant id is empty.</source>
        <translation>deltaker-ID-en er tom.</translation>
    </message>
    <message>
        <source>the participant id “%1” is longer than %2 characters.</source>
        <translation>deltaker-ID-en «%1» er lengre enn %2 tegn.</translation>
    </message>
    <message>
        <source>there is no metric “%1” (write its name or id).</source>
        <translation>det finnes ikke noe resultatmål «%1» (skriv navnet eller ID-en).</translation>
    </message>
    <message>
        <source>“%1” is not a period (write its number, a label such as Q1 2027 or 1. kv. 2027, or a date).</source>
        <translation>«%1» er ikke en periode (skriv nummeret, en betegnelse som 1. kv. 2027 eller Q1 2027, eller en dato).</translation>
    </message>
    <message>
        <source>the period “%1” is outside the contract&apos;s timeline.</source>
        <translation>perioden «%1» ligger utenfor kontraktens tidslinje.</translation>
    </message>
    <message>
        <source>the units “%1” are not a number.</source>
        <translation>enhetene «%1» er ikke et tall.</translation>
    </message>
    <message>
        <source>the units %1 are negative.</source>
        <translation>enhetene %1 er negative.</translation>
    </message>
    <message>
        <source>a quotation mark opened here is never closed.</source>
        <translation>et anførselstegn som åpnes her, lukkes aldri.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A refused row of a CSV import: %1 is the row number, %2 why.</extracomment>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3, separated by %4).</source>
        <extracomment>%1 file name, %2 rows read, %3 encoding, %4 separator name</extracomment>
        <translation>%1: %2 rader lest (%3, skilt med %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n rad importert.</numerusform>
            <numerusform>%n rader importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n rad ble ikke importert.</numerusform>
            <numerusform>%n rader ble ikke importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a national identity number (fødselsnummer or D-number) as participant id. The ledger may hold pseudonyms only: replace these ids in the file by pseudonymous ones. The numbers are not shown here.</source>
        <translation>
            <numerusform>%n rad har et fødselsnummer eller D-nummer som deltaker-ID. Deltakerregisteret kan bare inneholde pseudonymer: bytt ut disse ID-ene i filen med pseudonymer. Numrene vises ikke her.</numerusform>
            <numerusform>%n rader har et fødselsnummer eller D-nummer som deltaker-ID. Deltakerregisteret kan bare inneholde pseudonymer: bytt ut disse ID-ene i filen med pseudonymer. Numrene vises ikke her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New contract</source>
        <translation>Ny kontrakt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Name, description and timeline</source>
        <translation>Navn, beskrivelse og tidslinje</translation>
    </message>
    <message>
        <source>Outcome metrics</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>What is measured and what it pays</source>
        <translation>Hva som måles, og hva det utløser</translation>
    </message>
    <message>
        <source>Outcome data</source>
        <translation>Resultatdata</translation>
    </message>
    <message>
        <source>Planned and actual outcomes per period</source>
        <translation>Planlagte og faktiske resultater per periode</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>What gets paid, and when</source>
        <translation>Hva som betales, og når</translation>
    </message>
    <message>
        <source>Participant ledger</source>
        <translation>Deltakerregister</translation>
    </message>
    <message>
        <source>Outcomes per participant, imported from CSV</source>
        <translation>Resultater per deltaker, importert fra CSV</translation>
    </message>
</context>
<context>
    <name>effekt::app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;opprinnelig&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Angre&amp;historikk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>Åpne &amp;eksempelet</translation>
    </message>
    <message>
        <source>&amp;About Effekt Studio</source>
        <translation>&amp;Om Effekt Studio</translation>
    </message>
    <message>
        <source>Parts of the project</source>
        <translation>Prosjektets deler</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Tøm menyen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Kan ikke åpne %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Lagre prosjektet som</translation>
    </message>
    <message>
        <source>Effekt Studio projects (*.effekt)</source>
        <translation>Effekt Studio-prosjekter (*.effekt)</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kan ikke lagre %1</translation>
    </message>
    <message>
        <source>Your changes are still open and unsaved.</source>
        <translation>Endringene dine er fortsatt åpne og ikke lagret.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Vil du lagre endringene i %1?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Endringene går tapt hvis du ikke lagrer dem.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <source>Effekt Studio projects (*.effekt);;All files (*)</source>
        <translation>Effekt Studio-prosjekter (*.effekt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>About Effekt Studio</source>
        <translation>Om Effekt Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Effekt Studio %1&lt;/h3&gt;&lt;p&gt;Design outcomes contracts (effektkontrakter), enter the measured outcomes, and see what gets paid, to whom, and what it is worth.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Effekt Studio %1&lt;/h3&gt;&lt;p&gt;Utform effektkontrakter, legg inn de målte resultatene, og se hva som betales, til hvem, og hva det er verdt.&lt;/p&gt;&lt;p&gt;Lisensiert under GNU General Public License, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>effekt::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Følg systemet (%1)</translation>
    </message>
    <message>
        <source>The language of menus and texts; numbers, money and dates follow it</source>
        <translation>Språket i menyer og tekster; tall, beløp og datoer følger det</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>How often unsaved changes are written to a recovery file</source>
        <translation>Hvor ofte ulagrede endringer skrives til en gjenopprettingsfil</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autolagre hvert:</translation>
    </message>
</context>
<context>
    <name>effekt::views::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
</context>
<context>
    <name>effekt::views::FillDialog</name>
    <message>
        <source>Fill a Row</source>
        <translation>Fyll en rad</translation>
    </message>
    <message>
        <source>The value of the first period filled</source>
        <translation>Verdien i den første perioden som fylles</translation>
    </message>
    <message>
        <source>Added to the value from one period to the next (may be negative)</source>
        <translation>Legges til verdien fra én periode til den neste (kan være negativ)</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Resultatmål:</translation>
    </message>
    <message>
        <source>&amp;Start value:</source>
        <translation>&amp;Startverdi:</translation>
    </message>
    <message>
        <source>&amp;Growth per period:</source>
        <translation>&amp;Vekst per periode:</translation>
    </message>
    <message>
        <source>F&amp;rom period:</source>
        <translation>Fr&amp;a periode:</translation>
    </message>
    <message>
        <source>&amp;To period:</source>
        <translation>&amp;Til periode:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Startverdi</translation>
    </message>
    <message>
        <source>Growth per period</source>
        <translation>Vekst per periode</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>Fra periode</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>Til periode</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fyll</translation>
    </message>
    <message>
        <source>Each period from the first to the last gets the start value plus the growth once more than the period before.</source>
        <translation>Hver periode fra den første til den siste får startverdien pluss veksten én gang mer enn perioden før.</translation>
    </message>
    <message>
        <source>There is no metric to fill: add one on the Outcome metrics page.</source>
        <translation>Det finnes ikke noe resultatmål å fylle: legg til et på siden Resultatmål.</translation>
    </message>
    <message>
        <source>The start value is not a number.</source>
        <translation>Startverdien er ikke et tall.</translation>
    </message>
    <message>
        <source>The growth per period is not a number.</source>
        <translation>Veksten per periode er ikke et tall.</translation>
    </message>
    <message>
        <source>The first period comes after the last.</source>
        <translation>Den første perioden kommer etter den siste.</translation>
    </message>
    <message>
        <source>The values would fall below zero.</source>
        <translation>Verdiene ville blitt lavere enn null.</translation>
    </message>
</context>
<context>
    <name>effekt::views::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Kopier rapporten</translation>
    </message>
</context>
<context>
    <name>effekt::views::LedgerModel</name>
    <message>
        <source>A participant id is needed.</source>
        <translation>En deltaker-ID må fylles ut.</translation>
    </message>
    <message>
        <source>This is a national identity number. The ledger may hold pseudonyms only.</source>
        <translation>Dette er et fødselsnummer. Deltakerregisteret kan bare inneholde pseudonymer.</translation>
    </message>
    <message>
        <source>There is no metric with id %1.</source>
        <translation>Det finnes ikke noe resultatmål med ID %1.</translation>
    </message>
    <message>
        <source>Period %1 is outside the contract&apos;s timeline (1 to %2).</source>
        <translation>Periode %1 ligger utenfor kontraktens tidslinje (1 til %2).</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>Dette er ikke et tall.</translation>
    </message>
    <message>
        <source>Units cannot be negative.</source>
        <translation>Enheter kan ikke være negative.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Outcome metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>A pseudonymous id of the participant: never a national identity number</source>
        <translation>Deltakerens pseudonyme ID: aldri et fødselsnummer</translation>
    </message>
    <message>
        <source>The outcome achieved: a metric&apos;s name or id</source>
        <translation>Resultatet som er oppnådd: resultatmålets navn eller ID</translation>
    </message>
    <message>
        <source>The period of achievement: its label (Q1 2027) or number</source>
        <translation>Perioden resultatet ble oppnådd i: betegnelsen (1. kv. 2027) eller nummeret</translation>
    </message>
    <message>
        <source>How many units of the outcome the participant achieved</source>
        <translation>Hvor mange enheter av resultatet deltakeren oppnådde</translation>
    </message>
    <message>
        <source>A national identity number cannot be a participant id: the ledger may hold pseudonyms only.</source>
        <translation>Et fødselsnummer kan ikke være deltaker-ID: deltakerregisteret kan bare inneholde pseudonymer.</translation>
    </message>
    <message>
        <source>A participant id can have at most %1 characters.</source>
        <translation>En deltaker-ID kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <source>Edit participant in ledger row %1</source>
        <translation>Endre deltaker i registerrad %1</translation>
    </message>
    <message>
        <source>There is no metric “%1”.</source>
        <translation>Det finnes ikke noe resultatmål «%1».</translation>
    </message>
    <message>
        <source>Edit metric in ledger row %1</source>
        <translation>Endre resultatmål i registerrad %1</translation>
    </message>
    <message>
        <source>“%1” is not a period of the contract: write its label, such as %2, or its number from 1 to %3.</source>
        <translation>«%1» er ikke en periode i kontrakten: skriv betegnelsen, for eksempel %2, eller nummeret fra 1 til %3.</translation>
    </message>
    <message>
        <source>Edit period in ledger row %1</source>
        <translation>Endre periode i registerrad %1</translation>
    </message>
    <message>
        <source>Units must be a number of at least 0.</source>
        <translation>Enheter må være et tall som er minst 0.</translation>
    </message>
    <message>
        <source>Edit units in ledger row %1</source>
        <translation>Endre enheter i registerrad %1</translation>
    </message>
    <message>
        <source>Add ledger row</source>
        <translation>Legg til registerrad</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n ledger row(s)</source>
        <translation>
            <numerusform>Fjern %n registerrad</numerusform>
            <numerusform>Fjern %n registerrader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::LedgerPage</name>
    <message>
        <source>Participant ledger</source>
        <translation>Deltakerregister</translation>
    </message>
    <message>
        <source>A&amp;dd Row</source>
        <translation>&amp;Legg til rad</translation>
    </message>
    <message>
        <source>Add a row at the end (Insert)</source>
        <translation>Legg til en rad til slutt (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <translation>F&amp;jern rader</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Fjern de valgte radene (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV …</translation>
    </message>
    <message>
        <source>Add rows from a CSV file with the columns participant, metric, period and units (comma or semicolon separated, UTF-8 or Windows-1252)</source>
        <translation>Legg til rader fra en CSV-fil med kolonnene deltaker, resultatmål, periode og enheter (skilt med komma eller semikolon, UTF-8 eller Windows-1252)</translation>
    </message>
    <message>
        <source>For payments tracked per person: each row is an outcome one participant achieved in a period. With a ledger the engine applies the caps per participant and pays once-per-participant metrics only once. Participant ids must be pseudonyms: national identity numbers are refused.</source>
        <translation>For betaling som følges opp per person: hver rad er et resultat én deltaker oppnådde i en periode. Med et deltakerregister bruker beregningen taket per deltaker og betaler resultatmål som gjelder én gang per deltaker, bare én gang. Deltaker-ID-er må være pseudonymer: fødselsnumre avvises.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Participant Ledger</source>
        <translation>Importer deltakerregister</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n ledger row(s) from %1</source>
        <translation>
            <numerusform>Importer %n registerrad fra %1</numerusform>
            <numerusform>Importer %n registerrader fra %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Importerte %n rad fra %1.</numerusform>
            <numerusform>Importerte %n rader fra %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n rad ble ikke importert.</numerusform>
            <numerusform>%n rader ble ikke importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused for holding a national identity number.</source>
        <translation>
            <numerusform>%n rad avvist fordi den inneholder et fødselsnummer.</numerusform>
            <numerusform>%n rader avvist fordi de inneholder et fødselsnummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger Import: %1</source>
        <translation>Import til deltakerregisteret: %1</translation>
    </message>
    <message>
        <source>No rows yet. Add rows one by one, or import a CSV file whose first row names the columns: participant;metric;period;units.</source>
        <translation>Ingen rader ennå. Legg til rader én og én, eller importer en CSV-fil der første rad navngir kolonnene: deltaker;resultatmål;periode;enheter.</translation>
    </message>
</context>
<context>
    <name>effekt::views::MetricsModel</name>
    <message>
        <source>The outcome that is measured and paid for</source>
        <translation>Resultatet som måles og betales for</translation>
    </message>
    <message>
        <source>Paid for each unit of improvement over the counterfactual</source>
        <translation>Betales for hver enhet forbedring utover nullalternativet</translation>
    </message>
    <message>
        <source>Periods between achieving an outcome and paying for it</source>
        <translation>Perioder fra et resultat oppnås til det betales</translation>
    </message>
    <message>
        <source>Outcome metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Pris per enhet</translation>
    </message>
    <message>
        <source>Payment lag (periods)</source>
        <translation>Betalingsforsinkelse (perioder)</translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation>Gi resultatmålet nytt navn</translation>
    </message>
    <message>
        <source>Change price of %1</source>
        <translation>Endre prisen for %1</translation>
    </message>
    <message>
        <source>Change payment lag of %1</source>
        <translation>Endre betalingsforsinkelsen for %1</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Resultatmål %1</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Legg til resultatmål</translation>
    </message>
    <message>
        <source>Remove metric %1</source>
        <translation>Fjern resultatmålet %1</translation>
    </message>
</context>
<context>
    <name>effekt::views::MetricsPage</name>
    <message>
        <source>Outcome metrics</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>&amp;Add metric</source>
        <translation>&amp;Legg til resultatmål</translation>
    </message>
    <message>
        <source>&amp;Remove metric</source>
        <translation>&amp;Fjern resultatmål</translation>
    </message>
    <message>
        <source>Each outcome metric is measured every period and paid for per unit of improvement over the counterfactual.</source>
        <translation>Hvert resultatmål måles hver periode og betales per enhet forbedring utover nullalternativet.</translation>
    </message>
</context>
<context>
    <name>effekt::views::OutcomeGridModel</name>
    <message>
        <source>Edit plan of %1, %2</source>
        <translation>Endre planen for %1, %2</translation>
    </message>
    <message>
        <source>Edit actual of %1, %2</source>
        <translation>Endre faktisk verdi for %1, %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>faktisk</translation>
    </message>
    <message>
        <source>counterfactual</source>
        <translation>nullalternativ</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prognose</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>Dette er ikke et tall.</translation>
    </message>
    <message>
        <source>A counterfactual cannot be negative.</source>
        <translation>Et nullalternativ kan ikke være negativt.</translation>
    </message>
    <message>
        <source>An observed value cannot be negative.</source>
        <translation>En observert verdi kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1 people is more than the cohort “%2” holds (%3).</source>
        <translation>%1 personer er flere enn kohorten «%2» har (%3).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A cell of the outcome grid: %1 is the metric, %2 the period.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not reported yet: the forecast uses the plan (%1).</source>
        <translation>Ikke rapportert ennå: prognosen bruker planen (%1).</translation>
    </message>
    <message>
        <source>From the plan: no actual value is reported for this period yet.</source>
        <translation>Fra planen: ingen faktisk verdi er rapportert for denne perioden ennå.</translation>
    </message>
    <message>
        <source>Reported actual value.</source>
        <translation>Rapportert faktisk verdi.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Edit counterfactual of %1, %2</source>
        <translation>Endre nullalternativ for %1, %2</translation>
    </message>
    <message>
        <source>Fill %1 of %2, %3 to %4</source>
        <translation>Fyll %1 for %2, %3 til %4</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of the %1</source>
        <translation>
            <numerusform>Tøm %n celle i %1</numerusform>
            <numerusform>Tøm %n celler i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::OutcomesPage</name>
    <message>
        <source>Planned outcomes</source>
        <translation>Planlagte resultater</translation>
    </message>
    <message>
        <source>Actual outcomes</source>
        <translation>Faktiske resultater</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>A&amp;ctual</source>
        <translation>F&amp;aktisk</translation>
    </message>
    <message>
        <source>Co&amp;unterfactual</source>
        <translation>&amp;Nullalternativ</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pr&amp;ognose</translation>
    </message>
    <message>
        <source>Counterfactual per period</source>
        <translation>Nullalternativ per periode</translation>
    </message>
    <message>
        <source>Forecast: actual where reported, else plan</source>
        <translation>Prognose: faktisk verdi der den er rapportert, ellers plan</translation>
    </message>
    <message>
        <source>The observed value a(t) each metric is planned to reach in each period</source>
        <translation>Den observerte verdien a(t) hvert resultatmål er planlagt å nå i hver periode</translation>
    </message>
    <message>
        <source>The observed value reported for each period; empty until reported</source>
        <translation>Den observerte verdien som er rapportert for hver periode; tom til den er rapportert</translation>
    </message>
    <message>
        <source>What would have happened anyway, b(t): the baseline or comparison group</source>
        <translation>Det som ville skjedd uansett, b(t): utgangsnivået eller sammenligningsgruppen</translation>
    </message>
    <message>
        <source>What the results use: the actual where reported, the plan elsewhere (grey, italic)</source>
        <translation>Det resultatene bruker: faktisk verdi der den er rapportert, ellers planen (grå, kursiv)</translation>
    </message>
    <message>
        <source>Read-only. Grey italic values come from the plan: no actual value is reported for that period yet.</source>
        <translation>Skrivebeskyttet. Grå verdier i kursiv kommer fra planen: ingen faktisk verdi er rapportert for den perioden ennå.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Kopier de valgte cellene som tabulatordelt tekst (Ctrl+C)</translation>
    </message>
    <message>
        <source>P&amp;aste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet at the current cell (Ctrl+V)</source>
        <translation>Lim inn celler kopiert fra et regneark i den valgte cellen (Ctrl+V)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>Empty the selected cells (Delete)</source>
        <translation>Tøm de valgte cellene (Delete)</translation>
    </message>
    <message>
        <source>Fi&amp;ll Row…</source>
        <translation>F&amp;yll rad …</translation>
    </message>
    <message>
        <source>Fill a metric&apos;s row from a start value and a growth per period (Ctrl+D)</source>
        <translation>Fyll et resultatmåls rad fra en startverdi og en vekst per periode (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Fill Row…</source>
        <translation>Fyll rad …</translation>
    </message>
    <message>
        <source>Observed value of each metric per period: the plan, the actual values as they are reported, and the counterfactual (what would have happened anyway). Leave an actual cell empty until it is reported: the forecast uses the plan there. Paste from a spreadsheet with Ctrl+V.</source>
        <translation>Observert verdi for hvert resultatmål per periode: planen, de faktiske verdiene etter hvert som de rapporteres, og nullalternativet (det som ville skjedd uansett). La en faktisk celle stå tom til verdien er rapportert: prognosen bruker planen der. Lim inn fra et regneark med Ctrl+V.</translation>
    </message>
    <message>
        <source>The forecast is computed from the plan and the actual values: paste into the Plan or Actual tab instead.</source>
        <translation>Prognosen beregnes fra planen og de faktiske verdiene: lim heller inn i fanen Plan eller Faktisk.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Prosjektet er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Det er ingenting å lime inn.</translation>
    </message>
    <message>
        <source>row %1, column %2 of the pasted cells</source>
        <translation>rad %1, kolonne %2 av de innlimte cellene</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <extracomment>One bad cell of a paste: %1 where, %2 the text pasted, %3 why it is refused.</extracomment>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>er negativ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be used.</source>
        <translation>
            <numerusform>Ingenting ble limt inn: %n celle kan ikke brukes.</numerusform>
            <numerusform>Ingenting ble limt inn: %n celler kan ikke brukes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted cells fall outside the grid.</source>
        <translation>De innlimte cellene havner utenfor tabellen.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) into the %1</source>
        <translation>
            <numerusform>Lim inn %n celle i %1</numerusform>
            <numerusform>Lim inn %n celler i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Limte inn %n celle.</numerusform>
            <numerusform>Limte inn %n celler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond the grid were left out.</source>
        <translation>
            <numerusform>%n celle utenfor tabellen ble utelatt.</numerusform>
            <numerusform>%n celler utenfor tabellen ble utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no outcome metrics yet: add them on the Outcome metrics page, and their rows appear here.</source>
        <translation>Det finnes ingen resultatmål ennå: legg dem til på siden Resultatmål, så kommer radene deres her.</translation>
    </message>
</context>
<context>
    <name>effekt::views::OverviewPage</name>
    <message>
        <source>The contract&apos;s name, as it appears in reports</source>
        <translation>Kontraktens navn, slik det vises i rapporter</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Prosjektnavn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>First day of the first period; always the first day of a month</source>
        <translation>Første dag i første periode; alltid den første dagen i en måned</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>How often outcomes are measured and paid</source>
        <translation>Hvor ofte resultatene måles og betales</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Periodelengde</translation>
    </message>
    <message>
        <source>&amp;Period length:</source>
        <translation>&amp;Periodelengde:</translation>
    </message>
    <message>
        <source>Number of periods in which outcomes are measured (1 to 600)</source>
        <translation>Antall perioder resultatene måles i (1 til 600)</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Antall perioder</translation>
    </message>
    <message>
        <source>Number of p&amp;eriods:</source>
        <translation>Antall p&amp;erioder:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Siste dag:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Gi prosjektet nytt navn</translation>
    </message>
    <message>
        <source>Change timeline</source>
        <translation>Endre tidslinjen</translation>
    </message>
</context>
<context>
    <name>effekt::views::PaymentsChart</name>
    <message>
        <source>Outcome payments per period</source>
        <translation>Resultatbetalinger per periode</translation>
    </message>
    <message>
        <source>Period payment falls due</source>
        <translation>Perioden betalingen forfaller</translation>
    </message>
    <message>
        <source>NOK</source>
        <translation>kr</translation>
    </message>
</context>
<context>
    <name>effekt::views::PaymentsModel</name>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>effekt::views::ResultsPage</name>
    <message>
        <source>Outcome payments per period</source>
        <translation>Resultatbetalinger per periode</translation>
    </message>
</context>
</TS>
