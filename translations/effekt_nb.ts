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
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Amount (NOK)</source>
        <extracomment>Axis title of money charts.</extracomment>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Outcome payments per period</source>
        <translation>Resultatbetalinger per periode</translation>
    </message>
    <message>
        <source>Period the payment falls due</source>
        <translation>Periode betalingen forfaller</translation>
    </message>
    <message>
        <source>Fixed fees</source>
        <translation>Faste godtgjørelser</translation>
    </message>
    <message>
        <source>Cumulative payments</source>
        <translation>Akkumulerte betalinger</translation>
    </message>
    <message>
        <source>Total cap</source>
        <translation>Samlet betalingstak</translation>
    </message>
    <message>
        <source>Investors&apos; cash flow</source>
        <translation>Investorenes kontantstrøm</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Innkalt kapital</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Cumulative position</source>
        <translation>Akkumulert posisjon</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Balansepunkt</translation>
    </message>
    <message>
        <source>Commissioner: payments and savings</source>
        <translation>Oppdragsgiver: betalinger og innsparinger</translation>
    </message>
    <message>
        <source>Savings: %1</source>
        <translation>Innsparing: %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Payments, discounted</source>
        <translation>Betalinger, nåverdi</translation>
    </message>
    <message>
        <source>Savings, discounted</source>
        <translation>Innsparinger, nåverdi</translation>
    </message>
    <message>
        <source>Period of achievement</source>
        <translation>Periode resultatet oppnås</translation>
    </message>
    <message>
        <source>Plan and actual</source>
        <translation>Plan og faktisk</translation>
    </message>
    <message>
        <source>Observed value</source>
        <translation>Målt verdi</translation>
    </message>
    <message>
        <source>Plan and actual: %1</source>
        <translation>Plan og faktisk: %1</translation>
    </message>
    <message>
        <source>Observed value (%1)</source>
        <translation>Målt verdi (%1)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Counterfactual</source>
        <translation>Nullalternativ</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stat</translation>
    </message>
    <message>
        <source>health trust</source>
        <translation>helseforetak</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>events</source>
        <translation>hendelser</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>NOK</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Other metrics</source>
        <translation>Andre resultatmål</translation>
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
    <name>effekt::views::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Eksporter diagram</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bilde</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-tegning</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopier til utklippstavlen</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredde:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Høyde:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
</context>
<context>
    <name>effekt::views::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostikk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Click a diagnostic to go to the field it concerns</source>
        <translation>Klikk på en melding for å gå til feltet den gjelder</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
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
    <name>effekt::views::KpiCards</name>
    <message>
        <source>%1×</source>
        <extracomment>A money multiple, e.g. &quot;1.16×&quot;.</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>per måned</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>per kvartal</translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation>per halvår</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>Investor %1</source>
        <translation>Investor %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 per år</translation>
    </message>
    <message>
        <source>No IRR</source>
        <translation>Ingen internrente</translation>
    </message>
    <message>
        <source>Nothing is drawn from the investors.</source>
        <translation>Det kalles ikke inn kapital fra investorene.</translation>
    </message>
    <message>
        <source>The investors get nothing back: their cash flow never changes sign.</source>
        <translation>Investorene får ingenting tilbake: kontantstrømmen deres skifter aldri fortegn.</translation>
    </message>
    <message>
        <source>The investors&apos; cash flow never changes sign.</source>
        <translation>Investorenes kontantstrøm skifter aldri fortegn.</translation>
    </message>
    <message>
        <source>No rate of return solves the investors&apos; cash flow.</source>
        <translation>Ingen avkastningsrate løser investorenes kontantstrøm.</translation>
    </message>
    <message>
        <source>The IRR has not been computed.</source>
        <translation>Internrenten er ikke beregnet.</translation>
    </message>
    <message>
        <source>Maximum payment</source>
        <translation>Største mulige betaling</translation>
    </message>
    <message>
        <source>if every metric pays in full</source>
        <translation>om alle resultatmål betaler fullt ut</translation>
    </message>
    <message>
        <source>The most the contract can pay in outcome payments: every metric at its cap or highest tier, limited by the total cap.</source>
        <translation>Det meste kontrakten kan betale i resultatbetalinger: hvert resultatmål ved sitt tak eller høyeste trinn, begrenset av det samlede betalingstaket.</translation>
    </message>
    <message>
        <source>Forecast payment</source>
        <translation>Prognose for betaling</translation>
    </message>
    <message>
        <source>Outcome payments on the forecast: actual outcomes where reported, the plan for the rest, after every cap.</source>
        <translation>Resultatbetalinger etter prognosen: faktiske resultater der de er rapportert, planen for resten, etter alle tak.</translation>
    </message>
    <message>
        <source>%1 of the maximum</source>
        <translation>%1 av det største mulige</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Netto nåverdi</translation>
    </message>
    <message>
        <source>savings %1 − payments %2</source>
        <translation>innsparinger %1 − betalinger %2</translation>
    </message>
    <message>
        <source>The commissioner&apos;s present value of savings minus the present value of payments, discounted at the discount rate (%1 a year) to the start of the contract.</source>
        <translation>Oppdragsgiverens nåverdi av innsparinger minus nåverdien av betalinger, diskontert med kalkulasjonsrenten (%1 per år) til kontraktens start.</translation>
    </message>
    <message>
        <source>Benefit-cost ratio</source>
        <translation>Nytte-kostnadsbrøk</translation>
    </message>
    <message>
        <source>savings per krone paid</source>
        <translation>innsparing per betalt krone</translation>
    </message>
    <message>
        <source>no payments</source>
        <translation>ingen betalinger</translation>
    </message>
    <message>
        <source>Present value of savings divided by present value of payments. Above 1: the contract saves more than it costs.</source>
        <translation>Nåverdien av innsparinger delt på nåverdien av betalinger. Over 1: kontrakten sparer mer enn den koster.</translation>
    </message>
    <message>
        <source>Investor multiple</source>
        <translation>Investors multippel</translation>
    </message>
    <message>
        <source>What the investors get back (distributions and guarantee) divided by what they put in (capital drawn).</source>
        <translation>Det investorene får tilbake (utbetalinger og garanti) delt på det de skyter inn (innkalt kapital).</translation>
    </message>
    <message>
        <source>Investor IRR</source>
        <translation>Investors internrente</translation>
    </message>
    <message>
        <source>The annual internal rate of return of the investors&apos; cash flow: (1 + r)^(periods a year) − 1, r the rate per period.</source>
        <translation>Årlig internrente av investorenes kontantstrøm: (1 + r)^(perioder per år) − 1, der r er renten per periode.</translation>
    </message>
    <message>
        <source>no investors</source>
        <translation>ingen investorer</translation>
    </message>
    <message>
        <source>profit %1</source>
        <translation>gevinst %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(possibly ambiguous)</source>
        <translation>(muligens flertydig)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n investor(s)</source>
        <translation>
            <numerusform>%n investor</numerusform>
            <numerusform>%n investorer</numerusform>
        </translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Balansepunkt</translation>
    </message>
    <message>
        <source>of the planned improvement</source>
        <translation>av planlagt forbedring</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nås ikke</translation>
    </message>
    <message>
        <source>The share of the planned improvement at which the investors get their capital back.</source>
        <translation>Andelen av planlagt forbedring der investorene får kapitalen sin tilbake.</translation>
    </message>
    <message>
        <source>Risk transferred</source>
        <translation>Overført risiko</translation>
    </message>
    <message>
        <source>traditional contract: %1</source>
        <translation>tradisjonell kontrakt: %1</translation>
    </message>
    <message>
        <source>Capital the investors put at risk instead of the commissioner, beside what the traditional alternative would cost (delivery cost plus a margin of %1), which the commissioner pays whatever the outcomes.</source>
        <translation>Kapital investorene risikerer i stedet for oppdragsgiveren, ved siden av hva det tradisjonelle alternativet ville koste (leveransekostnad pluss en margin på %1), som oppdragsgiveren betaler uansett resultat.</translation>
    </message>
    <message>
        <source>The investors&apos; cash flow has no rate of return: its present value never reaches zero.</source>
        <translation>Investorenes kontantstrøm har ingen internrente: nåverdien når aldri null.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>a metric has no cap and the contract no total cap; the capped metrics: %1</source>
        <translation>et resultatmål har ikke tak og kontrakten ikke samlet tak; resultatmålene med tak: %1</translation>
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
        <source>Not reported yet: the forecast uses the plan (%1)</source>
        <translation>Ikke rapportert ennå: prognosen bruker planen (%1)</translation>
    </message>
    <message>
        <source>An observed value cannot be negative</source>
        <translation>En observert verdi kan ikke være negativ</translation>
    </message>
    <message>
        <source>Edit plan of %1, %2</source>
        <translation>Endre planen for %1, %2</translation>
    </message>
    <message>
        <source>Edit actual of %1, %2</source>
        <translation>Endre faktisk verdi for %1, %2</translation>
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
        <translation>&amp;Faktisk</translation>
    </message>
    <message>
        <source>Observed value of each metric per period. Leave an actual cell empty until it is reported: the forecast uses the plan there.</source>
        <translation>Observert verdi for hvert resultatmål per periode. La en celle for faktisk verdi stå tom til den er rapportert: prognosen bruker planen der.</translation>
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
    <name>effekt::views::PaymentsModel</name>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>effekt::views::ResultsChartPanel</name>
    <message>
        <source>Show &amp;table</source>
        <translation>Vis &amp;tabell</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table</source>
        <translation>Vis tallene bak diagrammet som en tabell</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file of a chosen size, or copy it</source>
        <translation>Lagre diagrammet som PNG- eller SVG-fil i valgt størrelse, eller kopier det</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the chart (or the table, when shown) to the clipboard</source>
        <translation>Kopier diagrammet (eller tabellen, når den vises) til utklippstavlen</translation>
    </message>
    <message>
        <source>Show &amp;chart</source>
        <translation>Vis &amp;diagram</translation>
    </message>
</context>
<context>
    <name>effekt::views::ResultsPage</name>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Resultatmål:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Oppstilling</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Eksporter til &amp;CSV …</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>Eksporter oppstilling</translation>
    </message>
    <message>
        <source>statement.csv</source>
        <translation>oppstilling.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>For Norwegian Excel (semicolons, decimal comma)</source>
        <translation>For norsk Excel (semikolon, desimalkomma)</translation>
    </message>
    <message>
        <source>International (commas, decimal point)</source>
        <translation>Internasjonal (komma, desimalpunktum)</translation>
    </message>
    <message>
        <source>C&amp;opy table</source>
        <translation>K&amp;opier tabell</translation>
    </message>
    <message>
        <source>Copy the statement to the clipboard, to paste into a spreadsheet</source>
        <translation>Kopier oppstillingen til utklippstavlen for å lime den inn i et regneark</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Betalinger</translation>
    </message>
    <message>
        <source>&amp;Investors</source>
        <translation>&amp;Investorer</translation>
    </message>
    <message>
        <source>Co&amp;mmissioner</source>
        <translation>&amp;Oppdragsgiver</translation>
    </message>
    <message>
        <source>Plan and &amp;actual</source>
        <translation>Plan og &amp;faktisk</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>Opp&amp;stilling</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Beregner på nytt …</translation>
    </message>
</context>
<context>
    <name>effekt::views::StatementModel</name>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Outcome payments earned in the period by the payment rules, before any cap</source>
        <translation>Resultatbetalinger opptjent i perioden etter betalingsreglene, før tak</translation>
    </message>
    <message>
        <source>After participant caps</source>
        <translation>Etter tak per deltaker</translation>
    </message>
    <message>
        <source>After the per-participant caps (with a participant ledger)</source>
        <translation>Etter tak per deltaker (med deltakerregister)</translation>
    </message>
    <message>
        <source>After metric caps</source>
        <translation>Etter tak per resultatmål</translation>
    </message>
    <message>
        <source>After each metric&apos;s caps on money and units</source>
        <translation>Etter hvert resultatmåls tak på beløp og enheter</translation>
    </message>
    <message>
        <source>After total cap</source>
        <translation>Etter samlet tak</translation>
    </message>
    <message>
        <source>After the contract&apos;s total cap: the outcome payment earned in the period</source>
        <translation>Etter kontraktens samlede betalingstak: resultatbetalingen opptjent i perioden</translation>
    </message>
    <message>
        <source>Outcome payments due</source>
        <translation>Resultatbetalinger til forfall</translation>
    </message>
    <message>
        <source>Outcome payments falling due in the period (after the payment lag and the payers&apos; caps)</source>
        <translation>Resultatbetalinger som forfaller i perioden (etter betalingsforsinkelse og betalernes tak)</translation>
    </message>
    <message>
        <source>Fixed fees</source>
        <translation>Faste godtgjørelser</translation>
    </message>
    <message>
        <source>Fixed fees falling due in the period</source>
        <translation>Faste godtgjørelser som forfaller i perioden</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Betalt av %1</translation>
    </message>
    <message>
        <source>What %1 pays in the period: outcome payments and fixed fees, after its cap</source>
        <translation>Det %1 betaler i perioden: resultatbetalinger og faste godtgjørelser, etter betalerens tak</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Sum til forfall</translation>
    </message>
    <message>
        <source>Outcome payments and fixed fees falling due in the period</source>
        <translation>Resultatbetalinger og faste godtgjørelser som forfaller i perioden</translation>
    </message>
    <message>
        <source>Delivery cost</source>
        <translation>Leveransekostnad</translation>
    </message>
    <message>
        <source>The provider&apos;s cost of delivery</source>
        <translation>Leverandørens kostnad ved leveransen</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Innkalt kapital</translation>
    </message>
    <message>
        <source>Capital drawn from the investors</source>
        <translation>Kapital innkalt fra investorene</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Balance of the special-purpose account at the end of the period, kept back for delivery costs still to come</source>
        <translation>Saldo på prosjektkontoen ved periodens slutt, holdt tilbake for gjenstående leveransekostnader</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>Paid to the investors: coupon, principal and return</source>
        <translation>Utbetalt til investorene: kupong, hovedstol og avkastning</translation>
    </message>
    <message>
        <source>Provider incentive</source>
        <translation>Leverandørens insentiv</translation>
    </message>
    <message>
        <source>The provider&apos;s share of what is left after the investors</source>
        <translation>Leverandørens andel av det som er igjen etter investorene</translation>
    </message>
    <message>
        <source>Not paid by commissioner</source>
        <translation>Ikke betalt av oppdragsgiver</translation>
    </message>
    <message>
        <source>Surplus the commissioner does not pay at all</source>
        <translation>Overskudd oppdragsgiveren ikke betaler</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Finansieringsgap</translation>
    </message>
    <message>
        <source>Delivery costs no one funded (the investors&apos; commitment was used up)</source>
        <translation>Leveransekostnader ingen finansierte (investorenes tilsagn var brukt opp)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>The day the period&apos;s payments fall due</source>
        <translation>Dagen periodens betalinger forfaller</translation>
    </message>
</context>
</TS>
