<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Design</name>
    <message numerus="yes">
        <source>the payer split of %n metric(s)</source>
        <translation>
            <numerusform>the payer split of %n metric</numerusform>
            <numerusform>the payer split of %n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the payer split of %n fixed fee(s)</source>
        <translation>
            <numerusform>the payer split of %n fixed fee</numerusform>
            <numerusform>the payer split of %n fixed fees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investor(s) as guarantor</source>
        <translation>
            <numerusform>%n investor as guarantor</numerusform>
            <numerusform>%n investors as guarantor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed fee(s)</source>
        <translation>
            <numerusform>%n fixed fee</numerusform>
            <numerusform>%n fixed fees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investor row(s)</source>
        <translation>
            <numerusform>%n investor row</numerusform>
            <numerusform>%n investor rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the outcome data</source>
        <translation>
            <numerusform>%n value in the outcome data</numerusform>
            <numerusform>%n values in the outcome data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the participant ledger</source>
        <translation>
            <numerusform>%n row in the participant ledger</numerusform>
            <numerusform>%n rows in the participant ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the intake in %n period(s)</source>
        <translation>
            <numerusform>the intake in %n period</numerusform>
            <numerusform>the intake in %n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review point(s)</source>
        <translation>
            <numerusform>%n review point</numerusform>
            <numerusform>%n review points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its outcome data in %n metric(s) tested cohort by cohort</source>
        <translation>
            <numerusform>its outcome data in %n metric tested cohort by cohort</numerusform>
            <numerusform>its outcome data in %n metrics tested cohort by cohort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message numerus="yes">
        <source>Not shown: %n more problem(s).</source>
        <translation>
            <numerusform>Not shown: %n more problem.</numerusform>
            <numerusform>Not shown: %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a national identity number (fødselsnummer or D-number) in one of their columns. The ledger may hold pseudonyms only: replace these numbers in the file by pseudonymous ids. The numbers are not shown here.</source>
        <translation>
            <numerusform>%n row has a national identity number (fødselsnummer or D-number) in one of its columns. The ledger may hold pseudonyms only: replace this number in the file by a pseudonymous id. The number is not shown here.</numerusform>
            <numerusform>%n rows have a national identity number (fødselsnummer or D-number) in one of their columns. The ledger may hold pseudonyms only: replace these numbers in the file by pseudonymous ids. The numbers are not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message numerus="yes">
        <source>Payment lag +%n period(s)</source>
        <translation>
            <numerusform>Payment lag +%n period</numerusform>
            <numerusform>Payment lag +%n periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::DiagnosticsListPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::KpiCards</name>
    <message numerus="yes">
        <source>%n investor(s)</source>
        <translation>
            <numerusform>%n investor</numerusform>
            <numerusform>%n investors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s): no key figures until they are fixed.</source>
        <translation>
            <numerusform>The design has %n error: no key figures until it is fixed.</numerusform>
            <numerusform>The design has %n errors: no key figures until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n warning(s): check the figures against them.</source>
        <translation>
            <numerusform>With %n warning: check the figures against it.</numerusform>
            <numerusform>With %n warnings: check the figures against them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::LedgerModel</name>
    <message numerus="yes">
        <source>Remove %n ledger row(s)</source>
        <translation>
            <numerusform>Remove %n ledger row</numerusform>
            <numerusform>Remove %n ledger rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::LedgerPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n ledger row(s) from %1</source>
        <translation>
            <numerusform>Import %n ledger row from %1</numerusform>
            <numerusform>Import %n ledger rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused for holding a national identity number.</source>
        <translation>
            <numerusform>%n row refused for holding a national identity number.</numerusform>
            <numerusform>%n rows refused for holding a national identity number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 of %n row shown</numerusform>
            <numerusform>%1 of %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::MetricsDesignPage</name>
    <message numerus="yes">
        <source>%Ln people in each group (the cohort %1)</source>
        <translation>
            <numerusform>%Ln person in each group (the cohort %1)</numerusform>
            <numerusform>%Ln people in each group (the cohort %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in each group (the target group)</source>
        <translation>
            <numerusform>%Ln person in each group (the target group)</numerusform>
            <numerusform>%Ln people in each group (the target group)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop testing “%1” on its own for this metric? Its outcome data (%n value(s)) will be removed.</source>
        <translation>
            <numerusform>Stop testing “%1” on its own for this metric? Its outcome data (%n value) will be removed.</numerusform>
            <numerusform>Stop testing “%1” on its own for this metric? Its outcome data (%n values) will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::MonteCarloPanel</name>
    <message numerus="yes">
        <source>Simulating %Ln trial(s)…</source>
        <translation>
            <numerusform>Simulating %Ln trial…</numerusform>
            <numerusform>Simulating %Ln trials…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s) computed.</source>
        <translation>
            <numerusform>%Ln trial computed.</numerusform>
            <numerusform>%Ln trials computed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s) did not fit in money and are left out.</source>
        <translation>
            <numerusform>%Ln trial did not fit in money and is left out.</numerusform>
            <numerusform>%Ln trials did not fit in money and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::OutcomeGridModel</name>
    <message numerus="yes">
        <source>Clear %n cell(s) of the %1</source>
        <translation>
            <numerusform>Clear %n cell of the %1</numerusform>
            <numerusform>Clear %n cells of the %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::OutcomesPage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be used.</source>
        <translation>
            <numerusform>Nothing was pasted: %n cell cannot be used.</numerusform>
            <numerusform>Nothing was pasted: %n cells cannot be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) into the %1</source>
        <translation>
            <numerusform>Paste %n cell into the %1</numerusform>
            <numerusform>Paste %n cells into the %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond the grid were left out.</source>
        <translation>
            <numerusform>%n cell beyond the grid was left out.</numerusform>
            <numerusform>%n cells beyond the grid were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::OverviewPage</name>
    <message numerus="yes">
        <source>Periods %1–%2 hold %n value(s) that will be removed.</source>
        <translation>
            <numerusform>Periods %1–%2 hold %n value that will be removed.</numerusform>
            <numerusform>Periods %1–%2 hold %n values that will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the participant ledger fall in periods %1–%2 and will lie outside the timeline.</source>
        <translation>
            <numerusform>%n row of the participant ledger falls in periods %1–%2 and will lie outside the timeline.</numerusform>
            <numerusform>%n rows of the participant ledger fall in periods %1–%2 and will lie outside the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::PresentationWindow</name>
    <message numerus="yes">
        <source>%n period(s) later</source>
        <translation>
            <numerusform>%n period later</numerusform>
            <numerusform>%n periods later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::RiskPage</name>
    <message numerus="yes">
        <source>Remove &quot;%1&quot;? Its %n metric override(s) go with it.</source>
        <translation>
            <numerusform>Remove &quot;%1&quot;? Its %n metric override goes with it.</numerusform>
            <numerusform>Remove &quot;%1&quot;? Its %n metric overrides go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effekt::views::TermSheet</name>
    <message numerus="yes">
        <source>Paid %n period(s) after the period of achievement.</source>
        <translation>
            <numerusform>Paid %n period after the period of achievement.</numerusform>
            <numerusform>Paid %n periods after the period of achievement.</numerusform>
        </translation>
    </message>
</context>
</TS>
