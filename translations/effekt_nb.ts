<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Catalogue</name>
    <message>
        <source>Rate card per participant</source>
        <translation>Prisliste per deltaker</translation>
    </message>
    <message>
        <source>A price for each outcome each participant reaches, capped per participant.</source>
        <translation>En pris for hvert resultat hver deltaker oppnår, med et tak per deltaker.</translation>
    </message>
    <message>
        <source>Follows the rate card of the UK&apos;s DWP Innovation Fund: the commissioner pays a fixed price for each outcome a participant reaches (better attendance, a passed subject, completed upper secondary, work), the first three counted at most once per participant, and never more than a cap per participant for all outcomes together. The cap works on the participant register (pseudonyms), of which the template has a few sample rows.

You decide: the outcomes and their prices, which outcomes count once per person, the cap per participant, the total cap, and how participants are registered.</source>
        <translation>Følger prislisten i Storbritannias DWP Innovation Fund: oppdragsgiveren betaler en fast pris for hvert resultat en deltaker oppnår (bedre oppmøte, bestått fag, fullført videregående, arbeid), de tre første telt høyst én gang per deltaker, og aldri mer enn et tak per deltaker for alle resultatene til sammen. Taket virker på deltakerregisteret (pseudonymer), som malen har noen eksempelrader i.

Du bestemmer: resultatene og prisene, hvilke resultater som telles én gang per person, taket per deltaker, totaltaket og hvordan deltakerne registreres.</translation>
    </message>
    <message>
        <source>Threshold against a comparison group</source>
        <translation>Terskel mot sammenligningsgruppe</translation>
    </message>
    <message>
        <source>Pays per offence avoided once reoffending is at least 10 % below a matched comparison group.</source>
        <translation>Betaler per unngått lovbrudd når gjentatte lovbrudd er minst 10 % lavere enn i en matchet sammenligningsgruppe.</translation>
    </message>
    <message>
        <source>Follows the Peterborough contract: reconvictions of the target group are compared with a matched comparison group, and payment falls due only when the relative improvement reaches 10 %; then it is paid per reconviction avoided. Approximation: Peterborough tested the threshold per cohort over the whole cohort period; here the periods are years and each year stands for one cohort, so the threshold is tested per period.

You decide: the outcome and how it is counted, how the comparison group is formed and by whom, the threshold, the price per unit, and who pays what share.</source>
        <translation>Følger Peterborough-kontrakten: nye domfellelser i målgruppen sammenlignes med en matchet sammenligningsgruppe, og betaling forfaller bare når den relative forbedringen når 10 %; da betales det per unngått domfellelse. Tilnærming: Peterborough prøvde terskelen per kull over hele kullets periode; her er periodene år og hvert år står for ett kull, så terskelen prøves per periode.

Du bestemmer: utfallet og hvordan det telles, hvordan sammenligningsgruppen dannes og av hvem, terskelen, prisen per enhet og hvem som betaler hvilken andel.</translation>
    </message>
    <message>
        <source>Share of savings with a municipal guarantee</source>
        <translation>Andel av innsparing med kommunal garanti</translation>
    </message>
    <message>
        <source>A share of measured savings, higher until the investor is repaid; the municipality guarantees half of the investment.</source>
        <translation>En andel av målte innsparinger, høyere til investor har fått igjen innskuddet; kommunen garanterer halvparten av investeringen.</translation>
    </message>
    <message>
        <source>Follows the Norrköping contract: the municipality pays a share of the savings that are measured (90 % until the payments reach a stated sum, 40 % after it) and guarantees part of the investors&apos; capital. Approximation: a party has one role, so the municipality appears a second time as a party with the role guarantor.

You decide: how savings are measured and verified, the two shares and the sum between them, and how much of the investment the municipality guarantees.</source>
        <translation>Følger Norrköping-kontrakten: kommunen betaler en andel av innsparingene som måles (90 % til betalingene når en avtalt sum, 40 % etter det) og garanterer en del av investorenes kapital. Tilnærming: en part har én rolle, så kommunen står en gang til som part med rollen garantist.

Du bestemmer: hvordan innsparingen måles og kontrolleres, de to andelene og summen mellom dem, og hvor mye av investeringen kommunen garanterer.</translation>
    </message>
    <message>
        <source>Bridge financing</source>
        <translation>Brofinansiering</translation>
    </message>
    <message>
        <source>The investor finances the first two years; the municipality takes over the financing from year three if results are shown.</source>
        <translation>Investor finansierer de to første årene; kommunen overtar finansieringen fra år tre hvis resultatene viser seg.</translation>
    </message>
    <message>
        <source>Follows the bridge financing of the Norwegian contracts in Asker and Lier: an investor finances the service at the start, and the municipality takes over its financing from a stated period once results are shown. Here a review point after year two requires 70 % of the planned results; if it passes, a fixed fee equal to the delivery cost is paid from year three, besides a price per result; if not, the contract ends there. Approximation: the takeover is stated for the whole service, not per participant as Asker&apos;s contract does.

You decide: when the municipality takes over, the review test and its required share, the price per result, and what the municipality pays once it has taken over.</source>
        <translation>Følger brofinansieringen i de norske kontraktene i Asker og Lier: en investor finansierer tjenesten i starten, og kommunen overtar finansieringen fra en avtalt periode når resultatene viser seg. Her krever et kontrollpunkt etter år to 70 % av de planlagte resultatene; består kontrakten, betales en fast godtgjørelse lik leveransekostnaden fra år tre, i tillegg til en pris per resultat; ellers avsluttes kontrakten der. Tilnærming: overtakelsen gjelder hele tjenesten, ikke per deltaker slik Askers kontrakt gjør.

Du bestemmer: når kommunen overtar, kontrollpunktets test og krav, prisen per resultat og hva kommunen betaler etter at den har overtatt.</translation>
    </message>
    <message>
        <source>Milestones and a fixed activity fee</source>
        <translation>Milepæler og fast aktivitetsbetaling</translation>
    </message>
    <message>
        <source>A fixed fee each quarter, payments at milestones and a price per participant who completes.</source>
        <translation>En fast betaling hvert kvartal, betaling ved milepæler og en pris per deltaker som fullfører.</translation>
    </message>
    <message>
        <source>A common structure for a first contract: part of the provider&apos;s cost is paid as a fixed activity fee whatever the results, milestones are paid once when reached (service established, first group completed), and a price is paid per participant who completes.

You decide: the size of the fixed fee (the part of the risk the municipality keeps), the milestones and how each is verified, and the price per result.</source>
        <translation>En vanlig oppbygning for en første kontrakt: en del av leverandørens kostnad betales som en fast aktivitetsbetaling uansett resultater, milepæler betales én gang når de nås (tjenesten etablert, første kull fullført), og en pris betales per deltaker som fullfører.

Du bestemmer: størrelsen på den faste betalingen (den delen av risikoen kommunen beholder), milepælene og hvordan hver kontrolleres, og prisen per resultat.</translation>
    </message>
    <message>
        <source>Ung i jobb</source>
        <translation>Ung i jobb</translation>
    </message>
    <message>
        <source>Young people aged 18–29 into work: two outcome metrics, eight quarters, one investor.</source>
        <translation>Unge mellom 18 og 29 år ut i arbeid: to resultatmål, åtte kvartaler, én investor.</translation>
    </message>
    <message>
        <source>The worked example of the reference: the municipality pays NOK 60,000 for each young person in work for 13 weeks above a counterfactual of two a quarter, and NOK 40,000 for each completed upper secondary education. One investor finances the delivery. Its figures are illustrative.</source>
        <translation>Regneeksempelet fra domenebeskrivelsen: kommunen betaler 60 000 kroner for hver ungdom som er i arbeid i 13 uker utover et nullalternativ på to i kvartalet, og 40 000 kroner for hver fullført videregående opplæring. Én investor finansierer tjenesten. Tallene er illustrative.</translation>
    </message>
    <message>
        <source>Work with IPS – mental health and substance use</source>
        <translation>Jobb med IPS – psykisk helse og rus</translation>
    </message>
    <message>
        <source>Individual placement and support for 120 people: the municipality and NAV pay per participant in work above the control group.</source>
        <translation>Individuell jobbstøtte for 120 personer: kommunen og NAV betaler per deltaker i arbeid utover kontrollgruppen.</translation>
    </message>
    <message>
        <source>Individual placement and support (IPS) for people with moderate to severe mental illness or substance use problems who want to work. The effect follows the Norwegian IPS trial (37.4 % in ordinary paid work after 18 months against 27.1 % in the control group); the state&apos;s saving is the minimum work assessment allowance (2 G). Prices, costs and party names are illustrative; the assumption log gives the source of each figure.</source>
        <translation>Individuell jobbstøtte (IPS) for personer med moderate til alvorlige psykiske lidelser eller rusproblemer som ønsker å jobbe. Effekten følger den norske IPS-studien (37,4 % i ordinært lønnet arbeid etter 18 måneder mot 27,1 % i kontrollgruppen); statens innsparing er minste arbeidsavklaringspenger (2 G). Priser, kostnader og partsnavn er illustrative; forutsetningsloggen oppgir kilden til hvert tall.</translation>
    </message>
    <message>
        <source>Safe at home – family therapy in child welfare</source>
        <translation>Trygg hjemme – familieterapi i barnevernet</translation>
    </message>
    <message>
        <source>Intensive family therapy for 60 families: paid per placement in an institution avoided, and a fixed fee per family started.</source>
        <translation>Intensiv familieterapi for 60 familier: betaling per unngått plassering i institusjon, og en fast sats per familie som starter.</translation>
    </message>
    <message>
        <source>Home-based family therapy for young people at risk of placement in a child welfare institution. The municipality&apos;s saving is its own share of the cost of an institution (NOK 170,000 a month, the state&apos;s rate for 2022); the fixed fee per family equals its share for MST or FFT. A review point after six quarters ends the contract if fewer than half the planned placements are avoided. The effect, durations and prices are illustrative; the assumption log gives the sources.</source>
        <translation>Hjemmebasert familieterapi for ungdom i risiko for plassering i barnevernsinstitusjon. Kommunens innsparing er dens egenandel for institusjon (170 000 kr i måneden, statens sats for 2022); den faste satsen per familie er lik egenandelen for MST eller FFT. Et kontrollpunkt etter seks kvartaler avslutter kontrakten hvis færre enn halvparten av de planlagte plasseringene unngås. Effekt, varigheter og priser er illustrative; forutsetningsloggen oppgir kildene.</translation>
    </message>
    <message>
        <source>Everyday rehabilitation for older people</source>
        <translation>Hverdagsrehabilitering for eldre</translation>
    </message>
    <message>
        <source>Everyday rehabilitation for 400 older people: a share of measured home care savings and a price per participant who reaches own goals.</source>
        <translation>Hverdagsrehabilitering for 400 eldre: en andel av målte innsparinger i hjemmetjenesten og en pris per deltaker som når egne mål.</translation>
    </message>
    <message>
        <source>Everyday rehabilitation (hverdagsrehabilitering) for older people living at home with reduced function. The effect follows the national evaluation (833 participants in 43 municipalities, Centre for Care Research 2016): better daily functioning at no higher cost, and fewer home visits afterwards. The municipality pays 60 % of measured home care savings; the amounts are illustrative, and the assumption log gives the sources.</source>
        <translation>Hverdagsrehabilitering for hjemmeboende eldre med funksjonsfall. Effekten følger den nasjonale følgeevalueringen (833 deltakere i 43 kommuner, Senter for omsorgsforskning 2016): bedre funksjon i hverdagen uten høyere kostnad, og færre hjemmebesøk etterpå. Kommunen betaler 60 % av de målte innsparingene i hjemmetjenesten; beløpene er illustrative, og forutsetningsloggen oppgir kildene.</translation>
    </message>
</context>
<context>
    <name>ChartEnd</name>
    <message>
        <source>Ended after %1</source>
        <extracomment>A chart&apos;s marker where a contract terminated at a review point; %1 is a period, e.g. &quot;3. kv. 2027&quot;.</extracomment>
        <translation>Avsluttet etter %1</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>A chart table&apos;s note on a period after the contract ended early.</extracomment>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>Heading of a chart table&apos;s column saying where the contract ended early.</extracomment>
        <translation>Kontrakt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: effekt-studio [OPTIONS] [FILE]
Design and evaluate outcomes contracts (effektkontrakter).
</source>
        <translation>Bruk: effekt-studio [VALG] [FIL]
Utform og vurder effektkontrakter.
</translation>
    </message>
    <message>
        <source>Arguments:
  FILE                       a project file (.effekt) to open
</source>
        <translation>Argumenter:
  FIL                        en prosjektfil (.effekt) som skal åpnes
</translation>
    </message>
    <message>
        <source>Options:
  -h, --help                 show this help and quit
  -v, --version              show the version and quit
  --language nb|en           the interface language for this run
  --example                  start with the worked example
  --export-pdf FILE OUT.pdf  write the term sheet of FILE to OUT.pdf and quit
                             (no display needed)
  --screenshots DIR          render every page to PNG files in DIR and quit
  --screenshot-size WxH      the window&apos;s size for --screenshots (1280x800)
</source>
        <translation>Valg:
  -h, --help                 vis denne hjelpen og avslutt
  -v, --version              vis versjonen og avslutt
  --language nb|en           språket i programmet for denne kjøringen
  --example                  start med eksempelet
  --export-pdf FIL UT.pdf    skriv avtaleskissen for FIL til UT.pdf og avslutt
                             (trenger ingen skjerm)
  --screenshots MAPPE        lagre hver side som PNG-fil i MAPPE og avslutt
  --screenshot-size BxH      vinduets størrelse for --screenshots (1280x800)
</translation>
    </message>
    <message>
        <source>Without FILE the start page opens. The user guide is under Help &gt; User Guide (F1);
the command-line tool for project files is effekt (effekt --help).
</source>
        <translation>Uten FIL åpnes startsiden. Brukerveiledningen ligger under Hjelp &gt; Brukerveiledning (F1);
kommandolinjeverktøyet for prosjektfiler er effekt (effekt --help).
</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Edit table</source>
        <translation>Endre tabell</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Problems found by the calculation</source>
        <translation>Problemer beregningen fant</translation>
    </message>
    <message>
        <source>Commissioner (outcome payer)</source>
        <translation>Oppdragsgiver (resultatbetaler)</translation>
    </message>
    <message>
        <source>Co-payer</source>
        <translation>Medfinansiør</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Tjenesteleverandør</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Tilrettelegger</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garantist</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Penger</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Prosent</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Høyere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Simple verification</source>
        <translation>Enkel verifisering</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Før og etter</translation>
    </message>
    <message>
        <source>Historical comparison</source>
        <translation>Historisk sammenligning</translation>
    </message>
    <message>
        <source>Matched comparison group</source>
        <translation>Matchet sammenligningsgruppe</translation>
    </message>
    <message>
        <source>Randomised control group</source>
        <translation>Randomisert kontrollgruppe</translation>
    </message>
    <message>
        <source>Per unit (rate card)</source>
        <translation>Per enhet (prisliste)</translation>
    </message>
    <message>
        <source>Tiered</source>
        <translation>Trinnvis</translation>
    </message>
    <message>
        <source>Share of savings</source>
        <translation>Andel av innsparing</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation>Ingen terskelverdi</translation>
    </message>
    <message>
        <source>Minimum improvement units</source>
        <translation>Minste antall forbedringsenheter</translation>
    </message>
    <message>
        <source>Minimum relative improvement</source>
        <translation>Minste relative forbedring</translation>
    </message>
    <message>
        <source>Relative improvement over the counterfactual</source>
        <translation>Relativ forbedring over nullalternativet</translation>
    </message>
    <message>
        <source>Observed value</source>
        <translation>Observert verdi</translation>
    </message>
    <message>
        <source>Step: the highest level reached</source>
        <translation>Trinn: høyeste nivå som er nådd</translation>
    </message>
    <message>
        <source>Interpolate between levels</source>
        <translation>Interpoler mellom nivåene</translation>
    </message>
    <message>
        <source>Per period measured</source>
        <translation>Per målte periode</translation>
    </message>
    <message>
        <source>Per member of the cohort</source>
        <translation>Per medlem av kohorten</translation>
    </message>
    <message>
        <source>Municipality (kommune)</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>State (stat)</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>Health trust (helseforetak)</source>
        <translation>Helseforetak</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Amount per period</source>
        <translation>Beløp per periode</translation>
    </message>
    <message>
        <source>Share of delivery cost</source>
        <translation>Andel av leveransekostnad</translation>
    </message>
    <message>
        <source>Amount per participant started</source>
        <translation>Beløp per deltaker som starter</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Ansvarlig (underordnet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1: type an amount in kroner from %2 to %3.</source>
        <translation>%1: skriv et beløp i kroner fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1: type a percentage from %2 to %3.</source>
        <translation>%1: skriv en prosent fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1: type a number from %2 to %3.</source>
        <translation>%1: skriv et tall fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1: type a whole number from %2 to %3.</source>
        <translation>%1: skriv et heltall fra %2 til %3.</translation>
    </message>
    <message>
        <source>“%1” was not taken. %2</source>
        <extracomment>%1 is what was typed into a table cell, %2 what the column takes.</extracomment>
        <translation>«%1» ble ikke godtatt. %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message numerus="yes">
        <source>the payer split of %n metric(s)</source>
        <translation>
            <numerusform>betalerfordelingen i %n resultatmål</numerusform>
            <numerusform>betalerfordelingen i %n resultatmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the payer split of %n fixed fee(s)</source>
        <translation>
            <numerusform>betalerfordelingen i %n fast godtgjørelse</numerusform>
            <numerusform>betalerfordelingen i %n faste godtgjørelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investor(s) as guarantor</source>
        <translation>
            <numerusform>%n investor som garantist</numerusform>
            <numerusform>%n investorer som garantist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n resultatmål</numerusform>
            <numerusform>%n resultatmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed fee(s)</source>
        <translation>
            <numerusform>%n fast godtgjørelse</numerusform>
            <numerusform>%n faste godtgjørelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investor row(s)</source>
        <translation>
            <numerusform>%n investorrad</numerusform>
            <numerusform>%n investorrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the outcome data</source>
        <translation>
            <numerusform>%n tall i resultatdata</numerusform>
            <numerusform>%n tall i resultatdata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the participant ledger</source>
        <translation>
            <numerusform>%n rad i deltakerregisteret</numerusform>
            <numerusform>%n rader i deltakerregisteret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the intake in %n period(s)</source>
        <translation>
            <numerusform>inntaket i %n periode</numerusform>
            <numerusform>inntaket i %n perioder</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Fjerne «%1»?</translation>
    </message>
    <message>
        <source>It is named in %1, and is taken out there too.</source>
        <translation>Det er nevnt i %1, og tas ut der også.</translation>
    </message>
    <message>
        <source>%1 will be removed.</source>
        <translation>%1 forsvinner.</translation>
    </message>
    <message>
        <source>Remove data?</source>
        <translation>Fjerne data?</translation>
    </message>
    <message>
        <source>the termination payment</source>
        <translation>avslutningsbetalingen</translation>
    </message>
    <message numerus="yes">
        <source>%n review point(s)</source>
        <translation>
            <numerusform>%n kontrollpunkt</numerusform>
            <numerusform>%n kontrollpunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarioer</numerusform>
        </translation>
    </message>
    <message>
        <source>the Monte Carlo simulation</source>
        <translation>Monte Carlo-simuleringen</translation>
    </message>
    <message>
        <source>Improvement of one metric</source>
        <translation>Forbedring i ett resultatmål</translation>
    </message>
    <message>
        <source>Outcome payments earned, all metrics</source>
        <translation>Opptjente resultatbetalinger, alle resultatmål</translation>
    </message>
    <message>
        <source>Minimum units and minimum relative improvement</source>
        <translation>Minste antall enheter og minste relative forbedring</translation>
    </message>
    <message>
        <source>After the metric&apos;s payments reach a sum</source>
        <translation>Når resultatmålets betalinger når en sum</translation>
    </message>
    <message>
        <source>Once investors have received principal plus a return</source>
        <translation>Når investorene har fått hovedstol pluss avkastning</translation>
    </message>
    <message numerus="yes">
        <source>its outcome data in %n metric(s) tested cohort by cohort</source>
        <translation>
            <numerusform>resultatdataene dens i %n resultatmål som testes kohort for kohort</numerusform>
            <numerusform>resultatdataene dens i %n resultatmål som testes kohort for kohort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
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
        <source>the timeline</source>
        <translation>tidslinjen</translation>
    </message>
    <message>
        <source>the contract&apos;s caps</source>
        <translation>kontraktens tak</translation>
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
        <source>the file</source>
        <translation>filen</translation>
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
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>%1 has no payment rule or price, so it never pays.</source>
        <translation>%1 har ingen betalingsregel eller pris, så det utløser aldri betaling.</translation>
    </message>
    <message>
        <source>The investors&apos; commitment does not cover the delivery costs: %1 is not funded.</source>
        <translation>Investorenes tilsagn dekker ikke leveransekostnadene: %1 er ikke finansiert.</translation>
    </message>
    <message>
        <source>The discount rate %1 is outside −5 % … 20 %.</source>
        <translation>Kalkulasjonsrenten %1 er utenfor −5 % … 20 %.</translation>
    </message>
    <message>
        <source>%1 holds a national identity number. The file may hold pseudonyms only.</source>
        <translation>%1 inneholder et fødselsnummer. Filen kan bare inneholde pseudonymer.</translation>
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
        <source>%1: the value %2 is out of range.</source>
        <translation>%1: verdien %2 er utenfor gyldig område.</translation>
    </message>
    <message>
        <source>%1: the text is too long (%2 characters, at most %3).</source>
        <translation>%1: teksten er for lang (%2 tegn, høyst %3).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>A name shown in a message: «Rusfri etter 12 måneder».</extracomment>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>number of periods</source>
        <translation>antall perioder</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <source>period length</source>
        <translation>periodelengde</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisasjonsnummer</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>cap on payments</source>
        <translation>tak på betalinger</translation>
    </message>
    <message>
        <source>cap on units</source>
        <translation>tak på enheter</translation>
    </message>
    <message>
        <source>payers</source>
        <translation>betalere</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <source>payment rule</source>
        <translation>betalingsregel</translation>
    </message>
    <message>
        <source>rule type</source>
        <translation>regeltype</translation>
    </message>
    <message>
        <source>price per unit</source>
        <translation>pris per enhet</translation>
    </message>
    <message>
        <source>payment lag</source>
        <translation>betalingsforsinkelse</translation>
    </message>
    <message>
        <source>volume bands</source>
        <translation>volumintervaller</translation>
    </message>
    <message>
        <source>from unit</source>
        <translation>fra enhet</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>terskelverdi</translation>
    </message>
    <message>
        <source>tier basis</source>
        <translation>grunnlag for trinn</translation>
    </message>
    <message>
        <source>tier mode</source>
        <translation>trinnmodus</translation>
    </message>
    <message>
        <source>tier amount basis</source>
        <translation>grunnlag for trinnbeløp</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>milestone amount</source>
        <translation>milepælsbeløp</translation>
    </message>
    <message>
        <source>second share</source>
        <translation>andre andel</translation>
    </message>
    <message>
        <source>second share applies from</source>
        <translation>andre andel gjelder fra</translation>
    </message>
    <message>
        <source>once per participant</source>
        <translation>én gang per deltaker</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>reported outcome</source>
        <translation>rapportert resultat</translation>
    </message>
    <message>
        <source>counterfactual</source>
        <translation>nullalternativ</translation>
    </message>
    <message>
        <source>outcome data</source>
        <translation>resultatdata</translation>
    </message>
    <message>
        <source>delivery cost</source>
        <translation>leveransekostnad</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>kohort</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>kohorter</translation>
    </message>
    <message>
        <source>intake per period</source>
        <translation>inntak per periode</translation>
    </message>
    <message>
        <source>planned size</source>
        <translation>planlagt størrelse</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definisjon</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>retning</translation>
    </message>
    <message>
        <source>validation method</source>
        <translation>valideringsmetode</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>datakilde</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>tilsagn</translation>
    </message>
    <message>
        <source>return cap</source>
        <translation>avkastningstak</translation>
    </message>
    <message>
        <source>guaranteed share</source>
        <translation>garantert andel</translation>
    </message>
    <message>
        <source>guarantor</source>
        <translation>garantist</translation>
    </message>
    <message>
        <source>coupon a year</source>
        <translation>kupong per år</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>transje</translation>
    </message>
    <message>
        <source>reserve share</source>
        <translation>reserveandel</translation>
    </message>
    <message>
        <source>provider incentive share</source>
        <translation>leverandørens insentivandel</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>kalkulasjonsrente</translation>
    </message>
    <message>
        <source>traditional margin</source>
        <translation>tradisjonell margin</translation>
    </message>
    <message>
        <source>total cap</source>
        <translation>samlet betalingstak</translation>
    </message>
    <message>
        <source>cap per participant</source>
        <translation>tak per deltaker</translation>
    </message>
    <message>
        <source>fixed fees inside the total cap</source>
        <translation>faste godtgjørelser innenfor det samlede taket</translation>
    </message>
    <message>
        <source>public savings</source>
        <translation>offentlige innsparinger</translation>
    </message>
    <message>
        <source>cashable</source>
        <translation>realiserbar</translation>
    </message>
    <message>
        <source>budget holder</source>
        <translation>budsjettansvarlig</translation>
    </message>
    <message>
        <source>spread over years</source>
        <translation>fordelt over år</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>forutsetning</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>stated by</source>
        <translation>oppgitt av</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltaker</translation>
    </message>
    <message>
        <source>outcome metric</source>
        <translation>resultatmål</translation>
    </message>
    <message>
        <source>outcome metrics</source>
        <translation>resultatmål</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>internal number</source>
        <translation>internt nummer</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parter</translation>
    </message>
    <message>
        <source>fixed fees</source>
        <translation>faste godtgjørelser</translation>
    </message>
    <message>
        <source>investors</source>
        <translation>investorer</translation>
    </message>
    <message>
        <source>assumption log</source>
        <translation>forutsetningslogg</translation>
    </message>
    <message>
        <source>participant ledger</source>
        <translation>deltakerregister</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>målgruppe</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tidslinje</translation>
    </message>
    <message>
        <source>caps on the contract</source>
        <translation>kontraktens tak</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>kontrakten</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>filformat</translation>
    </message>
    <message>
        <source>file version</source>
        <translation>filversjon</translation>
    </message>
    <message>
        <source>number of rows</source>
        <translation>antall rader</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <source>outcome metric %1</source>
        <translation>resultatmål %1</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>kohort %1</translation>
    </message>
    <message>
        <source>assumption %1</source>
        <translation>forutsetning %1</translation>
    </message>
    <message>
        <source>participant ledger, row %1</source>
        <translation>deltakerregisteret, rad %1</translation>
    </message>
    <message>
        <source>the participant ledger</source>
        <translation>deltakerregisteret</translation>
    </message>
    <message>
        <source>the target group</source>
        <translation>målgruppen</translation>
    </message>
    <message>
        <source>the contract %1</source>
        <translation>kontrakten %1</translation>
    </message>
    <message>
        <source>row %1 of the imported file</source>
        <translation>rad %1 i den importerte filen</translation>
    </message>
    <message>
        <source>%1, row %2 in the file</source>
        <extracomment>A table of the project file, with a row number: &quot;Fixed fees, row 3 in the file&quot;.</extracomment>
        <translation>%1, rad %2 i filen</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>en trigger</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>en visning</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>en indeks</translation>
    </message>
    <message>
        <source>a database object</source>
        <translation>et databaseobjekt</translation>
    </message>
    <message>
        <source>the heading row has no column for %1</source>
        <translation>overskriftsraden har ingen kolonne for %1</translation>
    </message>
    <message>
        <source>it has %1 fields, not as many as the heading row</source>
        <translation>den har %1 felt, ikke like mange som overskriftsraden</translation>
    </message>
    <message>
        <source>the participant is empty</source>
        <translation>deltakeren er tom</translation>
    </message>
    <message>
        <source>the participant is longer than 64 characters</source>
        <translation>deltakeren er lengre enn 64 tegn</translation>
    </message>
    <message>
        <source>there is no outcome metric named “%1”</source>
        <translation>det finnes ikke noe resultatmål som heter «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a period</source>
        <translation>«%1» er ikke en periode</translation>
    </message>
    <message>
        <source>the period “%1” lies outside the timeline</source>
        <translation>perioden «%1» ligger utenfor tidslinjen</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» er ikke et tall</translation>
    </message>
    <message>
        <source>the number of units “%1” is negative</source>
        <translation>antall enheter «%1» er negativt</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>et anførselstegn er ikke lukket</translation>
    </message>
    <message>
        <source>the value in column %1 cannot be read</source>
        <translation>verdien i kolonnen %1 kan ikke leses</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: the payers&apos; shares add up to %2, not 100 %.</source>
        <translation>%1: andelene summerer seg til %2, ikke 100 %.</translation>
    </message>
    <message>
        <source>%1: the thresholds, bands or tiers are not in increasing order.</source>
        <translation>%1: terskelverdiene, intervallene eller trinnene er ikke i stigende rekkefølge.</translation>
    </message>
    <message>
        <source>%1: the cap (%2) is below a single period&apos;s payment (%3).</source>
        <translation>%1: taket (%2) er lavere enn betalingen i én enkelt periode (%3).</translation>
    </message>
    <message>
        <source>%1 has a negative observed value (%2) in %3.</source>
        <translation>%1 har en negativ observert verdi (%2) i %3.</translation>
    </message>
    <message>
        <source>%1 counts %2 people in %3, more than the cohort holds (%4).</source>
        <translation>%1 teller %2 personer i %3, flere enn kohorten har (%4).</translation>
    </message>
    <message>
        <source>%1: the payment lag (%2 periods) runs past the last period allowed (%3).</source>
        <translation>%1: betalingsforsinkelsen (%2 perioder) går forbi siste tillatte periode (%3).</translation>
    </message>
    <message>
        <source>%1: the return cap is %2; below 1, investors could not get their capital back.</source>
        <translation>%1: avkastningstaket er %2; under 1 kan investorene ikke få kapitalen sin tilbake.</translation>
    </message>
    <message>
        <source>%1: the organisation number %2 is not valid (9 digits with a check digit).</source>
        <translation>%1: organisasjonsnummeret %2 er ikke gyldig (9 sifre med kontrollsiffer).</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the contract&apos;s timeline.</source>
        <translation>%1: %2 ligger utenfor kontraktens tidslinje.</translation>
    </message>
    <message>
        <source>%1 has no one to pay it: add a commissioner or another payer among the parties.</source>
        <translation>%1 har ingen som betaler: legg til en oppdragsgiver eller en annen betaler blant partene.</translation>
    </message>
    <message>
        <source>%1 refers to something that no longer exists.</source>
        <translation>%1 viser til noe som ikke lenger finnes.</translation>
    </message>
    <message>
        <source>%1: an amount is too large to compute with.</source>
        <translation>%1: et beløp er for stort til å regne med.</translation>
    </message>
    <message>
        <source>%1: “To” (%3) lies before “From” (%2).</source>
        <translation>%1: «Til» (%3) ligger før «Fra» (%2).</translation>
    </message>
    <message>
        <source>The contract has no name.</source>
        <translation>Kontrakten har ikke noe navn.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 har ikke noe navn.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>Filen er skadet og kan ikke leses.</translation>
    </message>
    <message>
        <source>The file could not be saved. Check that the disk has room and that the folder can be written to.</source>
        <translation>Filen kunne ikke lagres. Kontroller at det er plass på disken og at det går an å skrive til mappen.</translation>
    </message>
    <message>
        <source>The file is open elsewhere (%1).</source>
        <translation>Filen er åpen et annet sted (%1).</translation>
    </message>
    <message>
        <source>%1 has %2 values, not one for each of the %3 periods.</source>
        <translation>%1 har %2 verdier, ikke én for hver av de %3 periodene.</translation>
    </message>
    <message>
        <source>%1: a value is out of range.</source>
        <translation>%1: en verdi er utenfor gyldig område.</translation>
    </message>
    <message>
        <source>%1: the value is not of the kind expected.</source>
        <translation>%1: verdien er ikke av forventet type.</translation>
    </message>
    <message>
        <source>%1 refers to something that does not exist.</source>
        <translation>%1 viser til noe som ikke finnes.</translation>
    </message>
    <message>
        <source>%1 is stored twice under the same number (%2).</source>
        <translation>%1 er lagret to ganger med samme nummer (%2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Filen er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at %1).</source>
        <translation>Filen er ikke gyldig JSON (ved %1).</translation>
    </message>
    <message>
        <source>The file holds something unexpected.</source>
        <translation>Filen inneholder noe uventet.</translation>
    </message>
    <message>
        <source>The file holds something unexpected at %1.</source>
        <translation>Filen inneholder noe uventet ved %1.</translation>
    </message>
    <message>
        <source>Row %1 was not imported: %2.</source>
        <translation>Rad %1 ble ikke importert: %2.</translation>
    </message>
    <message>
        <source>Unknown problem (number %1).</source>
        <translation>Ukjent problem (nummer %1).</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>ingen gyldig dato</translation>
    </message>
    <message>
        <source>row %1 in the file</source>
        <translation>rad %1 i filen</translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation>en verdi kan ikke leses</translation>
    </message>
    <message>
        <source>%1 counts %2 people: people are counted whole.</source>
        <translation>%1 teller %2 personer: personer telles hele.</translation>
    </message>
    <message>
        <source>%1 gives one participant %2 units of a metric that counts people: a participant is one person.</source>
        <translation>%1 gir én deltaker %2 enheter på et resultatmål som teller personer: en deltaker er én person.</translation>
    </message>
    <message>
        <source>required share of plan</source>
        <translation>krevd andel av plan</translation>
    </message>
    <message>
        <source>paid to</source>
        <translation>betales til</translation>
    </message>
    <message>
        <source>termination payment</source>
        <translation>avslutningsbetaling</translation>
    </message>
    <message>
        <source>review points</source>
        <translation>kontrollpunkter</translation>
    </message>
    <message>
        <source>early termination</source>
        <translation>førtidig avslutning</translation>
    </message>
    <message>
        <source>the review point in %1 of %2</source>
        <extracomment>&quot;the review point in 2. kv. 2027 of “In work for 13 weeks”&quot;</extracomment>
        <translation>kontrollpunktet i %1 for %2</translation>
    </message>
    <message>
        <source>the review point in %1 of the outcome payments</source>
        <translation>kontrollpunktet i %1 for resultatbetalingene</translation>
    </message>
    <message>
        <source>the review point in %1</source>
        <translation>kontrollpunktet i %1</translation>
    </message>
    <message>
        <source>review point %1</source>
        <translation>kontrollpunkt %1</translation>
    </message>
    <message>
        <source>%1 tests an outcome metric&apos;s improvement but names no metric, so it is not taken.</source>
        <translation>%1 skal måle forbedringen i et resultatmål, men angir ikke hvilket, og brukes derfor ikke.</translation>
    </message>
    <message>
        <source>A termination payment of %1 is set, but no party is named to receive it, so it is not paid.</source>
        <translation>Det er satt en avslutningsbetaling på %1, men ingen part er angitt som mottaker, så den betales ikke.</translation>
    </message>
    <message>
        <source>%1 is not met: the outcome payments earned came to %2, below the %3 required (%4 of plan). The contract terminates: nothing is delivered or earned after %5.</source>
        <translation>%1 er ikke oppfylt: opptjente resultatbetalinger ble %2, under de %3 som kreves (%4 av plan). Kontrakten avsluttes: ingenting leveres eller opptjenes etter %5.</translation>
    </message>
    <message>
        <source>%1 is not met: the improvement came to %2 units, below the %3 required (%4 of plan). The contract terminates: nothing is delivered or earned after %5.</source>
        <translation>%1 er ikke oppfylt: forbedringen ble %2 enheter, under de %3 som kreves (%4 av plan). Kontrakten avsluttes: ingenting leveres eller opptjenes etter %5.</translation>
    </message>
    <message>
        <source>%1: the planned effect (%2) is smaller than the smallest effect the evaluation can detect with %4 people in each group (%3): a real effect may go unmeasured and unpaid.</source>
        <translation>%1: den planlagte effekten (%2) er mindre enn den minste effekten evalueringen kan påvise med %4 personer i hver gruppe (%3): en reell effekt kan bli verken målt eller betalt.</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarioer</translation>
    </message>
    <message>
        <source>scenario overrides per metric</source>
        <translation>scenarioets verdier per resultatmål</translation>
    </message>
    <message>
        <source>achievement factor</source>
        <translation>oppnåelsesfaktor</translation>
    </message>
    <message>
        <source>delay in periods</source>
        <translation>forsinkelse i perioder</translation>
    </message>
    <message>
        <source>intake factor</source>
        <translation>inntaksfaktor</translation>
    </message>
    <message>
        <source>cost factor</source>
        <translation>kostnadsfaktor</translation>
    </message>
    <message>
        <source>savings factor</source>
        <translation>besparelsesfaktor</translation>
    </message>
    <message>
        <source>Monte Carlo simulation</source>
        <translation>Monte Carlo-simulering</translation>
    </message>
    <message>
        <source>correlation (ρ)</source>
        <translation>korrelasjon (ρ)</translation>
    </message>
    <message>
        <source>number of trials</source>
        <translation>antall trekninger</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>startverdi for tilfeldige tall</translation>
    </message>
    <message>
        <source>distributions of the factors</source>
        <translation>fordelingene av faktorene</translation>
    </message>
    <message>
        <source>lowest factor</source>
        <translation>laveste faktor</translation>
    </message>
    <message>
        <source>most likely factor</source>
        <translation>mest sannsynlige faktor</translation>
    </message>
    <message>
        <source>highest factor</source>
        <translation>høyeste faktor</translation>
    </message>
    <message>
        <source>delay probabilities</source>
        <translation>sannsynligheter for forsinkelse</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>sannsynlighet</translation>
    </message>
    <message>
        <source>test</source>
        <translation>kriterium</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>scenario %1</translation>
    </message>
    <message>
        <source>the distribution of outcome metric %1</source>
        <extracomment>The Monte Carlo distribution of a metric&apos;s achievement factor.</extracomment>
        <translation>fordelingen for resultatmål %1</translation>
    </message>
    <message>
        <source>the Monte Carlo simulation</source>
        <translation>Monte Carlo-simuleringen</translation>
    </message>
    <message>
        <source>%1: the delay probabilities add up to %2, not 100 %.</source>
        <translation>%1: sannsynlighetene for forsinkelse summerer seg til %2, ikke 100 %.</translation>
    </message>
    <message>
        <source>a list of data</source>
        <translation>en dataliste</translation>
    </message>
    <message>
        <source>a virtual list of data</source>
        <translation>en virtuell dataliste</translation>
    </message>
    <message>
        <source>assumptions</source>
        <translation>antakelser</translation>
    </message>
    <message>
        <source>participant ledger rows</source>
        <translation>rader i deltakerregisteret</translation>
    </message>
    <message>
        <source>savings lines</source>
        <translation>innsparingslinjer</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>oppføringer</translation>
    </message>
    <message>
        <source>The file is too large to open: %1 bytes (at most %2).</source>
        <translation>Filen er for stor til å åpnes: %1 byte (høyst %2).</translation>
    </message>
    <message>
        <source>Line %1 of the imported file is longer than %2 characters; nothing was imported.</source>
        <translation>Linje %1 i den importerte filen er lengre enn %2 tegn; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file holds more outcome metrics and cohorts than fit its number of periods: %1 (at most %2).</source>
        <translation>Filen har flere resultatmål og kull enn antallet perioder gir plass til: %1 (høyst %2).</translation>
    </message>
    <message>
        <source>The file holds too many %1: %2 (at most %3).</source>
        <translation>Filen har for mange %1: %2 (høyst %3).</translation>
    </message>
    <message>
        <source>The file contains %1 named “%2”, which Effekt Studio never writes. A file from another program can run code when it is read, so it was not opened.</source>
        <translation>Filen inneholder %1 med navnet «%2», som Effekt Studio aldri skriver. En fil fra et annet program kan kjøre kode når den leses, så den ble ikke åpnet.</translation>
    </message>
    <message>
        <source>In the file, %1 named “%2” is not built the way Effekt Studio builds it. A file changed by another program can run code when it is read, so it was not opened.</source>
        <translation>I filen er %1 med navnet «%2» ikke bygd slik Effekt Studio bygger den. En fil som er endret av et annet program, kan kjøre kode når den leses, så den ble ikke åpnet.</translation>
    </message>
    <message>
        <source>Reading the file took far more work than a file of its size needs, so it was stopped and the file was not opened.</source>
        <translation>Å lese filen krevde langt mer arbeid enn en fil av denne størrelsen trenger, så lesingen ble stoppet og filen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>The file “%1” lies beside the document and was not read. If another program left changes in it, they are not shown; what you see is what the document itself holds.</source>
        <translation>Filen «%1» ligger ved siden av dokumentet og ble ikke lest. Hvis et annet program har lagt igjen endringer i den, vises de ikke; det du ser, er det dokumentet selv inneholder.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n more problem(s).</source>
        <translation>
            <numerusform>Ikke vist: %n problem til.</numerusform>
            <numerusform>Ikke vist: %n problemer til.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is among the payers, but its role no longer pays. Choose another payer, or give the party a paying role on the Parties page.</source>
        <translation>%1: %2 står blant betalerne, men har ikke lenger en rolle som betaler. Velg en annen betaler, eller gi parten en betalende rolle på siden Parter.</translation>
    </message>
    <message>
        <source>payments due</source>
        <translation>betalinger som forfaller</translation>
    </message>
    <message>
        <source>%1, %2: an amount is too large to compute with.</source>
        <extracomment>%1 where (a metric&apos;s price, a fixed fee, the payments due), %2 the period</extracomment>
        <translation>%1, %2: et beløp er for stort til å regne med.</translation>
    </message>
    <message>
        <source>The file is marked read only, so Effekt Studio does not replace it. Save under another name, or make the file writable first.</source>
        <translation>Filen er merket skrivebeskyttet, så Effekt Studio erstatter den ikke. Lagre under et annet navn, eller gjør filen skrivbar først.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>en navngitt pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>ikke en vanlig fil</translation>
    </message>
    <message>
        <source>The name you saved to is %1. Effekt Studio saves only to ordinary files: choose another name.</source>
        <translation>Navnet du lagret til, er %1. Effekt Studio lagrer bare til vanlige filer: velg et annet navn.</translation>
    </message>
    <message>
        <source>minimum improvement</source>
        <translation>minste forbedring</translation>
    </message>
    <message>
        <source>spread over periods</source>
        <translation>fordelt over perioder</translation>
    </message>
    <message>
        <source>%1: the threshold on the relative improvement needs a counterfactual; with none in any period the rule never pays.</source>
        <translation>%1: terskelen for relativ forbedring trenger et nullalternativ; uten et i noen periode betaler regelen aldri.</translation>
    </message>
    <message>
        <source>cap per budget year</source>
        <translation>tak per budsjettår</translation>
    </message>
    <message>
        <source>carrying of year-cap cuts</source>
        <translation>overføring av det årstaket kutter</translation>
    </message>
    <message>
        <source>%1: the cap per budget year (%2) has no effect, as this party pays nothing.</source>
        <translation>%1: taket per budsjettår (%2) har ingen virkning, for denne parten betaler ingenting.</translation>
    </message>
    <message>
        <source>price indexation</source>
        <translation>indeksregulering</translation>
    </message>
    <message>
        <source>price increase a year</source>
        <translation>prisstigning per år</translation>
    </message>
    <message>
        <source>base year</source>
        <translation>basisår</translation>
    </message>
    <message>
        <source>The base year of price indexation (%1) must lie between %2 and %3.</source>
        <translation>Basisåret for indeksreguleringen (%1) må ligge mellom %2 og %3.</translation>
    </message>
    <message>
        <source>The price increase a year (%1) must lie between %2 and %3.</source>
        <translation>Prisstigningen per år (%1) må ligge mellom %2 og %3.</translation>
    </message>
    <message>
        <source>The base year of price indexation (%1) comes after the contract&apos;s last year (%2), so no price ever rises.</source>
        <translation>Basisåret for indeksreguleringen (%1) kommer etter kontraktens siste år (%2), så ingen priser stiger.</translation>
    </message>
    <message>
        <source>second share starts</source>
        <translation>andre andel starter</translation>
    </message>
    <message>
        <source>investors&apos; return a year</source>
        <translation>investorenes avkastning per år</translation>
    </message>
    <message>
        <source>%1: the second share starts once the investors are repaid, but the contract has no investors, so the second share never applies.</source>
        <translation>%1: den andre andelen starter når investorene er tilbakebetalt, men kontrakten har ingen investorer, så den andre andelen gjelder aldri.</translation>
    </message>
    <message>
        <source>%1: the metric has outcome data per cohort, but its payment rule is not per unit, so the cohorts&apos; thresholds and the final settlement do not apply; the rule pays on all cohorts together.</source>
        <translation>%1: resultatmålet har resultatdata per kohort, men betalingsregelen er ikke per enhet, så kohortenes terskler og sluttoppgjøret gjelder ikke; regelen betaler for alle kohortene samlet.</translation>
    </message>
    <message>
        <source>%1: a cohort&apos;s outcome data are given twice.</source>
        <translation>%1: resultatdataene til en kohort er oppgitt to ganger.</translation>
    </message>
    <message>
        <source>%1: the rule has a final settlement, but the metric has no outcome data per cohort, so the settlement is never taken.</source>
        <translation>%1: regelen har et sluttoppgjør, men resultatmålet har ikke resultatdata per kohort, så oppgjøret blir aldri tatt.</translation>
    </message>
    <message>
        <source>%1: the final settlement&apos;s period (%2) lies outside the contract, which ends with period %3.</source>
        <translation>%1: perioden for sluttoppgjøret (%2) ligger utenfor kontrakten, som slutter med periode %3.</translation>
    </message>
    <message>
        <source>outcome data per cohort</source>
        <translation>resultatdata per kohort</translation>
    </message>
    <message>
        <source>final settlement</source>
        <translation>sluttoppgjør</translation>
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
    <message>
        <source>metric</source>
        <translation>resultatmål</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>%1 is a column&apos;s number in a CSV file (1 for the first)</extracomment>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>Row %1: the column %2 holds a national identity number (not shown here). The ledger may hold pseudonyms only, and no personal data.</source>
        <extracomment>%1 row number, %2 the column (&quot;metric&quot;, &quot;units&quot;, &quot;number 5&quot;)</extracomment>
        <translation>Rad %1: kolonnen %2 inneholder et fødselsnummer (vises ikke her). Deltakerregisteret kan bare inneholde pseudonymer, ingen personopplysninger.</translation>
    </message>
    <message>
        <source>the units %1 are more than the most a project can hold (%2).</source>
        <translation>enhetene %1 er mer enn et prosjekt kan inneholde (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a national identity number (fødselsnummer or D-number) in one of their columns. The ledger may hold pseudonyms only: replace these numbers in the file by pseudonymous ids. The numbers are not shown here.</source>
        <translation>
            <numerusform>%n rad har et fødselsnummer eller D-nummer i en av kolonnene. Registeret kan bare inneholde pseudonymer: bytt ut dette nummeret i filen med en pseudonym ID. Nummeret vises ikke her.</numerusform>
            <numerusform>%n rader har fødselsnummer eller D-nummer i en av kolonnene. Registeret kan bare inneholde pseudonymer: bytt ut disse numrene i filen med pseudonyme ID-er. Numrene vises ikke her.</numerusform>
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
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
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
        <source>Name, description, timeline, target group and cohorts</source>
        <translation>Navn, beskrivelse, tidslinje, målgruppe og kohorter</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Who pays, who invests, who delivers, who evaluates</source>
        <translation>Hvem betaler, investerer, leverer og evaluerer</translation>
    </message>
    <message>
        <source>Outcome metrics and payment rules</source>
        <translation>Resultatmål og betalingsregler</translation>
    </message>
    <message>
        <source>Caps and fixed fees</source>
        <translation>Betalingstak og faste godtgjørelser</translation>
    </message>
    <message>
        <source>The most the contract pays, fixed fees and delivery costs</source>
        <translation>Det meste kontrakten betaler, faste godtgjørelser og leveransekostnader</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <source>Investors and how the delivery is financed</source>
        <translation>Investorer og hvordan leveransen finansieres</translation>
    </message>
    <message>
        <source>Savings and value for money</source>
        <translation>Innsparing og samfunnsnytte</translation>
    </message>
    <message>
        <source>Public savings per outcome, discount rate, the traditional alternative</source>
        <translation>Offentlig innsparing per resultat, kalkulasjonsrente, tradisjonelt alternativ</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Forutsetninger</translation>
    </message>
    <message>
        <source>The assumption log: sources and who stated them</source>
        <translation>Forutsetningsloggen: kilder og hvem som har oppgitt dem</translation>
    </message>
    <message>
        <source>Participant ledger</source>
        <translation>Deltakerregister</translation>
    </message>
    <message>
        <source>Outcomes per participant, imported from CSV</source>
        <translation>Resultater per deltaker, importert fra CSV</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Scenarios, who carries the risk, sensitivity and Monte Carlo</source>
        <translation>Scenarioer, hvem som bærer risikoen, følsomhet og Monte Carlo</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>What if %1</source>
        <translation>Hva om %1</translation>
    </message>
    <message>
        <source>The contract cannot be computed at this level of success.</source>
        <translation>Kontrakten kan ikke beregnes ved denne måloppnåelsen.</translation>
    </message>
    <message>
        <source>No investors take a share of the risk.</source>
        <translation>Ingen investorer tar del i risikoen.</translation>
    </message>
    <message>
        <source>The investors carry the loss: %1.</source>
        <translation>Investorene bærer tapet: %1.</translation>
    </message>
    <message>
        <source>The investors carry no loss: they earn %1.</source>
        <translation>Investorene taper ikke: de tjener %1.</translation>
    </message>
    <message>
        <source>The investors get back what they put in.</source>
        <translation>Investorene får igjen det de har satt inn.</translation>
    </message>
    <message>
        <source>The municipality pays %1 less than under a traditional contract, which costs the same whatever the results.</source>
        <translation>Kommunen betaler %1 mindre enn med en tradisjonell kontrakt, som koster det samme uansett resultat.</translation>
    </message>
    <message>
        <source>The municipality pays %1 more than under a traditional contract, for results it gets.</source>
        <translation>Kommunen betaler %1 mer enn med en tradisjonell kontrakt, for resultater den får.</translation>
    </message>
    <message>
        <source>The municipality pays as much as under a traditional contract.</source>
        <translation>Kommunen betaler like mye som med en tradisjonell kontrakt.</translation>
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
        <source>Other metrics</source>
        <translation>Andre resultatmål</translation>
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
        <translation>Observert verdi</translation>
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
        <source>%1 – %2</source>
        <extracomment>The default file name of an exported chart: the contract&apos;s name, then the chart&apos;s.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <comment>results tab</comment>
        <translation>&amp;Betalinger</translation>
    </message>
    <message>
        <source>&amp;Investors</source>
        <comment>results tab</comment>
        <translation>&amp;Investorer</translation>
    </message>
    <message>
        <source>Co&amp;mmissioner</source>
        <comment>results tab</comment>
        <translation>&amp;Oppdragsgiver</translation>
    </message>
    <message>
        <source>Plan and &amp;actual</source>
        <comment>results tab</comment>
        <translation>Plan og &amp;faktisk</translation>
    </message>
    <message>
        <source>Pa&amp;yout curve</source>
        <comment>results tab</comment>
        <translation>&amp;Utbetalingskurve</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <comment>results tab</comment>
        <translation>Opp&amp;stilling</translation>
    </message>
    <message>
        <source>The contract ends after %1: review point %2 was not met</source>
        <translation>Kontrakten avsluttes etter %1: kontrollpunkt %2 ble ikke nådd</translation>
    </message>
    <message>
        <source>The contract ends after %1: a review point was not met</source>
        <translation>Kontrakten avsluttes etter %1: et kontrollpunkt ble ikke nådd</translation>
    </message>
    <message>
        <source>; termination payment %1 to %2.</source>
        <extracomment>Continues &quot;The contract ends after …: review point 1 was not met&quot;.</extracomment>
        <translation>; avslutningsbetaling %1 til %2.</translation>
    </message>
    <message>
        <source>Co&amp;hort tests</source>
        <comment>results tab</comment>
        <translation>&amp;Kohorttester</translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>Who carries the risk</source>
        <translation>Hvem bærer risikoen</translation>
    </message>
    <message>
        <source>Achievement factor</source>
        <translation>Måloppnåelse</translation>
    </message>
    <message>
        <source>Kroner</source>
        <translation>Kroner</translation>
    </message>
    <message>
        <source>Commissioner pays</source>
        <translation>Oppdragsgiver betaler</translation>
    </message>
    <message>
        <source>Traditional cost</source>
        <translation>Tradisjonell kostnad</translation>
    </message>
    <message>
        <source>Investors&apos; profit or loss</source>
        <translation>Investorenes gevinst eller tap</translation>
    </message>
    <message>
        <source>Net value (NPV)</source>
        <translation>Nettonytte (nåverdi)</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Dagens plan</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Balansepunkt</translation>
    </message>
    <message>
        <source>Break-even (%1)</source>
        <translation>Balansepunkt (%1)</translation>
    </message>
    <message>
        <source>%1: achievement %2 / %3</source>
        <translation>%1: måloppnåelse %2 / %3</translation>
    </message>
    <message>
        <source>Prices %1 / %2</source>
        <translation>Priser %1 / %2</translation>
    </message>
    <message>
        <source>Delivery cost %1 / %2</source>
        <translation>Leveransekostnad %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Payment lag +%n period(s)</source>
        <translation>
            <numerusform>Betalingsforsinkelse +%n periode</numerusform>
            <numerusform>Betalingsforsinkelse +%n perioder</numerusform>
        </translation>
    </message>
    <message>
        <source>Savings per unit %1 / %2</source>
        <translation>Innsparing per enhet %1 / %2</translation>
    </message>
    <message>
        <source>Intake %1 / %2</source>
        <translation>Inntak %1 / %2</translation>
    </message>
    <message>
        <source>Discount rate %1 / %2</source>
        <translation>Diskonteringsrente %1 / %2</translation>
    </message>
    <message>
        <source>What moves the investors&apos; IRR</source>
        <translation>Hva som flytter investorenes internrente</translation>
    </message>
    <message>
        <source>What moves the commissioner&apos;s net value</source>
        <translation>Hva som flytter oppdragsgivers nettonytte</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Forutsetning</translation>
    </message>
    <message>
        <source>Change in IRR (percentage points)</source>
        <translation>Endring i internrente (prosentpoeng)</translation>
    </message>
    <message>
        <source>Change in net value (kroner)</source>
        <translation>Endring i nettonytte (kroner)</translation>
    </message>
    <message>
        <source>Input down</source>
        <translation>Forutsetning ned</translation>
    </message>
    <message>
        <source>Input up</source>
        <translation>Forutsetning opp</translation>
    </message>
    <message>
        <source>Cumulative payments, spread over the trials</source>
        <translation>Samlede utbetalinger, spredning over forsøkene</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>P5</source>
        <translation>P5</translation>
    </message>
    <message>
        <source>P25</source>
        <translation>P25</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>The investors&apos; multiple over the trials</source>
        <translation>Investorenes multippel over forsøkene</translation>
    </message>
    <message>
        <source>Multiple (returned ÷ invested)</source>
        <translation>Multippel (tilbakebetalt ÷ investert)</translation>
    </message>
    <message>
        <source>The commissioner&apos;s net cost under both contract forms</source>
        <translation>Oppdragsgivers nettokostnad med begge kontraktsformer</translation>
    </message>
    <message>
        <source>Net cost, NPV (kroner)</source>
        <translation>Nettokostnad, nåverdi (kroner)</translation>
    </message>
    <message>
        <source>Effektkontrakt</source>
        <translation>Effektkontrakt</translation>
    </message>
    <message>
        <source>Traditional contract</source>
        <translation>Tradisjonell kontrakt</translation>
    </message>
    <message>
        <source>Today&apos;s forecast</source>
        <translation>Dagens prognose</translation>
    </message>
</context>
<context>
    <name>effekt::app::ExportPdf</name>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Kan ikke åpne %1:
%2</translation>
    </message>
</context>
<context>
    <name>effekt::app::FileSafety</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autolagring mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>effekt::app::HelpWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Brukerveiledning</translation>
    </message>
</context>
<context>
    <name>effekt::app::IndigoDialog</name>
    <message>
        <source>&amp;Organisations: names and organisation numbers</source>
        <translation>&amp;Organisasjoner: navn og organisasjonsnummer</translation>
    </message>
    <message>
        <source>Outcome &amp;metrics and the target group</source>
        <translation>Resultat&amp;mål og målgruppen</translation>
    </message>
    <message>
        <source>Outcome &amp;pricing: the payment rules and caps</source>
        <translation>&amp;Prising: betalingsreglene og takene</translation>
    </message>
    <message>
        <source>Outcome payment &amp;commitments per payer</source>
        <translation>Betalings&amp;forpliktelser per betaler</translation>
    </message>
    <message>
        <source>&amp;Investments: commitments and maximum return</source>
        <translation>&amp;Investeringer: innskudd og høyeste mulige avkastning</translation>
    </message>
    <message>
        <source>P&amp;lanned outcome payments per period</source>
        <translation>P&amp;lanlagte resultatbetalinger per periode</translation>
    </message>
    <message>
        <source>&amp;Actual outcome payments per period</source>
        <translation>Fa&amp;ktiske resultatbetalinger per periode</translation>
    </message>
    <message>
        <source>&amp;Results: the outcomes reported per period</source>
        <translation>&amp;Resultater: resultatene rapportert per periode</translation>
    </message>
    <message>
        <source>&amp;Sources of the assumptions</source>
        <translation>Kil&amp;dene til forutsetningene</translation>
    </message>
    <message>
        <source>Export INDIGO Open Data</source>
        <translation>Eksporter INDIGO åpne data</translation>
    </message>
    <message>
        <source>The contract in the shape of the INDIGO data standard %1 for impact bonds, for publishing. Tick the parts that are public; the parts left out are not written to the file. The participant ledger is never exported.</source>
        <translation>Kontrakten i formatet til INDIGO, datastandarden for resultatkontrakter (versjon %1), klar til publisering. Kryss av for delene som er offentlige; delene uten kryss skrives ikke til filen. Deltakerregisteret eksporteres aldri.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
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
    <message>
        <source>Restore unsaved changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message>
        <source>Effekt Studio was closed while %1 had unsaved changes.</source>
        <translation>Effekt Studio ble avsluttet mens %1 hadde ulagrede endringer.</translation>
    </message>
    <message>
        <source>The changes were saved automatically at %1. Do you want to restore them?</source>
        <translation>Endringene ble lagret automatisk %1. Vil du gjenopprette dem?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Prosjektet er allerede åpent</translation>
    </message>
    <message>
        <source>%1 is open by %2 on %3 since %4.</source>
        <translation>%1 er åpnet av %2 på %3 siden %4.</translation>
    </message>
    <message>
        <source>You can open it read-only, and save a copy under another name.</source>
        <translation>Du kan åpne det skrivebeskyttet og lagre en kopi under et annet navn.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>%1 is open by %2 on %3.</source>
        <translation>%1 er åpnet av %2 på %3.</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Vil du lagre endringene i «%1»?</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Ikke lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Skrivebeskyttet fil</translation>
    </message>
    <message>
        <source>“%1” is marked read-only.</source>
        <translation>«%1» er merket skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Effekt Studio does not replace a read-only file. Do you want to save your changes under another name?</source>
        <translation>Effekt Studio erstatter ikke en skrivebeskyttet fil. Vil du lagre endringene under et annet navn?</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;PDF Term Sheet…</source>
        <translation>Avtaleskisse som &amp;PDF …</translation>
    </message>
    <message>
        <source>Statement as CSV for &amp;Norwegian Excel…</source>
        <translation>Oppstilling som CSV for &amp;norsk Excel …</translation>
    </message>
    <message>
        <source>Statement as &amp;International CSV…</source>
        <translation>Oppstilling som &amp;internasjonal CSV …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning …</translation>
    </message>
    <message>
        <source>Cannot export the term sheet</source>
        <translation>Kan ikke eksportere avtaleskissen</translation>
    </message>
    <message>
        <source>Export the term sheet</source>
        <translation>Eksporter avtaleskissen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Eksporterte %1</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>Eksporter oppstilling</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the statement</source>
        <translation>Kan ikke eksportere oppstillingen</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Term sheet</source>
        <translation>Avtaleskisse</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <source>IN&amp;DIGO Open Data…</source>
        <translation>IN&amp;DIGO åpne data …</translation>
    </message>
    <message>
        <source>Cannot export the INDIGO data</source>
        <translation>Kan ikke eksportere INDIGO-dataene</translation>
    </message>
    <message>
        <source>The contract has errors, so it was not exported. Correct them first.</source>
        <translation>Kontrakten har feil, så den ble ikke eksportert. Rett dem først.</translation>
    </message>
    <message>
        <source>Export INDIGO open data</source>
        <translation>Eksporter INDIGO åpne data</translation>
    </message>
    <message>
        <source>INDIGO</source>
        <translation>INDIGO</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Ny fra &amp;mal …</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>Åpne eksem&amp;pel</translation>
    </message>
    <message>
        <source>A new contract from the template “%1”. Save asks where to keep it.</source>
        <translation>En ny kontrakt fra malen «%1». Lagre spør hvor den skal ligge.</translation>
    </message>
    <message>
        <source>A copy of the example “%1”. Save asks where to keep it.</source>
        <translation>En kopi av eksempelet «%1». Lagre spør hvor den skal ligge.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Komme i gang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-arbeidsbok …</translation>
    </message>
    <message>
        <source>Project as &amp;JSON…</source>
        <translation>Prosjektet som &amp;JSON …</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>Kan ikke eksportere arbeidsboken</translation>
    </message>
    <message>
        <source>Cannot export the project as JSON</source>
        <translation>Kan ikke eksportere prosjektet som JSON</translation>
    </message>
    <message>
        <source>Export the Excel workbook</source>
        <translation>Eksporter Excel-arbeidsboken</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Arbeidsbok</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the project as JSON</source>
        <translation>Eksporter prosjektet som JSON</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>The design has errors, so there are no figures to put in the workbook. The Results page lists them; fix them and export again.</source>
        <translation>Designet har feil, så det finnes ingen tall å legge i arbeidsboken. Resultater-siden viser feilene; rett dem og eksporter på nytt.</translation>
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
    <name>effekt::app::StartPage</name>
    <message>
        <source>Welcome to Effekt Studio</source>
        <translation>Velkommen til Effekt Studio</translation>
    </message>
    <message>
        <source>An &lt;b&gt;effektkontrakt&lt;/b&gt; (outcomes contract) pays for results, not for activity: the municipality pays when agreed outcomes for the participants are measured, and investors carry the risk until then.&lt;br&gt;Start with a blank contract, a template or an example; &lt;a href=&quot;help&quot;&gt;the user guide&lt;/a&gt; (F1) explains each step.</source>
        <translation>En &lt;b&gt;effektkontrakt&lt;/b&gt; betaler for resultater, ikke for aktivitet: kommunen betaler når avtalte resultater for deltakerne er målt, og investorene bærer risikoen fram til da.&lt;br&gt;Begynn med en tom kontrakt, en mal eller et eksempel; &lt;a href=&quot;help&quot;&gt;brukerveiledningen&lt;/a&gt; (F1) forklarer hvert steg.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Ny kontrakt</translation>
    </message>
    <message>
        <source>&amp;Blank contract</source>
        <translation>&amp;Tom kontrakt</translation>
    </message>
    <message>
        <source>A new, empty contract with one commissioning municipality</source>
        <translation>En ny, tom kontrakt med én kommune som oppdragsgiver</translation>
    </message>
    <message>
        <source>From a &amp;template:</source>
        <translation>Fra en &amp;mal:</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;ksempler</translation>
    </message>
    <message>
        <source>Re&amp;cent files</source>
        <translation>&amp;Nylig brukte filer</translation>
    </message>
    <message>
        <source>Contracts you open or save are listed here.</source>
        <translation>Kontraktene du åpner eller lagrer, vises her.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Åpne en prosjektfil</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Nylig brukte filer</translation>
    </message>
</context>
<context>
    <name>effekt::app::TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Ny fra mal</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>effekt::views::AssumptionsPage</name>
    <message>
        <source>Edit assumption</source>
        <translation>Endre forutsetning</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Forutsetning</translation>
    </message>
    <message>
        <source>What is assumed, e.g. 2 of 10 would find work anyway</source>
        <translation>Hva som forutsettes, f.eks. at 2 av 10 ville fått jobb uansett</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Hvor tallet kommer fra</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Oppgitt av</translation>
    </message>
    <message>
        <source>Who stated the assumption</source>
        <translation>Hvem som har oppgitt forutsetningen</translation>
    </message>
    <message>
        <source>New assumption</source>
        <translation>Ny forutsetning</translation>
    </message>
    <message>
        <source>Add assumption</source>
        <translation>Legg til forutsetning</translation>
    </message>
    <message>
        <source>Duplicate assumption</source>
        <translation>Dupliser forutsetning</translation>
    </message>
    <message>
        <source>Remove assumption</source>
        <translation>Fjern forutsetning</translation>
    </message>
    <message>
        <source>Move assumption</source>
        <translation>Flytt forutsetning</translation>
    </message>
    <message>
        <source>Assumption log</source>
        <translation>Forutsetningslogg</translation>
    </message>
    <message>
        <source>The assumption log: every assumption behind the figures, with its source and who stated it.</source>
        <translation>Forutsetningsloggen: hver forutsetning bak tallene, med kilde og hvem som har oppgitt den.</translation>
    </message>
</context>
<context>
    <name>effekt::views::CapsPage</name>
    <message>
        <source>Caps on the contract</source>
        <translation>Betalingstak for kontrakten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Total cap</source>
        <translation>Samlet betalingstak</translation>
    </message>
    <message>
        <source>The most the commissioners pay in outcome payments over the whole contract (the betalingstak); empty: no cap</source>
        <translation>Det meste oppdragsgiverne betaler i resultatbetaling over hele kontrakten (betalingstaket); tomt: intet tak</translation>
    </message>
    <message>
        <source>&amp;Total cap on outcome payments:</source>
        <translation>&amp;Samlet tak på resultatbetaling:</translation>
    </message>
    <message>
        <source>Change total cap</source>
        <translation>Endre samlet betalingstak</translation>
    </message>
    <message>
        <source>&amp;Fixed fees count towards the total cap</source>
        <translation>&amp;Faste godtgjørelser teller mot det samlede taket</translation>
    </message>
    <message>
        <source>Fixed fees inside the total cap</source>
        <translation>Faste godtgjørelser innenfor det samlede taket</translation>
    </message>
    <message>
        <source>Whether fixed fees are paid out of the total cap (default: no, they come on top)</source>
        <translation>Om faste godtgjørelser betales innenfor det samlede taket (standard: nei, de kommer i tillegg)</translation>
    </message>
    <message>
        <source>Change fixed fees inside the cap</source>
        <translation>Endre om faste godtgjørelser er innenfor taket</translation>
    </message>
    <message>
        <source>Cap per participant</source>
        <translation>Tak per deltaker</translation>
    </message>
    <message>
        <source>The most paid for one participant, all metrics together (needs a participant ledger); empty: no cap</source>
        <translation>Det meste som betales for én deltaker, alle resultatmål samlet (krever deltakerregister); tomt: intet tak</translation>
    </message>
    <message>
        <source>Cap per &amp;participant:</source>
        <translation>Tak per &amp;deltaker:</translation>
    </message>
    <message>
        <source>Change cap per participant</source>
        <translation>Endre tak per deltaker</translation>
    </message>
    <message>
        <source>Edit fixed fee</source>
        <translation>Endre fast godtgjørelse</translation>
    </message>
    <message>
        <source>last period</source>
        <translation>siste periode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>What the fee is for, e.g. activity payment</source>
        <translation>Hva godtgjørelsen gjelder, f.eks. aktivitetsbetaling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>An amount each period, a share of the provider&apos;s delivery cost, or an amount for each participant who starts</source>
        <translation>Et beløp hver periode, en andel av leverandørens leveransekostnad, eller et beløp for hver deltaker som starter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Per period, or per participant started</source>
        <translation>Per periode, eller per deltaker som starter</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Andel av kostnad</translation>
    </message>
    <message>
        <source>Share of the delivery cost (for that kind)</source>
        <translation>Andel av leveransekostnaden (for den typen)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>First period in which the fee is paid</source>
        <translation>Første periode godtgjørelsen betales</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Last period in which the fee is paid</source>
        <translation>Siste periode godtgjørelsen betales</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Whose intake counts (per participant started)</source>
        <translation>Hvilket inntak som teller (per deltaker som starter)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>Who pays the fee (the first commissioner when none is chosen)</source>
        <translation>Hvem som betaler godtgjørelsen (den første oppdragsgiveren når ingen er valgt)</translation>
    </message>
    <message>
        <source>Fixed fee %1</source>
        <translation>Fast godtgjørelse %1</translation>
    </message>
    <message>
        <source>Add fixed fee</source>
        <translation>Legg til fast godtgjørelse</translation>
    </message>
    <message>
        <source>Duplicate fixed fee</source>
        <translation>Dupliser fast godtgjørelse</translation>
    </message>
    <message>
        <source>Remove fixed fee</source>
        <translation>Fjern fast godtgjørelse</translation>
    </message>
    <message>
        <source>Move fixed fee</source>
        <translation>Flytt fast godtgjørelse</translation>
    </message>
    <message>
        <source>Fixed fees</source>
        <translation>Faste godtgjørelser</translation>
    </message>
    <message>
        <source>Payments made whatever the outcomes: an activity payment, a share of the provider&apos;s cost, or an amount per participant started.</source>
        <translation>Betalinger uansett resultat: en aktivitetsbetaling, en andel av leverandørens kostnad, eller et beløp per deltaker som starter.</translation>
    </message>
    <message>
        <source>Change delivery cost</source>
        <translation>Endre leveransekostnad</translation>
    </message>
    <message>
        <source>Delivery cost per period</source>
        <translation>Leveransekostnad per periode</translation>
    </message>
    <message>
        <source>The provider&apos;s cost of delivering the service in each period; investors fund it until outcome payments come in</source>
        <translation>Leverandørens kostnad ved å levere tjenesten i hver periode; investorene finansierer den til resultatbetalingene kommer inn</translation>
    </message>
    <message>
        <source>The provider&apos;s cost of delivering the service in each period.</source>
        <translation>Leverandørens kostnad ved å levere tjenesten i hver periode.</translation>
    </message>
    <message>
        <source>Delivery cost in %1</source>
        <translation>Leveransekostnad i %1</translation>
    </message>
    <message>
        <source>(several: see the payer split)</source>
        <translation>(flere: se fordelingen mellom betalere)</translation>
    </message>
    <message>
        <source>Change payer split of fixed fee</source>
        <translation>Endre fordelingen av den faste godtgjørelsen mellom betalere</translation>
    </message>
    <message>
        <source>A commissioner or co-payer who pays a share of the fee</source>
        <translation>En oppdragsgiver eller medfinansiør som betaler en andel av godtgjørelsen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>The payer&apos;s share of the fee</source>
        <translation>Betalerens andel av godtgjørelsen</translation>
    </message>
    <message>
        <source>Add payer of fixed fee</source>
        <translation>Legg til betaler av fast godtgjørelse</translation>
    </message>
    <message>
        <source>Remove payer of fixed fee</source>
        <translation>Fjern betaler av fast godtgjørelse</translation>
    </message>
    <message>
        <source>Payer split of the selected fixed fee</source>
        <translation>Fordeling mellom betalere av den valgte faste godtgjørelsen</translation>
    </message>
    <message>
        <source>Payer split of the selected fixed fee (empty: the first commissioner pays 100 %):</source>
        <translation>Fordeling mellom betalere av den valgte faste godtgjørelsen (tom: den første oppdragsgiveren betaler 100 %):</translation>
    </message>
    <message>
        <source>Edit review point</source>
        <translation>Endre kontrollpunkt</translation>
    </message>
    <message>
        <source>Review after</source>
        <translation>Kontroll etter</translation>
    </message>
    <message>
        <source>The period at whose end the results so far are compared with the plan</source>
        <translation>Perioden der resultatene så langt sammenlignes med planen ved periodens slutt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>What is compared with the plan: the improvement of one outcome metric, or the outcome payments earned on all metrics</source>
        <translation>Hva som sammenlignes med planen: forbedringen i ett resultatmål, eller resultatbetalingene som er opptjent for alle resultatmål</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>The outcome metric whose improvement is tested (only for a test of one metric)</source>
        <translation>Resultatmålet der forbedringen testes (bare for testen av ett resultatmål)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(all metrics)</source>
        <extracomment>The metric cell of a review point that tests all outcome payments.</extracomment>
        <translation>(alle resultatmål)</translation>
    </message>
    <message>
        <source>Required share of plan</source>
        <translation>Krav, andel av plan</translation>
    </message>
    <message>
        <source>How much of the plan must be reached by the end of the review period, e.g. 50 %; below it the contract ends there</source>
        <translation>Hvor mye av planen som må være nådd ved slutten av perioden, for eksempel 50 %; under det avsluttes kontrakten der</translation>
    </message>
    <message>
        <source>Add review point</source>
        <translation>Legg til kontrollpunkt</translation>
    </message>
    <message>
        <source>Duplicate review point</source>
        <translation>Kopier kontrollpunkt</translation>
    </message>
    <message>
        <source>Remove review point</source>
        <translation>Fjern kontrollpunkt</translation>
    </message>
    <message>
        <source>Move review point</source>
        <translation>Flytt kontrollpunkt</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Review points and early termination</source>
        <translation>Kontrollpunkter og førtidig avslutning</translation>
    </message>
    <message>
        <source>At a review point the results so far are compared with the plan. If they fall short of the required share, the contract ends after that period: no delivery costs or fixed fees after it, while outcome payments already earned are still paid.</source>
        <translation>Ved et kontrollpunkt sammenlignes resultatene så langt med planen. Når de ikke når den andelen som kreves, avsluttes kontrakten etter den perioden: ingen leveransekostnader eller faste godtgjørelser etter den, mens resultatbetalinger som alt er opptjent, fortsatt betales.</translation>
    </message>
    <message>
        <source>Termination payment</source>
        <translation>Avslutningsbetaling</translation>
    </message>
    <message>
        <source>An amount paid to a named party in the period the contract ends early, e.g. to wind the service down; empty: none</source>
        <translation>Et beløp som betales til en navngitt part i perioden kontrakten avsluttes før tiden, for eksempel for å avvikle tjenesten; tomt: ingen</translation>
    </message>
    <message>
        <source>Termination pa&amp;yment:</source>
        <translation>Avslutnings&amp;betaling:</translation>
    </message>
    <message>
        <source>Change termination payment</source>
        <translation>Endre avslutningsbetaling</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Betales til</translation>
    </message>
    <message>
        <source>The party who receives the termination payment</source>
        <translation>Parten som mottar avslutningsbetalingen</translation>
    </message>
    <message>
        <source>Pai&amp;d to:</source>
        <translation>Betales &amp;til:</translation>
    </message>
    <message>
        <source>Change receiver of termination payment</source>
        <translation>Endre mottaker av avslutningsbetalingen</translation>
    </message>
    <message>
        <source>&amp;Carry what a payer&apos;s cap per budget year cuts to later years</source>
        <translation>&amp;Overfør det en betalers tak per budsjettår kutter, til senere år</translation>
    </message>
    <message>
        <source>Carry year-cap cuts</source>
        <translation>Overfør det årstaket kutter</translation>
    </message>
    <message>
        <source>What a payer&apos;s cap per budget year (Parties page) cuts is paid in the first period of a later year, as far as that year&apos;s cap leaves room after its own payments; what is still owed at the contract&apos;s last payment is lost. Unticked (the default), what the cap cuts is lost.</source>
        <translation>Det en betalers tak per budsjettår (siden Parter) kutter, betales i første periode av et senere år, så langt det årets tak gir rom etter årets egne betalinger; det som fortsatt skyldes ved kontraktens siste betaling, er tapt. Uten avkrysning (standard) er det taket kutter, tapt.</translation>
    </message>
    <message>
        <source>Change carrying of year-cap cuts</source>
        <translation>Endre overføring av det årstaket kutter</translation>
    </message>
    <message>
        <source>Price indexation</source>
        <translation>Indeksregulering</translation>
    </message>
    <message>
        <source>Prices per unit, tier amounts, milestone amounts and fixed fees are stated in the base year&apos;s money and rise by the rate each calendar year after it (indeksregulering, e.g. by the consumer price index). Shares of savings and of delivery cost, the caps and the termination payment stay as stated.</source>
        <translation>Pris per enhet, trinnbeløp, milepælsbeløp og faste godtgjørelser oppgis i basisårets kroner og stiger med satsen hvert kalenderår etter det (indeksregulering, for eksempel etter konsumprisindeksen). Andeler av innsparing og av leveransekostnad, betalingstakene og avslutningsbetalingen står som oppgitt.</translation>
    </message>
    <message>
        <source>Price increase a year</source>
        <translation>Prisstigning per år</translation>
    </message>
    <message>
        <source>The rate the contract&apos;s prices rise by each calendar year after the base year, e.g. the assumed consumer price index; 0: prices stay as stated</source>
        <translation>Satsen kontraktens priser stiger med hvert kalenderår etter basisåret, for eksempel antatt vekst i konsumprisindeksen; 0: prisene står som oppgitt</translation>
    </message>
    <message>
        <source>Price &amp;increase a year (%):</source>
        <translation>&amp;Prisstigning per år (%):</translation>
    </message>
    <message>
        <source>Change price increase a year</source>
        <translation>Endre prisstigning per år</translation>
    </message>
    <message>
        <source>the start&apos;s year</source>
        <translation>startåret</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Basisår</translation>
    </message>
    <message>
        <source>The year whose money the prices are stated in: they rise from the next year on; the lowest choice takes the year the contract starts</source>
        <translation>Året hvis kroneverdi prisene er oppgitt i: de stiger fra året etter; det laveste valget tar året kontrakten starter</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>B&amp;asisår:</translation>
    </message>
    <message>
        <source>Change base year of price indexation</source>
        <translation>Endre basisår for indeksregulering</translation>
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
    <message>
        <source>%1 is not a file (a folder, a pipe or a device), so nothing was written there. Choose another name.</source>
        <translation>%1 er ikke en fil (men en mappe, et rør eller en enhet), så ingenting ble skrevet der. Velg et annet navn.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left as it was. Choose another name, or remove the read-only mark first.</source>
        <translation>%1 er skrivebeskyttet og ble latt være som den var. Velg et annet navn, eller fjern skrivebeskyttelsen først.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to. Choose another folder.</source>
        <translation>Det kan ikke skrives i mappen til %1. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>%1 could not be written (the disk may be full). Nothing was changed.</source>
        <translation>%1 kunne ikke skrives (disken kan være full). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
</context>
<context>
    <name>effekt::views::CohortTestsModel</name>
    <message>
        <source>cohort %1</source>
        <translation>kohort %1</translation>
    </message>
    <message>
        <source>Final settlement (all cohorts)</source>
        <translation>Sluttoppgjør (alle kohortene)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>The period of achievement; the settlement&apos;s period pools all periods up to it</source>
        <translation>Perioden resultatet ble oppnådd i; oppgjørsperioden samler alle periodene til og med den</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The cohort&apos;s observed value a(t)</source>
        <translation>Kohortens observerte verdi a(t)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observert</translation>
    </message>
    <message>
        <source>The cohort&apos;s comparison group b(t)</source>
        <translation>Kohortens sammenligningsgruppe b(t)</translation>
    </message>
    <message>
        <source>Comparison group</source>
        <translation>Sammenligningsgruppe</translation>
    </message>
    <message>
        <source>Improvement units: the improvement over the comparison group (pooled for the settlement)</source>
        <translation>Forbedringsenheter: forbedringen over sammenligningsgruppen (samlet for oppgjøret)</translation>
    </message>
    <message>
        <source>Improvement units</source>
        <translation>Forbedringsenheter</translation>
    </message>
    <message>
        <source>The improvement as a percentage of the comparison group&apos;s value (x)</source>
        <translation>Forbedringen i prosent av sammenligningsgruppens verdi (x)</translation>
    </message>
    <message>
        <source>Improvement (%)</source>
        <translation>Forbedring (%)</translation>
    </message>
    <message>
        <source>The improvement the cohort (or the pooled cohorts) must reach</source>
        <translation>Forbedringen kohorten (eller kohortene samlet) må nå</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Terskel (%)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Units paid for: a cohort&apos;s units when it passed; for the settlement, the pooled units less those the cohort tests already counted (before caps)</source>
        <translation>Enheter det betales for: kohortens enheter når den bestod; for oppgjøret de samlede enhetene minus dem kohorttestene alt har regnet med (før tak)</translation>
    </message>
    <message>
        <source>Units paid</source>
        <translation>Enheter betalt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Pooled improvement units %1, less %2 already counted by the cohort tests</source>
        <translation>Samlede forbedringsenheter %1, minus %2 som kohorttestene alt har regnet med</translation>
    </message>
    <message>
        <source>The comparison group&apos;s value is 0, so there is no relative improvement: the test is not passed</source>
        <translation>Sammenligningsgruppens verdi er 0, så det finnes ingen relativ forbedring: testen er ikke bestått</translation>
    </message>
</context>
<context>
    <name>effekt::views::DiagnosticsListPanel</name>
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
    <message>
        <source>Not changed: %1</source>
        <translation>Ikke endret: %1</translation>
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
    <message>
        <source>This row is the sum of the metric&apos;s cohorts: fill a cohort&apos;s row instead.</source>
        <translation>Denne raden er summen av resultatmålets kohorter: fyll en kohorts rad i stedet.</translation>
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
    <name>effekt::views::InvestmentPage</name>
    <message>
        <source>Edit investor</source>
        <translation>Endre investor</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>A party with the role investor</source>
        <translation>En part med rollen investor</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Tilsagn</translation>
    </message>
    <message>
        <source>The most the investor will fund</source>
        <translation>Det meste investoren vil finansiere</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Transje</translation>
    </message>
    <message>
        <source>Senior investors are repaid before subordinate ones</source>
        <translation>Seniorinvestorer tilbakebetales før ansvarlige (underordnede)</translation>
    </message>
    <message>
        <source>Coupon a year</source>
        <translation>Kupong per år</translation>
    </message>
    <message>
        <source>Annual interest on principal outstanding (0 %: none)</source>
        <translation>Årlig rente på utestående hovedstol (0 %: ingen)</translation>
    </message>
    <message>
        <source>Return cap (× drawn)</source>
        <translation>Avkastningstak (× trukket)</translation>
    </message>
    <message>
        <source>The most the investor gets back, as a multiple of capital drawn (e.g. 1,3); empty: no cap</source>
        <translation>Det meste investoren får tilbake, som multiplum av trukket kapital (f.eks. 1,3); tomt: intet tak</translation>
    </message>
    <message>
        <source>Guaranteed share</source>
        <translation>Garantert andel</translation>
    </message>
    <message>
        <source>Share of principal drawn that the guarantor covers if it is not repaid</source>
        <translation>Andelen av trukket hovedstol som garantisten dekker hvis den ikke tilbakebetales</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garantist</translation>
    </message>
    <message>
        <source>A party with the role guarantor</source>
        <translation>En part med rollen garantist</translation>
    </message>
    <message>
        <source>Add investor</source>
        <translation>Legg til investor</translation>
    </message>
    <message>
        <source>Duplicate investor</source>
        <translation>Dupliser investor</translation>
    </message>
    <message>
        <source>Remove investor</source>
        <translation>Fjern investor</translation>
    </message>
    <message>
        <source>Move investor</source>
        <translation>Flytt investor</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investorer</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Reserve share</source>
        <translation>Reserveandel</translation>
    </message>
    <message>
        <source>Share of the delivery costs still to come that the account keeps back before repaying investors (100 %: outcome payments are recycled into delivery first; 0 %: every surplus is paid out at once)</source>
        <translation>Andelen av gjenstående leveransekostnader som kontoen holder tilbake før investorene tilbakebetales (100 %: resultatbetalinger brukes først til leveransen; 0 %: hvert overskudd utbetales straks)</translation>
    </message>
    <message>
        <source>&amp;Reserve for remaining costs (%):</source>
        <translation>&amp;Reserve for gjenstående kostnader (%):</translation>
    </message>
    <message>
        <source>Change reserve share</source>
        <translation>Endre reserveandel</translation>
    </message>
    <message>
        <source>Provider incentive share</source>
        <translation>Leverandørens insentivandel</translation>
    </message>
    <message>
        <source>Share of what is left after investors are repaid and their return is capped that goes to the provider; the rest the commissioner does not pay</source>
        <translation>Andelen av det som er igjen etter at investorene er tilbakebetalt og avkastningen har nådd taket, som går til leverandøren; resten betaler ikke oppdragsgiveren</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s incentive share (%):</source>
        <translation>&amp;Leverandørens insentivandel (%):</translation>
    </message>
    <message>
        <source>Change provider incentive share</source>
        <translation>Endre leverandørens insentivandel</translation>
    </message>
    <message>
        <source>Investors fund the provider&apos;s delivery up front and are repaid from outcome payments: senior tranche first, then subordinate, then a return up to each investor&apos;s cap.</source>
        <translation>Investorene forskutterer leverandørens leveranse og tilbakebetales av resultatbetalingene: først seniortransjen, så den ansvarlige, så avkastning opp til hver investors tak.</translation>
    </message>
    <message>
        <source>Add the investor on the Parties page first: an investor row names a party.</source>
        <translation>Legg først inn investoren på siden Parter: en investorrad viser til en part.</translation>
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
        <source>The investors&apos; cash flow has no rate of return: its present value never reaches zero.</source>
        <translation>Investorenes kontantstrøm har ingen internrente: nåverdien når aldri null.</translation>
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
        <source>No limit</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>a metric has no cap and the contract no total cap; the capped metrics: %1</source>
        <translation>et resultatmål har ikke tak og kontrakten ikke samlet tak; resultatmålene med tak: %1</translation>
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
        <source>Rests on a flagged value: %1</source>
        <translation>Bygger på en verdi med advarsel: %1</translation>
    </message>
    <message>
        <source>Show the first problem</source>
        <translation>Vis det første problemet</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s): no key figures until they are fixed.</source>
        <translation>
            <numerusform>Utformingen har %n feil: ingen nøkkeltall før den er rettet.</numerusform>
            <numerusform>Utformingen har %n feil: ingen nøkkeltall før de er rettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n warning(s): check the figures against them.</source>
        <translation>
            <numerusform>Med %n advarsel: kontroller tallene mot den.</numerusform>
            <numerusform>Med %n advarsler: kontroller tallene mot dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>tap %1</translation>
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
            <numerusform>Fjern %n rad fra deltakerregisteret</numerusform>
            <numerusform>Fjern %n rader fra deltakerregisteret</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a national identity number: the ledger may hold pseudonyms only, and no personal data.</source>
        <translation>Dette er et fødselsnummer: deltakerregisteret kan bare inneholde pseudonymer, ingen personopplysninger.</translation>
    </message>
    <message>
        <source>Units can be at most %1.</source>
        <translation>Enheter kan være høyst %1.</translation>
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
    <message>
        <source>No rows yet. Add rows one by one, or import a CSV file whose first row names the columns: participant;metric;period;units.</source>
        <translation>Ingen rader ennå. Legg til rader én og én, eller importer en CSV-fil der første rad navngir kolonnene: deltaker;resultatmål;periode;enheter.</translation>
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
            <numerusform>%n rader avvist fordi de inneholder fødselsnummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger Import: %1</source>
        <translation>Import til deltakerregisteret: %1</translation>
    </message>
    <message>
        <source>Filter by participant, metric, period or units</source>
        <translation>Filtrer på deltaker, resultatmål, periode eller enheter</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer rader</translation>
    </message>
    <message>
        <source>Shows only the rows with this text in a column. Click a column header to sort by it; a third click returns to the ledger&apos;s order.</source>
        <translation>Viser bare radene som har denne teksten i en kolonne. Klikk på en kolonneoverskrift for å sortere etter den; tredje klikk gir registerets egen rekkefølge igjen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 av %n rad vises</numerusform>
            <numerusform>%1 av %n rader vises</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled: nothing was imported.</source>
        <translation>Importen av %1 ble avbrutt: ingenting ble importert.</translation>
    </message>
    <message>
        <source>The project changed while %1 was being read, so nothing was imported. Import the file again?</source>
        <translation>Prosjektet ble endret mens %1 ble lest, så ingenting ble importert. Vil du importere filen på nytt?</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the project changed while the file was being read.</source>
        <translation>Ingenting ble importert fra %1: prosjektet ble endret mens filen ble lest.</translation>
    </message>
</context>
<context>
    <name>effekt::views::MetricsDesignPage</name>
    <message>
        <source>Rename metric</source>
        <translation>Gi resultatmålet nytt navn</translation>
    </message>
    <message>
        <source>Outcome metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>The outcome that is measured and paid for</source>
        <translation>Resultatet som måles og betales for</translation>
    </message>
    <message>
        <source>Payment rule</source>
        <translation>Betalingsregel</translation>
    </message>
    <message>
        <source>How the metric is paid for</source>
        <translation>Hvordan resultatmålet betales</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Resultatmål %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Legg til resultatmål</translation>
    </message>
    <message>
        <source>Duplicate metric</source>
        <translation>Dupliser resultatmål</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Fjern resultatmål</translation>
    </message>
    <message>
        <source>Move metric</source>
        <translation>Flytt resultatmål</translation>
    </message>
    <message>
        <source>Outcome metrics</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Hva som måles</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Navn på resultatmålet</translation>
    </message>
    <message>
        <source>A short name of the outcome, e.g. In work for 13 weeks</source>
        <translation>Et kort navn på resultatet, f.eks. I arbeid i 13 uker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisjon</translation>
    </message>
    <message>
        <source>Exactly what counts as an outcome, so that the evaluator can verify it</source>
        <translation>Nøyaktig hva som teller som et resultat, slik at evaluatoren kan verifisere det</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definisjon:</translation>
    </message>
    <message>
        <source>Change metric definition</source>
        <translation>Endre definisjonen av resultatmålet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>What one unit of the observed value is: people, events, days, money or per cent</source>
        <translation>Hva én enhet av den observerte verdien er: personer, hendelser, dager, penger eller prosent</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Endre enhet</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Whether an improvement is a higher value than the counterfactual (people in work) or a lower one (days in care)</source>
        <translation>Om en forbedring er en høyere verdi enn nullalternativet (personer i arbeid) eller en lavere (døgn i omsorg)</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>Endre retning</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validering:</translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation>Valideringsmetode</translation>
    </message>
    <message>
        <source>How the evaluator establishes the outcome and its counterfactual</source>
        <translation>Hvordan evaluatoren fastslår resultatet og nullalternativet</translation>
    </message>
    <message>
        <source>Change validation method</source>
        <translation>Endre valideringsmetode</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Where the measurements come from, e.g. NAV&apos;s register of employment</source>
        <translation>Hvor målingene kommer fra, f.eks. NAVs arbeidstakerregister</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Data&amp;kilde:</translation>
    </message>
    <message>
        <source>Change data source</source>
        <translation>Endre datakilde</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>The cohort the metric measures (needed for amounts per cohort member)</source>
        <translation>Kohorten resultatmålet måler (trengs for beløp per kohortmedlem)</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>K&amp;ohort:</translation>
    </message>
    <message>
        <source>Change cohort of metric</source>
        <translation>Endre kohort for resultatmålet</translation>
    </message>
    <message>
        <source>Rule &amp;type:</source>
        <translation>Regel&amp;type:</translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation>Regeltype</translation>
    </message>
    <message>
        <source>Per unit: a price for each unit of improvement. Tiered: an amount for each level reached. Share of savings: a share of the money saved. Milestone: a fixed amount once.</source>
        <translation>Per enhet: en pris for hver forbedringsenhet. Trinnvis: et beløp for hvert nivå som nås. Andel av innsparing: en andel av pengene som spares. Milepæl: et fast beløp én gang.</translation>
    </message>
    <message>
        <source>Change rule type</source>
        <translation>Endre regeltype</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Price per unit:</source>
        <translation>&amp;Pris per enhet:</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Pris per enhet</translation>
    </message>
    <message>
        <source>Paid for each unit of improvement over the counterfactual (the rate card)</source>
        <translation>Betales for hver forbedringsenhet over nullalternativet (prislisten)</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Terskelverdi:</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskelverdi</translation>
    </message>
    <message>
        <source>Change threshold</source>
        <translation>Endre terskelverdi</translation>
    </message>
    <message>
        <source>Minimum units:</source>
        <translation>Minste antall enheter:</translation>
    </message>
    <message>
        <source>Minimum improvement units</source>
        <translation>Minste antall forbedringsenheter</translation>
    </message>
    <message>
        <source>Improvement units a period must reach before anything is paid for it</source>
        <translation>Forbedringsenheter en periode må nå før noe betales for den</translation>
    </message>
    <message>
        <source>Minimum improvement (%):</source>
        <translation>Minste forbedring (%):</translation>
    </message>
    <message>
        <source>Minimum relative improvement</source>
        <translation>Minste relative forbedring</translation>
    </message>
    <message>
        <source>Improvement as a percentage of the counterfactual a period must reach before anything is paid for it</source>
        <translation>Forbedring i prosent av nullalternativet som en periode må nå før noe betales for den</translation>
    </message>
    <message>
        <source>Change volume band</source>
        <translation>Endre volumintervall</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Fra enhet</translation>
    </message>
    <message>
        <source>The band&apos;s price applies to units paid over the contract above this number (the first band starts at 0)</source>
        <translation>Intervallets pris gjelder enheter betalt over kontrakten utover dette antallet (det første intervallet starter på 0)</translation>
    </message>
    <message>
        <source>The price of each unit in this band</source>
        <translation>Prisen for hver enhet i dette intervallet</translation>
    </message>
    <message>
        <source>Add volume band</source>
        <translation>Legg til volumintervall</translation>
    </message>
    <message>
        <source>Remove volume band</source>
        <translation>Fjern volumintervall</translation>
    </message>
    <message>
        <source>Volume bands</source>
        <translation>Volumintervaller</translation>
    </message>
    <message>
        <source>Volume bands (optional): the price depends on how many units have been paid over the whole contract.</source>
        <translation>Volumintervaller (valgfritt): prisen avhenger av hvor mange enheter som er betalt over hele kontrakten.</translation>
    </message>
    <message>
        <source>&amp;Levels of:</source>
        <translation>&amp;Nivåer av:</translation>
    </message>
    <message>
        <source>Tier basis</source>
        <translation>Grunnlag for trinn</translation>
    </message>
    <message>
        <source>Whether the levels are of the relative improvement over the counterfactual (a percentage) or of the observed value itself</source>
        <translation>Om nivåene gjelder den relative forbedringen over nullalternativet (en prosent) eller selve den observerte verdien</translation>
    </message>
    <message>
        <source>Change tier basis</source>
        <translation>Endre grunnlag for trinn</translation>
    </message>
    <message>
        <source>&amp;Between levels:</source>
        <translation>&amp;Mellom nivåene:</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>Trinnmåte</translation>
    </message>
    <message>
        <source>Pay the amount of the highest level reached, or interpolate linearly between levels</source>
        <translation>Betal beløpet for høyeste nivå som er nådd, eller interpoler lineært mellom nivåene</translation>
    </message>
    <message>
        <source>Change tier mode</source>
        <translation>Endre trinnmåte</translation>
    </message>
    <message>
        <source>&amp;Amount is:</source>
        <translation>&amp;Beløpet er:</translation>
    </message>
    <message>
        <source>Tier amount basis</source>
        <translation>Grunnlag for trinnbeløp</translation>
    </message>
    <message>
        <source>The amount is paid once per period measured, or for each member of the metric&apos;s cohort</source>
        <translation>Beløpet betales én gang per målte periode, eller for hvert medlem av resultatmålets kohort</translation>
    </message>
    <message>
        <source>Change tier amount basis</source>
        <translation>Endre grunnlag for trinnbeløp</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Endre trinn</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Legg til trinn</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Fjern trinn</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>&amp;Share of savings (%):</source>
        <translation>&amp;Andel av innsparing (%):</translation>
    </message>
    <message>
        <source>Share of savings</source>
        <translation>Andel av innsparing</translation>
    </message>
    <message>
        <source>The share of the money saved (the improvement over the counterfactual) that is paid</source>
        <translation>Andelen av pengene som spares (forbedringen over nullalternativet) som betales</translation>
    </message>
    <message>
        <source>Change share of savings</source>
        <translation>Endre andel av innsparing</translation>
    </message>
    <message>
        <source>S&amp;econd share (%):</source>
        <translation>A&amp;ndre andel (%):</translation>
    </message>
    <message>
        <source>Second share</source>
        <translation>Andre andel</translation>
    </message>
    <message>
        <source>Change second share</source>
        <translation>Endre andre andel</translation>
    </message>
    <message>
        <source>Second share &amp;from:</source>
        <translation>Andre andel &amp;fra:</translation>
    </message>
    <message>
        <source>Second share applies from</source>
        <translation>Andre andel gjelder fra</translation>
    </message>
    <message>
        <source>Cumulative payments on this metric from which the second share applies</source>
        <translation>Samlede betalinger for dette resultatmålet fra og med der den andre andelen gjelder</translation>
    </message>
    <message>
        <source>Change second share threshold</source>
        <translation>Endre grensen for andre andel</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>Milestone amount</source>
        <translation>Milepælsbeløp</translation>
    </message>
    <message>
        <source>Paid once, in the first period in which the observed value is 1 or more</source>
        <translation>Betales én gang, i den første perioden der den observerte verdien er 1 eller mer</translation>
    </message>
    <message>
        <source>Change milestone amount</source>
        <translation>Endre milepælsbeløp</translation>
    </message>
    <message>
        <source>Caps, lag and payers</source>
        <translation>Tak, forsinkelse og betalere</translation>
    </message>
    <message>
        <source>&amp;Cap on payments:</source>
        <translation>&amp;Tak på betalinger:</translation>
    </message>
    <message>
        <source>Cap on the metric&apos;s payments</source>
        <translation>Tak på resultatmålets betalinger</translation>
    </message>
    <message>
        <source>The most this metric pays over the whole contract; leave empty for no cap</source>
        <translation>Det meste dette resultatmålet betaler over hele kontrakten; la stå tomt for intet tak</translation>
    </message>
    <message>
        <source>Change cap on payments</source>
        <translation>Endre tak på betalinger</translation>
    </message>
    <message>
        <source>Cap on &amp;units:</source>
        <translation>Tak på &amp;enheter:</translation>
    </message>
    <message>
        <source>Cap on paid units</source>
        <translation>Tak på betalte enheter</translation>
    </message>
    <message>
        <source>The most improvement units paid for over the whole contract; leave empty for no cap</source>
        <translation>Det meste antall forbedringsenheter som betales over hele kontrakten; la stå tomt for intet tak</translation>
    </message>
    <message>
        <source>Change cap on units</source>
        <translation>Endre tak på enheter</translation>
    </message>
    <message>
        <source>Payment lag</source>
        <translation>Betalingsforsinkelse</translation>
    </message>
    <message>
        <source>Periods between achieving an outcome and paying for it (verification takes time)</source>
        <translation>Perioder fra et resultat oppnås til det betales (verifisering tar tid)</translation>
    </message>
    <message>
        <source>Payment &amp;lag (periods):</source>
        <translation>Betalings&amp;forsinkelse (perioder):</translation>
    </message>
    <message>
        <source>Change payment lag</source>
        <translation>Endre betalingsforsinkelse</translation>
    </message>
    <message>
        <source>Pay at most &amp;once per participant</source>
        <translation>Betal høyst &amp;én gang per deltaker</translation>
    </message>
    <message>
        <source>Once per participant</source>
        <translation>Én gang per deltaker</translation>
    </message>
    <message>
        <source>With a participant ledger: each participant counts at most once for this metric</source>
        <translation>Med deltakerregister: hver deltaker teller høyst én gang for dette resultatmålet</translation>
    </message>
    <message>
        <source>Change once per participant</source>
        <translation>Endre én gang per deltaker</translation>
    </message>
    <message>
        <source>Change payer split</source>
        <translation>Endre fordeling mellom betalere</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>A commissioner or co-payer who pays a share</source>
        <translation>En oppdragsgiver eller medfinansiør som betaler en andel</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>The payer&apos;s share of this metric&apos;s payments</source>
        <translation>Betalerens andel av resultatmålets betalinger</translation>
    </message>
    <message>
        <source>Add payer</source>
        <translation>Legg til betaler</translation>
    </message>
    <message>
        <source>Remove payer</source>
        <translation>Fjern betaler</translation>
    </message>
    <message>
        <source>Payer split</source>
        <translation>Fordeling mellom betalere</translation>
    </message>
    <message>
        <source>Payer split (empty: the first commissioner pays 100 %):</source>
        <translation>Fordeling mellom betalere (tom: den første oppdragsgiveren betaler 100 %):</translation>
    </message>
    <message>
        <source>No outcome metrics yet. Add one to say what is measured and what it pays.</source>
        <translation>Ingen resultatmål ennå. Legg til ett for å si hva som måles og hva det betaler.</translation>
    </message>
    <message>
        <source>Improvement (%)</source>
        <translation>Forbedring (%)</translation>
    </message>
    <message>
        <source>Observed value</source>
        <translation>Observert verdi</translation>
    </message>
    <message>
        <source>Relative improvement over the counterfactual at which the tier starts</source>
        <translation>Relativ forbedring over nullalternativet der trinnet starter</translation>
    </message>
    <message>
        <source>Observed value at which the tier starts</source>
        <translation>Observert verdi der trinnet starter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Paid when this level is reached</source>
        <translation>Betales når dette nivået er nådd</translation>
    </message>
    <message>
        <source>✓ The shares add up to 100 %.</source>
        <translation>✓ Andelene summerer seg til 100 %.</translation>
    </message>
    <message>
        <source>⚠ The shares add up to %1, not 100 %.</source>
        <translation>⚠ Andelene summerer seg til %1, ikke 100 %.</translation>
    </message>
    <message>
        <source>The first commissioner pays 100 %.</source>
        <translation>Den første oppdragsgiveren betaler 100 %.</translation>
    </message>
    <message>
        <source>Evaluation strength</source>
        <translation>Evalueringsstyrke</translation>
    </message>
    <message>
        <source>Whether a comparison of two groups of the cohort&apos;s planned size can tell the planned effect from chance (80 % power, 5 % significance)</source>
        <translation>Om en sammenligning av to grupper på kohortens planlagte størrelse kan skille den planlagte effekten fra tilfeldigheter (80 % styrke, 5 % signifikansnivå)</translation>
    </message>
    <message>
        <source>Smallest detectable effect:</source>
        <translation>Minste påvisbare effekt:</translation>
    </message>
    <message>
        <source>The smallest difference in the share of people with the outcome between the two groups that the evaluation can tell from chance (the minimum detectable effect, MDE)</source>
        <translation>Den minste forskjellen i andelen personer med resultatet mellom de to gruppene som evalueringen kan skille fra tilfeldigheter (minste påvisbare effekt, MDE)</translation>
    </message>
    <message>
        <source>Planned effect:</source>
        <translation>Planlagt effekt:</translation>
    </message>
    <message>
        <source>The difference the plan promises: the share of the cohort with the outcome under the plan minus the share under the counterfactual, over the contract</source>
        <translation>Forskjellen planen lover: andelen av kohorten med resultatet etter planen minus andelen etter nullalternativet, over hele kontrakten</translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation>Gruppestørrelse:</translation>
    </message>
    <message>
        <source>People in each group: the planned size of the metric&apos;s cohort, or of the target group when the metric names no cohort, and a comparison group as large</source>
        <translation>Personer i hver gruppe: den planlagte størrelsen på resultatmålets kohort, eller på målgruppen når resultatmålet ikke har kohort, og en like stor sammenligningsgruppe</translation>
    </message>
    <message>
        <source>To make the effect measurable: evaluate more people (a larger cohort, with the plan and the counterfactual counted for all of them), follow them for longer, or agree another validation method with the evaluator.</source>
        <translation>Slik kan effekten bli målbar: evaluer flere personer (en større kohort, med plan og nullalternativ regnet for alle), følg dem lenger, eller avtal en annen valideringsmetode med evaluatoren.</translation>
    </message>
    <message>
        <source>The smallest effect the evaluation can detect is worked out for metrics counted in people.</source>
        <translation>Den minste effekten evalueringen kan påvise, regnes ut for resultatmål som teller personer.</translation>
    </message>
    <message>
        <source>Give the cohort (or the target group) a planned size to see whether the evaluation can detect the planned effect.</source>
        <translation>Gi kohorten (eller målgruppen) en planlagt størrelse for å se om evalueringen kan påvise den planlagte effekten.</translation>
    </message>
    <message>
        <source>The plan or the counterfactual counts more people than the cohort holds, so the evaluation&apos;s strength cannot be worked out.</source>
        <translation>Planen eller nullalternativet teller flere personer enn kohorten har, så evalueringsstyrken kan ikke regnes ut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in each group (the cohort %1)</source>
        <translation>
            <numerusform>%Ln person i hver gruppe (kohorten %1)</numerusform>
            <numerusform>%Ln personer i hver gruppe (kohorten %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in each group (the target group)</source>
        <translation>
            <numerusform>%Ln person i hver gruppe (målgruppen)</numerusform>
            <numerusform>%Ln personer i hver gruppe (målgruppen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The planned effect (%1) is smaller than the evaluation can detect (%2): a real effect may go unmeasured and unpaid, a risk for the investors as much as for the commissioner.</source>
        <translation>Den planlagte effekten (%1) er mindre enn evalueringen kan påvise (%2): en reell effekt kan bli verken målt eller betalt, en risiko for investorene like mye som for oppdragsgiveren.</translation>
    </message>
    <message>
        <source>✓ The evaluation can detect the planned effect.</source>
        <translation>✓ Evalueringen kan påvise den planlagte effekten.</translation>
    </message>
    <message>
        <source>Below the threshold nothing is paid for the period: a minimum number of improvement units, a minimum improvement relative to the counterfactual, or both</source>
        <translation>Under terskelen betales ingenting for perioden: et minste antall forbedringsenheter, en minste forbedring i forhold til nullalternativet, eller begge deler</translation>
    </message>
    <message>
        <source>Optional: the share paid once the metric&apos;s payments reach a sum, or once the investors have received their principal plus a return (e.g. 95 % until investors are repaid, then 40 %)</source>
        <translation>Valgfritt: andelen som betales når resultatmålets betalinger når en sum, eller når investorene har fått hovedstolen sin pluss avkastning (f.eks. 95 % til investorene er tilbakebetalt, deretter 40 %)</translation>
    </message>
    <message>
        <source>Second share be&amp;gins:</source>
        <translation>Andre andel be&amp;gynner:</translation>
    </message>
    <message>
        <source>Second share starts</source>
        <translation>Andre andel starter</translation>
    </message>
    <message>
        <source>When the second share starts: once this metric&apos;s cumulative payments reach a sum, or once every investor has received the capital drawn plus a return a year, judged on the account at the end of the period before</source>
        <translation>Når den andre andelen starter: når de samlede betalingene for dette resultatmålet når en sum, eller når hver investor har fått tilbake innskutt kapital pluss en avkastning per år, vurdert på kontoen ved slutten av perioden før</translation>
    </message>
    <message>
        <source>Change when the second share starts</source>
        <translation>Endre når andre andel starter</translation>
    </message>
    <message>
        <source>&amp;Investors&apos; return a year (%):</source>
        <translation>&amp;Investorenes avkastning per år (%):</translation>
    </message>
    <message>
        <source>Investors&apos; return a year</source>
        <translation>Investorenes avkastning per år</translation>
    </message>
    <message>
        <source>The second share starts once every investor has received the capital drawn plus this return a year on it (simple interest on what is outstanding)</source>
        <translation>Den andre andelen starter når hver investor har fått tilbake innskutt kapital pluss denne avkastningen per år på den (enkel rente på det som står ute)</translation>
    </message>
    <message>
        <source>Change investors&apos; return</source>
        <translation>Endre investorenes avkastning</translation>
    </message>
    <message>
        <source>Tested cohort by cohort: each cohort&apos;s own threshold applies (below), not a threshold of the metric.</source>
        <translation>Testet kohort for kohort: hver kohorts egen terskel gjelder (nedenfor), ikke en terskel for resultatmålet.</translation>
    </message>
    <message>
        <source>Tested cohort by cohort</source>
        <translation>Testet kohort for kohort</translation>
    </message>
    <message>
        <source>Each cohort that takes part is measured against its own comparison group, and its improvement units are paid in a period only when it reaches its threshold. Enter each cohort&apos;s plan, actual and counterfactual on the Outcome data page; the metric&apos;s own values are then their sums.</source>
        <translation>Hver kohort som er med, måles mot sin egen sammenligningsgruppe, og forbedringsenhetene dens betales i en periode bare når den når terskelen sin. Legg inn hver kohorts plan, faktiske tall og nullalternativ på siden Resultatdata; resultatmålets egne verdier er da summene av dem.</translation>
    </message>
    <message>
        <source>Change cohort test</source>
        <translation>Endre kohorttest</translation>
    </message>
    <message>
        <source>A cohort of the target group, tested on its own outcome data</source>
        <translation>En kohort i målgruppen, testet på sine egne resultatdata</translation>
    </message>
    <message>
        <source>(unknown cohort %1)</source>
        <translation>(ukjent kohort %1)</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Terskel (%)</translation>
    </message>
    <message>
        <source>The cohort&apos;s improvement over its comparison group, as a percentage of the comparison group&apos;s value, that it must reach in a period for its units to be paid (0: paid without a test)</source>
        <translation>Kohortens forbedring over sammenligningsgruppen, i prosent av sammenligningsgruppens verdi, som den må nå i en periode for at enhetene dens skal betales (0: betales uten test)</translation>
    </message>
    <message numerus="yes">
        <source>Stop testing “%1” on its own for this metric? Its outcome data (%n value(s)) will be removed.</source>
        <translation>
            <numerusform>Slutte å teste «%1» for seg for dette resultatmålet? Resultatdataene (%n verdi) blir fjernet.</numerusform>
            <numerusform>Slutte å teste «%1» for seg for dette resultatmålet? Resultatdataene (%n verdier) blir fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test a cohort on its own</source>
        <translation>Test en kohort for seg</translation>
    </message>
    <message>
        <source>Stop testing a cohort on its own</source>
        <translation>Slutt å teste en kohort for seg</translation>
    </message>
    <message>
        <source>Move cohort test</source>
        <translation>Flytt kohorttest</translation>
    </message>
    <message>
        <source>Cohort tests</source>
        <translation>Kohorttester</translation>
    </message>
    <message>
        <source>Final settle&amp;ment over all cohorts together</source>
        <translation>Sluttoppgjør over alle ko&amp;hortene samlet</translation>
    </message>
    <message>
        <source>Final settlement</source>
        <translation>Sluttoppgjør</translation>
    </message>
    <message>
        <source>In a stated period, all cohorts&apos; outcomes so far are pooled; when the pooled improvement reaches its threshold, the units the cohort tests have not paid are paid then (the final payment, less what was already paid)</source>
        <translation>I en angitt periode samles resultatene til alle kohortene så langt; når den samlede forbedringen når terskelen, betales da enhetene kohorttestene ikke har betalt (sluttbetalingen, fratrukket det som alt er betalt)</translation>
    </message>
    <message>
        <source>Change final settlement</source>
        <translation>Endre sluttoppgjør</translation>
    </message>
    <message>
        <source>Settlement period</source>
        <translation>Oppgjørsperiode</translation>
    </message>
    <message>
        <source>The period of achievement in which the pooled test is taken: all cohorts&apos; outcomes from the start up to and including it count</source>
        <translation>Perioden den samlede testen tas i: resultatene til alle kohortene fra start til og med den perioden regnes med</translation>
    </message>
    <message>
        <source>Settlement period:</source>
        <translation>Oppgjørsperiode:</translation>
    </message>
    <message>
        <source>Change settlement period</source>
        <translation>Endre oppgjørsperiode</translation>
    </message>
    <message>
        <source>Pooled threshold</source>
        <translation>Samlet terskel</translation>
    </message>
    <message>
        <source>The improvement of all cohorts pooled, as a percentage of their comparison groups&apos; value, that the final settlement must reach to pay</source>
        <translation>Forbedringen til alle kohortene samlet, i prosent av sammenligningsgruppenes verdi, som sluttoppgjøret må nå for å betale</translation>
    </message>
    <message>
        <source>Pooled threshold (%):</source>
        <translation>Samlet terskel (%):</translation>
    </message>
    <message>
        <source>Change settlement threshold</source>
        <translation>Endre terskel for oppgjøret</translation>
    </message>
    <message>
        <source>The target group has no cohorts: add them on the Overview page to test them one by one.</source>
        <translation>Målgruppen har ingen kohorter: legg dem til på Oversikt-siden for å teste dem én for én.</translation>
    </message>
    <message>
        <source>Only a per-unit rule tests cohorts one by one: this rule pays on all cohorts together.</source>
        <translation>Bare en regel per enhet tester kohortene én for én: denne regelen betaler for alle kohortene samlet.</translation>
    </message>
    <message>
        <source>Not tested cohort by cohort: add a cohort to test it on its own outcome data.</source>
        <translation>Ikke testet kohort for kohort: legg til en kohort for å teste den på dens egne resultatdata.</translation>
    </message>
</context>
<context>
    <name>effekt::views::MonteCarloPanel</name>
    <message>
        <source>Fixed</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulær</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>Edit distribution</source>
        <translation>Endre fordeling</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>The density of the factor: 100 % (the plan) is the dotted line</source>
        <translation>Fordelingens tetthet: 100 % (planen) er den prikkede linjen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>The metric whose achievement factor is drawn</source>
        <translation>Resultatmålet som måloppnåelsen trekkes for</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Fordeling</translation>
    </message>
    <message>
        <source>Fixed: always the most likely value; triangular or PERT between the lowest and the highest</source>
        <translation>Fast: alltid den mest sannsynlige verdien; triangulær eller PERT mellom laveste og høyeste</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Laveste</translation>
    </message>
    <message>
        <source>The lowest achievement factor (100 % is the plan)</source>
        <translation>Laveste måloppnåelse (100 % er planen)</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Mest sannsynlig</translation>
    </message>
    <message>
        <source>The most likely achievement factor</source>
        <translation>Den mest sannsynlige måloppnåelsen</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Høyeste</translation>
    </message>
    <message>
        <source>The highest achievement factor</source>
        <translation>Høyeste måloppnåelse</translation>
    </message>
    <message>
        <source>Delay probabilities</source>
        <translation>Sannsynlighet for forsinkelse</translation>
    </message>
    <message>
        <source>Optional: the chances of a delay of 0, 1, 2 … periods, separated by semicolons and adding up to 100 %, e.g. 70; 20; 10</source>
        <translation>Valgfritt: sannsynligheten for 0, 1, 2 … perioders forsinkelse, skilt med semikolon og til sammen 100 %, for eksempel 70; 20; 10</translation>
    </message>
    <message>
        <source>Add distribution</source>
        <translation>Legg til fordeling</translation>
    </message>
    <message>
        <source>Remove distribution</source>
        <translation>Fjern fordeling</translation>
    </message>
    <message>
        <source>Distributions of the achievement factor</source>
        <translation>Fordelinger av måloppnåelsen</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelasjon</translation>
    </message>
    <message>
        <source>How much the metrics succeed or fail together (ρ of one common factor): 0 % independent, 100 % all alike</source>
        <translation>Hvor mye resultatmålene lykkes eller mislykkes sammen (ρ for én felles faktor): 0 % uavhengige, 100 % helt like</translation>
    </message>
    <message>
        <source>Change correlation</source>
        <translation>Endre korrelasjon</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>How many futures are drawn and computed</source>
        <translation>Hvor mange mulige framtider som trekkes og beregnes</translation>
    </message>
    <message>
        <source>Change number of trials</source>
        <translation>Endre antall forsøk</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frø</translation>
    </message>
    <message>
        <source>The starting point of the random numbers: the same seed gives the same results</source>
        <translation>Utgangspunktet for de tilfeldige tallene: samme frø gir samme resultater</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>Endre frø</translation>
    </message>
    <message>
        <source>&amp;Correlation ρ (%):</source>
        <translation>&amp;Korrelasjon ρ (%):</translation>
    </message>
    <message>
        <source>T&amp;rials:</source>
        <translation>F&amp;orsøk:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>F&amp;rø:</translation>
    </message>
    <message>
        <source>&amp;Run simulation</source>
        <translation>K&amp;jør simulering</translation>
    </message>
    <message>
        <source>Draw and compute the trials in the background</source>
        <translation>Trekk og beregn forsøkene i bakgrunnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the simulation</source>
        <translation>Stopp simuleringen</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Ikke kjørt ennå.</translation>
    </message>
    <message>
        <source>Investors lose money</source>
        <translation>Investorene taper penger</translation>
    </message>
    <message>
        <source>Total cap reached</source>
        <translation>Totaltaket nås</translation>
    </message>
    <message>
        <source>Contract terminated early</source>
        <translation>Kontrakten avsluttes tidlig</translation>
    </message>
    <message>
        <source>Commissioner pays more than traditional</source>
        <translation>Oppdragsgiver betaler mer enn tradisjonelt</translation>
    </message>
    <message>
        <source>Cumulative payments</source>
        <translation>Samlede utbetalinger</translation>
    </message>
    <message>
        <source>Investors&apos; multiple</source>
        <translation>Investorenes multippel</translation>
    </message>
    <message>
        <source>Commissioner&apos;s net cost</source>
        <translation>Oppdragsgivers nettokostnad</translation>
    </message>
    <message>
        <source>Each trial draws an achievement factor for every metric with a distribution (the others stay at 100 %) and computes the whole contract: caps, the waterfall and review points included.</source>
        <translation>Hvert forsøk trekker en måloppnåelse for hvert resultatmål med en fordeling (de andre blir stående på 100 %) og beregner hele kontrakten, med tak, fossefall og kontrollpunkter.</translation>
    </message>
    <message>
        <source>The contract has changed since this run: run it again to see the change.</source>
        <translation>Kontrakten er endret siden denne kjøringen: kjør på nytt for å se endringen.</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %Ln trial(s)…</source>
        <translation>
            <numerusform>Simulerer %Ln forsøk …</numerusform>
            <numerusform>Simulerer %Ln forsøk …</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation could not be computed: %1</source>
        <translation>Simuleringen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials; the results shown are from the last completed run.</source>
        <translation>Avbrutt etter %1 av %2 forsøk; resultatene som vises, er fra forrige fullførte kjøring.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials.</source>
        <translation>Avbrutt etter %1 av %2 forsøk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s) computed.</source>
        <translation>
            <numerusform>%Ln forsøk beregnet.</numerusform>
            <numerusform>%Ln forsøk beregnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s) did not fit in money and are left out.</source>
        <translation>
            <numerusform>%Ln forsøk ga beløp som ikke kunne regnes med og er utelatt.</numerusform>
            <numerusform>%Ln forsøk ga beløp som ikke kunne regnes med og er utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean net value for the commissioner %1 (± %2), against %3 under a traditional contract.</source>
        <translation>Gjennomsnittlig nettonytte for oppdragsgiver %1 (± %2), mot %3 med en tradisjonell kontrakt.</translation>
    </message>
    <message>
        <source>Add an outcome metric first: a distribution is of a metric&apos;s achievement factor.</source>
        <translation>Legg først til et resultatmål: en fordeling gjelder måloppnåelsen til et resultatmål.</translation>
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
        <extracomment>A cell of the outcome grid: %1 is the metric (or its cohort), %2 the period.</extracomment>
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
            <numerusform>Tøm %n celle i tabellen «%1»</numerusform>
            <numerusform>Tøm %n celler i tabellen «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>kohort %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A row of the outcome grid: %1 the metric, %2 one of its cohorts.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (sum of cohorts)</source>
        <extracomment>The row of a metric tested cohort by cohort: the sums of its cohorts&apos; rows.</extracomment>
        <translation>%1 (sum av kohortene)</translation>
    </message>
    <message>
        <source>The sum of the metric&apos;s cohorts, which the results use: enter the values in the cohorts&apos; rows below.</source>
        <translation>Summen av resultatmålets kohorter, som resultatene bruker: legg inn verdiene i kohortenes rader nedenfor.</translation>
    </message>
    <message>
        <source>Tested cohort by cohort: the sums of the cohorts&apos; rows below (read-only)</source>
        <translation>Testet kohort for kohort: summene av kohortenes rader nedenfor (kan ikke redigeres)</translation>
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
        <source>There are no outcome metrics yet: add them on the Outcome metrics page, and their rows appear here.</source>
        <translation>Det finnes ingen resultatmål ennå: legg dem til på siden Resultatmål, så kommer radene deres her.</translation>
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
            <numerusform>Lim inn %n celle i tabellen «%1»</numerusform>
            <numerusform>Lim inn %n celler i tabellen «%1»</numerusform>
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
        <source>is more than the most a project can hold (%1)</source>
        <translation>er mer enn et prosjekt kan inneholde (%1)</translation>
    </message>
    <message>
        <source>Observed value of each metric per period: the plan, the actual values as they are reported, and the counterfactual (what would have happened anyway). Leave an actual cell empty until it is reported: the forecast uses the plan there. Paste from a spreadsheet with Ctrl+V. A metric tested cohort by cohort has a row per cohort; its own row, in bold, is their sum.</source>
        <translation>Observert verdi for hvert resultatmål per periode: planen, de faktiske verdiene etter hvert som de rapporteres, og nullalternativet (det som ville skjedd uansett). La en faktisk celle stå tom til verdien er rapportert: prognosen bruker planen der. Lim inn fra et regneark med Ctrl+V. Et resultatmål som testes kohort for kohort, har en rad per kohort; dets egen rad, i fet skrift, er summen av dem.</translation>
    </message>
    <message>
        <source>falls on the sums of a metric&apos;s cohorts, which are read-only</source>
        <translation>havner på summene av et resultatmåls kohorter, som ikke kan redigeres</translation>
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
    <message>
        <source>The contract</source>
        <translation>Kontrakten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What the contract is for: the social outcome the commissioner wants, and for whom</source>
        <translation>Hva kontrakten skal oppnå: det sosiale resultatet oppdragsgiveren ønsker, og for hvem</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Endre beskrivelse</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Three-letter currency code of every amount in the contract (NOK)</source>
        <translation>Valutakode med tre bokstaver for alle beløp i kontrakten (NOK)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Endre valuta</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Last day of the last period. Payments with a lag fall later.</source>
        <translation>Siste dag i siste periode. Betalinger med forsinkelse kommer senere.</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Target group name</source>
        <translation>Navn på målgruppen</translation>
    </message>
    <message>
        <source>Who the contract is for, e.g. young people aged 18 to 29 outside work</source>
        <translation>Hvem kontrakten gjelder, f.eks. unge mellom 18 og 29 år utenfor arbeid</translation>
    </message>
    <message>
        <source>Na&amp;me of the target group:</source>
        <translation>Navn på &amp;målgruppen:</translation>
    </message>
    <message>
        <source>Rename target group</source>
        <translation>Gi målgruppen nytt navn</translation>
    </message>
    <message>
        <source>Target group description</source>
        <translation>Beskrivelse av målgruppen</translation>
    </message>
    <message>
        <source>How members of the target group are identified and referred</source>
        <translation>Hvordan medlemmer av målgruppen identifiseres og henvises</translation>
    </message>
    <message>
        <source>Target group descr&amp;iption:</source>
        <translation>Beskrivelse av målgr&amp;uppen:</translation>
    </message>
    <message>
        <source>Change target group description</source>
        <translation>Endre beskrivelse av målgruppen</translation>
    </message>
    <message>
        <source>Planned size of the target group</source>
        <translation>Planlagt størrelse på målgruppen</translation>
    </message>
    <message>
        <source>How many people the contract plans to reach in all</source>
        <translation>Hvor mange personer kontrakten planlegger å nå i alt</translation>
    </message>
    <message>
        <source>P&amp;lanned size:</source>
        <translation>P&amp;lanlagt størrelse:</translation>
    </message>
    <message>
        <source>Change planned size of the target group</source>
        <translation>Endre planlagt størrelse på målgruppen</translation>
    </message>
    <message>
        <source>Edit cohort</source>
        <translation>Endre kohort</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Name of the cohort, e.g. the year of intake</source>
        <translation>Navn på kohorten, f.eks. inntaksåret</translation>
    </message>
    <message>
        <source>Who belongs to this cohort</source>
        <translation>Hvem som hører til denne kohorten</translation>
    </message>
    <message>
        <source>Planned size</source>
        <translation>Planlagt størrelse</translation>
    </message>
    <message>
        <source>How many people the cohort is planned to hold</source>
        <translation>Hvor mange personer kohorten er planlagt å ha</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>Kohort %1</translation>
    </message>
    <message>
        <source>Add cohort</source>
        <translation>Legg til kohort</translation>
    </message>
    <message>
        <source>Duplicate cohort</source>
        <translation>Dupliser kohort</translation>
    </message>
    <message>
        <source>Remove cohort</source>
        <translation>Fjern kohort</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Cohorts: groups that start at the same time. Their intake per period is below.</source>
        <translation>Kohorter: grupper som starter samtidig. Inntaket per periode står nedenfor.</translation>
    </message>
    <message>
        <source>Change intake</source>
        <translation>Endre inntak</translation>
    </message>
    <message>
        <source>Intake per period</source>
        <translation>Inntak per periode</translation>
    </message>
    <message>
        <source>People starting in each cohort in each period</source>
        <translation>Personer som starter i hver kohort i hver periode</translation>
    </message>
    <message>
        <source>Intake per period:</source>
        <translation>Inntak per periode:</translation>
    </message>
    <message>
        <source>People starting in %1</source>
        <translation>Personer som starter i %1</translation>
    </message>
    <message numerus="yes">
        <source>Periods %1–%2 hold %n value(s) that will be removed.</source>
        <translation>
            <numerusform>Periodene %1–%2 inneholder %n verdi som forsvinner.</numerusform>
            <numerusform>Periodene %1–%2 inneholder %n verdier som forsvinner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the participant ledger fall in periods %1–%2 and will lie outside the timeline.</source>
        <translation>
            <numerusform>%n rad i deltakerregisteret ligger i periodene %1–%2 og havner utenfor tidslinjen.</numerusform>
            <numerusform>%n rader i deltakerregisteret ligger i periodene %1–%2 og havner utenfor tidslinjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten anyway?</source>
        <translation>Korte ned likevel?</translation>
    </message>
</context>
<context>
    <name>effekt::views::PartiesPage</name>
    <message>
        <source>Edit party</source>
        <translation>Endre part</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The party&apos;s name, as in the contract</source>
        <translation>Partens navn, som i kontrakten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Commissioners and co-payers pay for outcomes; investors fund the delivery; the provider delivers; the evaluator verifies outcomes; a guarantor covers investors&apos; losses</source>
        <translation>Oppdragsgivere og medfinansiører betaler for resultater; investorer finansierer leveransen; leverandøren leverer; evaluatoren verifiserer resultatene; en garantist dekker investorenes tap</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>The Norwegian organisation number: 9 digits with a modulus-11 check digit (may be left empty)</source>
        <translation>Norsk organisasjonsnummer: 9 sifre med kontrollsiffer etter modulus 11 (kan stå tomt)</translation>
    </message>
    <message>
        <source>⚠ Not a valid organisation number (9 digits with a modulus-11 check digit).</source>
        <translation>⚠ Ikke et gyldig organisasjonsnummer (9 sifre med kontrollsiffer etter modulus 11).</translation>
    </message>
    <message>
        <source>Cap on payments</source>
        <translation>Tak på betalinger</translation>
    </message>
    <message>
        <source>The most this payer pays over the whole contract (commissioners and co-payers); empty: no cap</source>
        <translation>Det meste denne betaleren betaler over hele kontrakten (oppdragsgivere og medfinansiører); tomt: intet tak</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Legg til part</translation>
    </message>
    <message>
        <source>Duplicate party</source>
        <translation>Dupliser part</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Fjern part</translation>
    </message>
    <message>
        <source>Move party</source>
        <translation>Flytt part</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>⚠ %1: %2 is not a valid organisation number.</source>
        <translation>⚠ %1: %2 er ikke et gyldig organisasjonsnummer.</translation>
    </message>
    <message>
        <source>Everyone who takes part in the contract. The commissioner (one or more) pays for outcomes, co-payers share the payments, investors fund the delivery up front, the provider delivers the service and an independent evaluator verifies the outcomes.</source>
        <translation>Alle som deltar i kontrakten. Oppdragsgiveren (én eller flere) betaler for resultater, medfinansiører deler betalingene, investorer forskutterer leveransen, leverandøren leverer tjenesten og en uavhengig evaluator verifiserer resultatene.</translation>
    </message>
    <message>
        <source>Cap per budget year</source>
        <translation>Tak per budsjettår</translation>
    </message>
    <message>
        <source>The most this payer pays in each calendar year, by the date a payment falls due, as its annual budget allows (commissioners and co-payers); what it cuts is lost, or carried to later years (Caps page); empty: no cap</source>
        <translation>Det meste denne betaleren betaler i hvert kalenderår, regnet etter datoen en betaling forfaller, slik årsbudsjettet tillater (oppdragsgivere og medfinansiører); det taket kutter, er tapt eller overføres til senere år (siden Betalingstak); tomt: intet tak</translation>
    </message>
</context>
<context>
    <name>effekt::views::PayoutCurveChart</name>
    <message>
        <source>Payout curve</source>
        <translation>Utbetalingskurve</translation>
    </message>
    <message>
        <source>What the metric pays in one period as a function of the observed value, as the engine computes it, from a contract start with nothing paid yet</source>
        <translation>Hva resultatmålet betaler i én periode som funksjon av den observerte verdien, slik beregningen gjør det, fra kontraktstart uten tidligere betalinger</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Payout curve: %1</source>
        <translation>Utbetalingskurve: %1</translation>
    </message>
    <message>
        <source>Counterfactual</source>
        <translation>Nullalternativ</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskelverdi</translation>
    </message>
    <message>
        <source>Band limit</source>
        <translation>Intervallgrense</translation>
    </message>
    <message>
        <source>Tier level</source>
        <translation>Trinnivå</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Cap on units</source>
        <translation>Tak på enheter</translation>
    </message>
    <message>
        <source>Cap on payments</source>
        <translation>Tak på betalinger</translation>
    </message>
    <message>
        <source>Total cap</source>
        <translation>Samlet betalingstak</translation>
    </message>
    <message>
        <source>Observed value in a period</source>
        <translation>Observert verdi i en periode</translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <extracomment>Axis title of money charts.</extracomment>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <source>In %1 prices; from %3 they change by %2 a year (price indexation)</source>
        <extracomment>Under the payout curve&apos;s title: %1 the base year, %2 the rate a year, %3 the next year.</extracomment>
        <translation>I %1-priser; fra %3 endres de med %2 per år (indeksregulering)</translation>
    </message>
    <message>
        <source>Once investors are repaid</source>
        <translation>Når investorene er tilbakebetalt</translation>
    </message>
    <message>
        <source>Cohorts improving alike: each cohort&apos;s units are paid from its own threshold; the final settlement is not drawn</source>
        <extracomment>Under the payout curve&apos;s title of a metric tested cohort by cohort.</extracomment>
        <translation>Kohortene forbedrer seg likt: hver kohorts enheter betales fra dens egen terskel; sluttoppgjøret er ikke tegnet inn</translation>
    </message>
    <message>
        <source>Cohort threshold</source>
        <translation>Kohortterskel</translation>
    </message>
    <message>
        <source>Settlement threshold</source>
        <translation>Oppgjørsterskel</translation>
    </message>
</context>
<context>
    <name>effekt::views::PresentationWindow</name>
    <message>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <source>&amp;Back to the plan</source>
        <translation>&amp;Tilbake til planen</translation>
    </message>
    <message>
        <source>Every slider back to the plan: 100 %, no delay</source>
        <translation>Alle glidebrytere tilbake til planen: 100 %, ingen forsinkelse</translation>
    </message>
    <message>
        <source>&amp;Keep as scenario…</source>
        <translation>&amp;Behold som scenario …</translation>
    </message>
    <message>
        <source>Store this what-if as a named scenario of the contract (on the Risk page); Undo takes it away again</source>
        <translation>Lagre dette «hva om» som et navngitt scenario i kontrakten (på Risiko-siden); Angre tar det bort igjen</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Avslutt (Esc)</translation>
    </message>
    <message>
        <source>What if …</source>
        <translation>Hva om …</translation>
    </message>
    <message>
        <source>&amp;Overall achievement</source>
        <translation>&amp;Samlet måloppnåelse</translation>
    </message>
    <message>
        <source>How much of the planned improvement is achieved, for every metric without its own slider moved (arrow keys: 5 % a step)</source>
        <translation>Hvor mye av den planlagte forbedringen som oppnås, for alle resultatmål der egen glidebryter ikke er flyttet (piltastene: 5 % per steg)</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Forsinkelse</translation>
    </message>
    <message>
        <source>How many periods later the improvement comes</source>
        <translation>Hvor mange perioder senere forbedringen kommer</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Inntak</translation>
    </message>
    <message>
        <source>Participants taken in, against the plan</source>
        <translation>Deltakere tatt inn, sammenlignet med planen</translation>
    </message>
    <message>
        <source>Delivery &amp;cost</source>
        <translation>&amp;Leveransekostnad</translation>
    </message>
    <message>
        <source>The provider&apos;s cost of delivering the service, against the plan</source>
        <translation>Leverandørens kostnad ved å levere tjenesten, sammenlignet med planen</translation>
    </message>
    <message>
        <source>Each metric&apos;s achievement</source>
        <translation>Måloppnåelse per resultatmål</translation>
    </message>
    <message>
        <source>Effektkontrakt</source>
        <translation>Effektkontrakt</translation>
    </message>
    <message>
        <source>Traditional contract</source>
        <translation>Tradisjonell kontrakt</translation>
    </message>
    <message>
        <source>The municipality&apos;s net value (NPV)</source>
        <translation>Kommunens nettonytte (nåverdi)</translation>
    </message>
    <message>
        <source>The investors&apos; profit or loss</source>
        <translation>Investorenes gevinst eller tap</translation>
    </message>
    <message>
        <source>How much of this metric&apos;s planned improvement is achieved; once moved, it no longer follows the overall slider</source>
        <translation>Hvor mye av den planlagte forbedringen i dette resultatmålet som oppnås; når den er flyttet, følger den ikke lenger den samlede glidebryteren</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i rute</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) later</source>
        <translation>
            <numerusform>%n periode senere</numerusform>
            <numerusform>%n perioder senere</numerusform>
        </translation>
    </message>
    <message>
        <source>This what-if cannot be computed: an amount would be too large.</source>
        <translation>Dette «hva om» kan ikke beregnes: et beløp ville blitt for stort.</translation>
    </message>
    <message>
        <source>The design has errors: no figures until they are fixed.</source>
        <translation>Utformingen har feil: ingen tall før de er rettet.</translation>
    </message>
    <message>
        <source>Payments in this what-if</source>
        <translation>Betalinger i dette «hva om»</translation>
    </message>
    <message>
        <source>What if: %1 of the planned improvement, %2, intake %3, delivery cost %4</source>
        <translation>Hva om: %1 av den planlagte forbedringen, %2, inntak %3, leveransekostnad %4</translation>
    </message>
    <message>
        <source>This what-if (%1)</source>
        <translation>Dette «hva om» (%1)</translation>
    </message>
    <message>
        <source>Traditional contract or effektkontrakt at %1 of the planned improvement</source>
        <translation>Tradisjonell kontrakt eller effektkontrakt ved %1 av den planlagte forbedringen</translation>
    </message>
    <message>
        <source>Keep as scenario</source>
        <translation>Behold som scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Navn på scenarioet:</translation>
    </message>
    <message>
        <source>Keep scenario «%1»</source>
        <translation>Behold scenarioet «%1»</translation>
    </message>
    <message>
        <source>Kept as the scenario «%1»: it is on the Risk page.</source>
        <translation>Beholdt som scenarioet «%1»: det står på Risiko-siden.</translation>
    </message>
    <message>
        <source>The municipality pays, less what it gets back</source>
        <translation>Kommunen betaler, minus det den får tilbake</translation>
    </message>
    <message>
        <source>Outcome payments and fixed fees, less what the contract&apos;s account hands back to the municipality when the investors have been paid. The forecast payment above counts outcome payments alone, before anything is handed back.</source>
        <translation>Resultatbetalinger og faste godtgjørelser, minus det kontraktens konto betaler tilbake til kommunen når investorene har fått sitt. Prognosen for betaling over teller bare resultatbetalinger, før noe er betalt tilbake.</translation>
    </message>
    <message>
        <source>What-if = %1</source>
        <translation>«Hva om» = %1</translation>
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
        <source>Recomputing…</source>
        <translation>Beregner på nytt …</translation>
    </message>
    <message>
        <source>The metric shown by Plan and actual and by Payout curve</source>
        <translation>Resultatmålet som vises under Plan og faktisk og under Utbetalingskurve</translation>
    </message>
    <message>
        <source>Observed value</source>
        <translation>Målt verdi</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Show &amp;table</source>
        <translation>Vis &amp;tabell</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table</source>
        <translation>Vis tallene bak diagrammet som en tabell</translation>
    </message>
    <message>
        <source>Show &amp;chart</source>
        <translation>Vis &amp;diagram</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation>Kopier diagrammet til utklippstavlen</translation>
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
        <source>Cohort tests</source>
        <translation>Kohorttester</translation>
    </message>
    <message>
        <source>Copy &amp;table</source>
        <translation>Kopier &amp;tabell</translation>
    </message>
    <message>
        <source>Copy the cohort tests to the clipboard, to paste into a spreadsheet</source>
        <translation>Kopier kohorttestene til utklippstavlen, for å lime dem inn i et regneark</translation>
    </message>
    <message>
        <source>Each cohort&apos;s improvement over its comparison group per period, and whether it reached its threshold (only then are its units paid); the final settlement pools all cohorts up to its period and pays the units the cohort tests have not. Units are before the caps.</source>
        <translation>Hver kohorts forbedring over sammenligningsgruppen per periode, og om den nådde terskelen sin (bare da betales enhetene dens); sluttoppgjøret samler alle kohortene til og med sin periode og betaler enhetene kohorttestene ikke har betalt. Enhetene er før tak.</translation>
    </message>
</context>
<context>
    <name>effekt::views::RiskPage</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenarioer</translation>
    </message>
    <message>
        <source>One common achievement factor on every metric, from 0 % (no improvement) to 150 %. Below break-even the investors carry the loss; above it the commissioner pays for results it gets.</source>
        <translation>Én felles måloppnåelse på alle resultatmål, fra 0 % (ingen forbedring) til 150 %. Under balansepunktet bærer investorene tapet; over det betaler oppdragsgiver for resultater den får.</translation>
    </message>
    <message>
        <source>Risk s&amp;haring</source>
        <translation>Risiko&amp;deling</translation>
    </message>
    <message>
        <source>Commissioner&apos;s net value</source>
        <translation>Oppdragsgivers nettonytte</translation>
    </message>
    <message>
        <source>Investors&apos; IRR</source>
        <translation>Investorenes internrente</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>The figure whose change the bars show</source>
        <translation>Tallet som søylene viser endringen i</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Tall:</translation>
    </message>
    <message>
        <source>Each input moved alone, down and up, every other input as planned: the inputs that move the result most are on top.</source>
        <translation>Hver forutsetning flyttes alene, ned og opp, mens alle andre er som planlagt: de som flytter resultatet mest, står øverst.</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity</source>
        <translation>&amp;Følsomhet</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Endre scenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The scenario&apos;s name, e.g. Low</source>
        <translation>Scenarioets navn, for eksempel Lav</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Måloppnåelse</translation>
    </message>
    <message>
        <source>Common achievement factor: 100 % is the plan, 0 % no improvement at all; metrics with their own override below take theirs</source>
        <translation>Felles måloppnåelse: 100 % er planen, 0 % ingen forbedring i det hele tatt; resultatmål med egen overstyring nedenfor bruker sin</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Forsinkelse</translation>
    </message>
    <message>
        <source>Periods every metric&apos;s improvement comes later (improvement pushed past the last period is lost)</source>
        <translation>Antall perioder forbedringen i hvert resultatmål kommer senere (forbedring som skyves forbi siste periode, går tapt)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <source>Every cohort&apos;s intake and planned size, 100 % as planned</source>
        <translation>Hver kohorts inntak og planlagte størrelse, 100 % som planlagt</translation>
    </message>
    <message>
        <source>Delivery cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>The provider&apos;s delivery cost, 100 % as planned</source>
        <translation>Leverandørens leveransekostnad, 100 % som planlagt</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Innsparing</translation>
    </message>
    <message>
        <source>Public savings per unit, 100 % as estimated</source>
        <translation>Offentlig innsparing per enhet, 100 % som anslått</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Annual discount rate; empty: the project&apos;s</source>
        <translation>Årlig diskonteringsrente; tom: prosjektets</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>What the commissioners pay in all, nominal</source>
        <translation>Hva oppdragsgiverne betaler i alt, nominelt</translation>
    </message>
    <message>
        <source>Payments (NPV)</source>
        <translation>Utbetalinger (nåverdi)</translation>
    </message>
    <message>
        <source>The same, discounted</source>
        <translation>Det samme, diskontert</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettonytte</translation>
    </message>
    <message>
        <source>The commissioner&apos;s net value: savings minus payments, discounted</source>
        <translation>Oppdragsgivers nettonytte: innsparing minus utbetalinger, diskontert</translation>
    </message>
    <message>
        <source>Investor profit</source>
        <translation>Investorgevinst</translation>
    </message>
    <message>
        <source>What the investors get back minus what they put in (negative: a loss)</source>
        <translation>Hva investorene får tilbake minus det de har satt inn (negativt: et tap)</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multippel</translation>
    </message>
    <message>
        <source>What the investors get back for each krone they put in</source>
        <translation>Hva investorene får tilbake for hver krone de setter inn</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>Internrente</translation>
    </message>
    <message>
        <source>The investors&apos; internal rate of return, annual</source>
        <translation>Investorenes internrente, årlig</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Whether a review point stops the contract early, and after which period</source>
        <translation>Om et kontrollpunkt avslutter kontrakten tidlig, og etter hvilken periode</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>etter %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot;? Its %n metric override(s) go with it.</source>
        <translation>
            <numerusform>Fjerne «%1»? Overstyringen for %n resultatmål forsvinner også.</numerusform>
            <numerusform>Fjerne «%1»? Overstyringene for %n resultatmål forsvinner også.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Legg til scenario</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliser scenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Fjern scenario</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Flytt scenario</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Change metric override</source>
        <translation>Endre overstyring for resultatmål</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>The metric that takes its own factor and delay</source>
        <translation>Resultatmålet som får egen måloppnåelse og forsinkelse</translation>
    </message>
    <message>
        <source>This metric&apos;s achievement factor: 100 % is its plan</source>
        <translation>Dette resultatmålets måloppnåelse: 100 % er planen</translation>
    </message>
    <message>
        <source>Periods this metric&apos;s improvement comes later</source>
        <translation>Antall perioder forbedringen i dette resultatmålet kommer senere</translation>
    </message>
    <message>
        <source>Add metric override</source>
        <translation>Legg til overstyring for resultatmål</translation>
    </message>
    <message>
        <source>Remove metric override</source>
        <translation>Fjern overstyring for resultatmål</translation>
    </message>
    <message>
        <source>Metric overrides of the selected scenario</source>
        <translation>Overstyringer per resultatmål i valgt scenario</translation>
    </message>
    <message>
        <source>Each scenario is a set of changes to the contract&apos;s inputs: how much of the planned improvement comes about, how late, and what intake, delivery cost and savings turn out to be. Its key figures are computed beside it, with the outcomes reported so far and the plan for the rest.</source>
        <translation>Hvert scenario er et sett endringer i kontraktens forutsetninger: hvor mye av den planlagte forbedringen som kommer, hvor sent, og hvordan inntak, leveransekostnad og innsparing blir. Nøkkeltallene beregnes ved siden av, med resultatene som er rapportert så langt og planen for resten.</translation>
    </message>
    <message>
        <source>A metric listed here takes its own achievement factor and delay instead of the scenario&apos;s common ones.</source>
        <translation>Et resultatmål i denne listen får egen måloppnåelse og forsinkelse i stedet for scenarioets felles verdier.</translation>
    </message>
    <message>
        <source>Add an outcome metric first: an override is of one metric.</source>
        <translation>Legg først til et resultatmål: en overstyring gjelder ett resultatmål.</translation>
    </message>
</context>
<context>
    <name>effekt::views::SavingsPage</name>
    <message>
        <source>Value for money</source>
        <translation>Samfunnsnytte</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Kalkulasjonsrente</translation>
    </message>
    <message>
        <source>Real discount rate a year for present values (kalkulasjonsrente); 4 % as in the Ministry of Finance&apos;s circular R-109</source>
        <translation>Reell kalkulasjonsrente per år for nåverdier; 4 % som i Finansdepartementets rundskriv R-109</translation>
    </message>
    <message>
        <source>&amp;Discount rate a year (%):</source>
        <translation>&amp;Kalkulasjonsrente per år (%):</translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation>Endre kalkulasjonsrente</translation>
    </message>
    <message>
        <source>Traditional margin</source>
        <translation>Tradisjonell margin</translation>
    </message>
    <message>
        <source>The traditional alternative (buying the same service by an ordinary contract) costs the delivery cost plus this margin</source>
        <translation>Det tradisjonelle alternativet (å kjøpe samme tjeneste med en vanlig kontrakt) koster leveransekostnaden pluss denne marginen</translation>
    </message>
    <message>
        <source>&amp;Margin of the traditional alternative (%):</source>
        <translation>&amp;Margin i det tradisjonelle alternativet (%):</translation>
    </message>
    <message>
        <source>Change traditional margin</source>
        <translation>Endre tradisjonell margin</translation>
    </message>
    <message>
        <source>Edit savings line</source>
        <translation>Endre innsparingslinje</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>The outcome metric whose improvement saves public money</source>
        <translation>Resultatmålet der forbedring sparer offentlige penger</translation>
    </message>
    <message>
        <source>Budget holder</source>
        <translation>Budsjettansvarlig</translation>
    </message>
    <message>
        <source>Whose budget saves: who saves need not be who pays</source>
        <translation>Hvem sitt budsjett som sparer: den som sparer er ikke nødvendigvis den som betaler</translation>
    </message>
    <message>
        <source>Saving per unit</source>
        <translation>Innsparing per enhet</translation>
    </message>
    <message>
        <source>Public money saved per improvement unit</source>
        <translation>Offentlige penger spart per forbedringsenhet</translation>
    </message>
    <message>
        <source>Cashable</source>
        <translation>Budsjettmessig realiserbar</translation>
    </message>
    <message>
        <source>Whether the saving frees money in a budget (cashable) or only capacity</source>
        <translation>Om innsparingen frigjør penger i et budsjett (realiserbar) eller bare kapasitet</translation>
    </message>
    <message>
        <source>Spread over years</source>
        <translation>Fordelt over år</translation>
    </message>
    <message>
        <source>0: all in the period of achievement; n: evenly over n years from it</source>
        <translation>0: alt i perioden resultatet oppnås; n: jevnt over n år fra da</translation>
    </message>
    <message>
        <source>Add savings line</source>
        <translation>Legg til innsparingslinje</translation>
    </message>
    <message>
        <source>Remove savings line</source>
        <translation>Fjern innsparingslinje</translation>
    </message>
    <message>
        <source>Savings per metric</source>
        <translation>Innsparing per resultatmål</translation>
    </message>
    <message>
        <source>Public savings per metric</source>
        <translation>Offentlig innsparing per resultatmål</translation>
    </message>
    <message>
        <source>For each outcome metric, what the public sector saves per unit of improvement, and in whose budget. A new line goes to the first metric; choose another in the Metric column.</source>
        <translation>For hvert resultatmål: hva det offentlige sparer per forbedringsenhet, og i hvem sitt budsjett. En ny linje legges på det første resultatmålet; velg et annet i kolonnen Resultatmål.</translation>
    </message>
    <message>
        <source>Spread over periods</source>
        <translation>Fordelt over perioder</translation>
    </message>
    <message>
        <source>Periods added to the years: each saving is spread evenly over the years and these periods together, from the period of achievement</source>
        <translation>Perioder som legges til årene: hver innsparing fordeles jevnt over årene og disse periodene til sammen, fra perioden da resultatet ble oppnådd</translation>
    </message>
    <message>
        <source>Add an outcome metric first: a savings line is per unit of a metric.</source>
        <translation>Legg først til et resultatmål: en innsparingslinje gjelder per enhet av et resultatmål.</translation>
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
    <message>
        <source>Cut by %1&apos;s year cap</source>
        <translation>Kuttet av årstaket til %1</translation>
    </message>
    <message>
        <source>What %1&apos;s cap per budget year cut from the payments falling due in the period: carried to a later year with room, or lost when none has</source>
        <translation>Det taket per budsjettår for %1 kuttet av betalingene som forfaller i perioden: overført til et senere år med rom, eller tapt når ingen har rom</translation>
    </message>
    <message>
        <source>What %1&apos;s cap per budget year cut from the payments falling due in the period: lost, no one pays it</source>
        <translation>Det taket per budsjettår for %1 kuttet av betalingene som forfaller i perioden: tapt, ingen betaler det</translation>
    </message>
    <message>
        <source>Carried, paid by %1</source>
        <translation>Overført, betalt av %1</translation>
    </message>
    <message>
        <source>What %1 paid in the period of earlier years&apos; cuts (in its payments of the period)</source>
        <translation>Det %1 betalte i perioden av kutt fra tidligere år (med i partens betalinger i perioden)</translation>
    </message>
</context>
<context>
    <name>effekt::views::TermSheet</name>
    <message>
        <source>Parties and roles</source>
        <translation>Parter og roller</translation>
    </message>
    <message>
        <source>Purpose and target group</source>
        <translation>Formål og målgruppe</translation>
    </message>
    <message>
        <source>Key dates and periods</source>
        <translation>Viktige datoer og perioder</translation>
    </message>
    <message>
        <source>Outcome metrics and payment rules</source>
        <translation>Resultatmål og betalingsregler</translation>
    </message>
    <message>
        <source>Caps and fixed fees</source>
        <translation>Betalingstak og faste godtgjørelser</translation>
    </message>
    <message>
        <source>Investment terms</source>
        <translation>Investeringsvilkår</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Betalingsplan</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Samfunnsnytte og kostnad</translation>
    </message>
    <message>
        <source>Scenarios and risk</source>
        <translation>Scenarioer og risiko</translation>
    </message>
    <message>
        <source>Review points and termination</source>
        <translation>Kontrollpunkter og tidlig avslutning</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>Forutsetninger og kilder</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Åpne problemer</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled contract</source>
        <translation>Kontrakt uten navn</translation>
    </message>
    <message>
        <source>Term sheet for an outcomes contract</source>
        <translation>Avtaleskisse for en effektkontrakt</translation>
    </message>
    <message>
        <source>Not final: the project has unsaved changes.</source>
        <translation>Ikke endelig: prosjektet har ulagrede endringer.</translation>
    </message>
    <message>
        <source>Not final: the calculation found errors.</source>
        <translation>Ikke endelig: beregningen fant feil.</translation>
    </message>
    <message>
        <source>As saved.</source>
        <translation>Som lagret.</translation>
    </message>
    <message>
        <source>Open problems: %1 errors, %2 warnings.</source>
        <translation>Åpne problemer: %1 feil, %2 advarsler.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>lagret %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>ikke lagret</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Cap on what it pays</source>
        <translation>Tak på det parten betaler</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Planned size</source>
        <translation>Planlagt størrelse</translation>
    </message>
    <message>
        <source>Cohorts and intake</source>
        <translation>Kohorter og inntak</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <source>Intake periods</source>
        <translation>Perioder med inntak</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>halvår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End of the last period</source>
        <translation>Slutten av siste periode</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>First and last period</source>
        <translation>Første og siste periode</translation>
    </message>
    <message>
        <source>Last payment falls due</source>
        <translation>Siste betaling forfaller</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>slutten av %1</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Pays %1 for each improvement unit over the counterfactual.</source>
        <translation>Betaler %1 for hver forbedringsenhet utover nullalternativet.</translation>
    </message>
    <message>
        <source>%1 a unit from unit %2</source>
        <translation>%1 per enhet fra enhet %2</translation>
    </message>
    <message>
        <source>Pays by volume: %1.</source>
        <translation>Betaler etter volum: %1.</translation>
    </message>
    <message>
        <source>Nothing is paid in a period with fewer than %1 improvement units.</source>
        <translation>Det betales ingenting i en periode med færre enn %1 forbedringsenheter.</translation>
    </message>
    <message>
        <source>Nothing is paid in a period whose improvement over the counterfactual is below %1.</source>
        <translation>Det betales ingenting i en periode der forbedringen over nullalternativet er under %1.</translation>
    </message>
    <message>
        <source>%1 at an improvement of %2</source>
        <translation>%1 ved en forbedring på %2</translation>
    </message>
    <message>
        <source>%1 at an observed value of %2</source>
        <translation>%1 ved en målt verdi på %2</translation>
    </message>
    <message>
        <source>Pays by tiers, the highest level reached: %1.</source>
        <translation>Betaler etter trinn, det høyeste nivået som nås: %1.</translation>
    </message>
    <message>
        <source>Pays by tiers, interpolated between the levels: %1.</source>
        <translation>Betaler etter trinn, jevnt mellom nivåene: %1.</translation>
    </message>
    <message>
        <source>The amounts are per member of the cohort.</source>
        <translation>Beløpene gjelder per medlem av kohorten.</translation>
    </message>
    <message>
        <source>Pays %1 of the savings achieved.</source>
        <translation>Betaler %1 av innsparingen som oppnås.</translation>
    </message>
    <message>
        <source>Once this metric&apos;s payments reach %1, it pays %2.</source>
        <translation>Når betalingene for dette resultatmålet har nådd %1, betales %2.</translation>
    </message>
    <message>
        <source>Pays %1 once, in the first period in which the milestone is reached.</source>
        <translation>Betaler %1 én gang, i den første perioden milepælen nås.</translation>
    </message>
    <message>
        <source>At most %1 in all for this metric.</source>
        <translation>Høyst %1 i alt for dette resultatmålet.</translation>
    </message>
    <message>
        <source>At most %1 improvement units are paid for.</source>
        <translation>Det betales for høyst %1 forbedringsenheter.</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n period(s) after the period of achievement.</source>
        <translation>
            <numerusform>Betales %n periode etter perioden resultatet ble oppnådd.</numerusform>
            <numerusform>Betales %n perioder etter perioden resultatet ble oppnådd.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant counts at most once.</source>
        <translation>En deltaker telles høyst én gang.</translation>
    </message>
    <message>
        <source>Paid by %1.</source>
        <translation>Betales av %1.</translation>
    </message>
    <message>
        <source>%1 in all over the contract (planned: %2)</source>
        <translation>%1 i alt over kontrakten (planlagt: %2)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisjon</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Counterfactual</source>
        <translation>Nullalternativ</translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation>Valideringsmetode</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Payment rule</source>
        <translation>Betalingsregel</translation>
    </message>
    <message>
        <source>Total cap on outcome payments</source>
        <translation>Samlet tak på resultatbetalinger</translation>
    </message>
    <message>
        <source>%1, fixed fees included</source>
        <translation>%1, faste godtgjørelser medregnet</translation>
    </message>
    <message>
        <source>%1, fixed fees not included</source>
        <translation>%1, faste godtgjørelser ikke medregnet</translation>
    </message>
    <message>
        <source>Cap per participant</source>
        <translation>Tak per deltaker</translation>
    </message>
    <message>
        <source>Cap on %1</source>
        <translation>Tak for %1</translation>
    </message>
    <message>
        <source>Fixed fees</source>
        <translation>Faste godtgjørelser</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Godtgjørelse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount or share</source>
        <translation>Beløp eller andel</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betales av</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>%1 × drawn</source>
        <translation>%1 × trukket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Transje</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Tilsagn</translation>
    </message>
    <message>
        <source>Coupon a year</source>
        <translation>Kupong per år</translation>
    </message>
    <message>
        <source>Return cap</source>
        <translation>Avkastningstak</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Maximum loss</source>
        <translation>Største mulige tap</translation>
    </message>
    <message>
        <source>The maximum loss is the commitment less the guaranteed share.</source>
        <translation>Største mulige tap er tilsagnet minus den garanterte andelen.</translation>
    </message>
    <message>
        <source>On the forecast</source>
        <translation>Etter prognosen</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Tilbakebetalt</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gevinst</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multippel</translation>
    </message>
    <message>
        <source>IRR a year</source>
        <translation>Internrente per år</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Outcome payments</source>
        <translation>Resultatbetalinger</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Betales av %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>By calendar year, in which the payments fall due.</source>
        <translation>Per kalenderår, etter når betalingene forfaller.</translation>
    </message>
    <message>
        <source>Payments, nominal</source>
        <translation>Betalinger, nominelt</translation>
    </message>
    <message>
        <source>Payments, present value</source>
        <translation>Betalinger, nåverdi</translation>
    </message>
    <message>
        <source>Savings, present value</source>
        <translation>Innsparing, nåverdi</translation>
    </message>
    <message>
        <source>Net value (present value)</source>
        <translation>Nettonytte (nåverdi)</translation>
    </message>
    <message>
        <source>Benefit-cost ratio</source>
        <translation>Nytte-kostnadsbrøk</translation>
    </message>
    <message>
        <source>Discount rate a year</source>
        <translation>Diskonteringsrente per år</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Tilbakebetalingsperiode</translation>
    </message>
    <message>
        <source>not within the contract</source>
        <translation>ikke innen kontraktens løpetid</translation>
    </message>
    <message>
        <source>Savings by budget holder</source>
        <translation>Innsparing per budsjettansvarlig</translation>
    </message>
    <message>
        <source>Budget holder</source>
        <translation>Budsjettansvarlig</translation>
    </message>
    <message>
        <source>Savings, nominal</source>
        <translation>Innsparing, nominelt</translation>
    </message>
    <message>
        <source>Traditional alternative</source>
        <translation>Tradisjonell kontrakt</translation>
    </message>
    <message>
        <source>Cost, nominal</source>
        <translation>Kostnad, nominelt</translation>
    </message>
    <message>
        <source>Cost, present value</source>
        <translation>Kostnad, nåverdi</translation>
    </message>
    <message>
        <source>Margin on the delivery cost</source>
        <translation>Påslag på leveransekostnaden</translation>
    </message>
    <message>
        <source>The traditional alternative pays the delivery cost with the margin, whatever the outcomes.</source>
        <translation>En tradisjonell kontrakt betaler leveransekostnaden med påslaget, uansett resultater.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>could not be computed</source>
        <translation>kunne ikke beregnes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Investors&apos; profit</source>
        <translation>Investorenes gevinst</translation>
    </message>
    <message>
        <source>Who carries the risk</source>
        <translation>Hvem som bærer risikoen</translation>
    </message>
    <message>
        <source>The investors get their capital back at %1 of the planned improvement.</source>
        <translation>Investorene får kapitalen sin tilbake ved %1 av den planlagte forbedringen.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Følsomhet</translation>
    </message>
    <message>
        <source>Monte Carlo simulation</source>
        <translation>Monte Carlo-simulering</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Trekninger</translation>
    </message>
    <message>
        <source>Probability that the investors lose money</source>
        <translation>Sannsynlighet for at investorene taper penger</translation>
    </message>
    <message>
        <source>Probability that the total cap is reached</source>
        <translation>Sannsynlighet for at det samlede taket nås</translation>
    </message>
    <message>
        <source>Probability of early termination</source>
        <translation>Sannsynlighet for tidlig avslutning</translation>
    </message>
    <message>
        <source>No simulation has been run for this version. Run one on the Risk page (Monte Carlo), or with “effekt simulate FILE”, for the probabilities that the investors lose money and that the total cap is reached.</source>
        <translation>Det er ikke kjørt noen simulering for denne versjonen. Kjør en på Risiko-siden (Monte Carlo), eller med «effekt simulate FIL», for sannsynlighetene for at investorene taper penger og at det samlede taket nås.</translation>
    </message>
    <message>
        <source>Improvement units of %1</source>
        <translation>Forbedringsenheter for %1</translation>
    </message>
    <message>
        <source>Outcome payments earned</source>
        <translation>Opptjente resultatbetalinger</translation>
    </message>
    <message>
        <source>at least %1 of plan</source>
        <translation>minst %1 av planen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>What is tested (cumulative)</source>
        <translation>Hva som prøves (akkumulert)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Termination payment</source>
        <translation>Sluttoppgjør</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>the contract ends after %1</source>
        <translation>kontrakten avsluttes etter %1</translation>
    </message>
    <message>
        <source>every review is passed</source>
        <translation>alle kontrollpunkter bestås</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Forutsetning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Oppgitt av</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versjon %2 · %3</translation>
    </message>
    <message>
        <source>Term sheet</source>
        <translation>Avtaleskisse</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Term sheet: %1</source>
        <translation>Avtaleskisse: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Filen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Nothing is paid in a period with fewer than %1 improvement units, nor in one whose improvement over the counterfactual is below %2.</source>
        <translation>Det betales ingenting i en periode med færre enn %1 forbedringsenheter, og heller ikke i en der forbedringen over nullalternativet er under %2.</translation>
    </message>
    <message>
        <source>Cap per budget year</source>
        <translation>Tak per budsjettår</translation>
    </message>
    <message>
        <source>What a payer&apos;s cap per budget year cuts</source>
        <translation>Det en betalers tak per budsjettår kutter</translation>
    </message>
    <message>
        <source>carried to later years with room</source>
        <translation>overføres til senere år med rom</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>tapt</translation>
    </message>
    <message>
        <source>The amounts are in %1 money and change by %2 a year from %3 (price indexation).</source>
        <translation>Beløpene er i %1-kroner og endres med %2 per år fra %3 (indeksregulering).</translation>
    </message>
    <message>
        <source>Price indexation</source>
        <translation>Indeksregulering</translation>
    </message>
    <message>
        <source>Prices, tier and milestone amounts and fixed fees change by %1 a year from %2 (base year %3); the caps are not indexed</source>
        <translation>Priser, trinn- og milepælsbeløp og faste godtgjørelser endres med %1 per år fra %2 (basisår %3); betalingstakene reguleres ikke</translation>
    </message>
    <message>
        <source>Once every investor has received the capital drawn plus %1 a year on it (judged at the end of the period before), it pays %2.</source>
        <translation>Når hver investor har fått tilbake innskutt kapital pluss %1 per år på den (vurdert ved slutten av perioden før), betales %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tested cohort by cohort: a cohort&apos;s improvement units are paid in a period only when its improvement over its own comparison group reaches its threshold (%1).</source>
        <translation>Testet kohort for kohort: en kohorts forbedringsenheter betales i en periode bare når forbedringen over dens egen sammenligningsgruppe når terskelen (%1).</translation>
    </message>
    <message>
        <source>Final settlement at the end of %1: when all cohorts pooled from the start improve by at least %2, the pooled units not yet paid for are paid then.</source>
        <translation>Sluttoppgjør ved slutten av %1: når alle kohortene samlet fra start har forbedret seg med minst %2, betales da de samlede enhetene det ikke alt er betalt for.</translation>
    </message>
</context>
<context>
    <name>effekt::views::ValueEdit</name>
    <message>
        <source>Not an amount: type a number of kroner, like 60 000.</source>
        <translation>Ikke et beløp: skriv et antall kroner, som 60 000.</translation>
    </message>
    <message>
        <source>Not a percentage: type a number, like 25 for 25 %.</source>
        <translation>Ikke en prosent: skriv et tall, som 25 for 25 %.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Ikke et tall.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Ikke et heltall.</translation>
    </message>
    <message>
        <source>Outside what this field allows.</source>
        <translation>Utenfor det feltet tillater.</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>Tillatt: %1 til %2.</translation>
    </message>
</context>
</TS>
