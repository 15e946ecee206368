// The workbook's words (sheet names, column headers, the names of the project's choices) in
// Bokmål and English. The model holds no text for people; these tables are the workbook's own, and
// the caller chooses the language (the CLI's --language, the GUI's language).
#pragma once

#include <optional>
#include <string_view>

namespace effekt::xlsx {

enum class Language { Nb, En };

// "nb" or "en"; nullopt for anything else.
std::optional<Language> languageFromCode(std::string_view code);

// X(id, English, Bokmål). Sheet names stay within Excel's 31 characters and avoid []:*?/\.
#define EFFEKT_XLSX_LABELS(X)                                                                      \
    X(SheetContract, "Contract", "Kontrakt")                                                       \
    X(SheetParties, "Parties", "Parter")                                                           \
    X(SheetMetrics, "Metrics", "Resultatmål")                                                      \
    X(SheetFees, "Fixed fees", "Faste godtgjørelser")                                              \
    X(SheetInvestors, "Investors", "Investorer")                                                   \
    X(SheetSavings, "Savings", "Innsparing")                                                       \
    X(SheetInputs, "Inputs per period", "Inndata per periode")                                     \
    X(SheetSchedule, "Payment schedule", "Betalingsplan")                                          \
    X(SheetFlows, "Cash flows", "Kontantstrømmer")                                                 \
    X(SheetKpis, "Key figures", "Nøkkeltall")                                                      \
    X(SheetScenarios, "Scenarios", "Scenarioer")                                                   \
    X(Field, "Field", "Felt")                                                                      \
    X(Value, "Value", "Verdi")                                                                     \
    X(Name, "Name", "Navn")                                                                        \
    X(Description, "Description", "Beskrivelse")                                                   \
    X(Currency, "Currency", "Valuta")                                                              \
    X(Start, "Start", "Start")                                                                     \
    X(End, "End", "Slutt")                                                                         \
    X(PeriodLength, "Period length", "Periodelengde")                                              \
    X(Periods, "Periods", "Perioder")                                                              \
    X(TargetGroup, "Target group", "Målgruppe")                                                    \
    X(PlannedSize, "Planned size", "Planlagt antall")                                              \
    X(Cohort, "Cohort", "Kull")                                                                    \
    X(DiscountRate, "Discount rate (a year)", "Diskonteringsrente (per år)")                       \
    X(TraditionalMargin, "Margin of the traditional alternative",                                  \
      "Påslag i tradisjonelt alternativ")                                                          \
    X(ReserveShare, "Reserve share", "Reserveandel")                                               \
    X(ProviderIncentiveShare, "Provider incentive share", "Leverandørens insentivandel")           \
    X(TotalCap, "Total cap", "Samlet betalingstak")                                                \
    X(FeesInsideTotal, "Fixed fees count toward the total cap",                                    \
      "Faste godtgjørelser teller mot samlet tak")                                                 \
    X(CapPerParticipant, "Cap per participant", "Tak per deltaker")                                \
    X(YearCapCuts, "What a payer's cap per budget year cuts", "Det en betalers årstak kutter")     \
    X(YearCapCarried, "Carried to later years with room", "Overføres til senere år med rom")       \
    X(YearCapLost, "Lost", "Tapt")                                                                 \
    X(TerminationPayment, "Termination payment", "Sluttoppgjør ved avbrudd")                       \
    X(IndexationRate, "Price increase a year (indexation)",                                        \
      "Prisstigning per år (indeksregulering)")                                                    \
    X(IndexationBaseYear, "Base year of the prices", "Basisår for prisene")                        \
    X(Basis, "Basis", "Grunnlag")                                                                  \
    X(BasisForecast, "Forecast (actual where reported, plan elsewhere)",                           \
      "Prognose (faktisk der rapportert, ellers plan)")                                            \
    X(Yes, "Yes", "Ja")                                                                            \
    X(No, "No", "Nei")                                                                             \
    X(Role, "Role", "Rolle")                                                                       \
    X(OrgNumber, "Organisation number", "Organisasjonsnummer")                                     \
    X(Cap, "Cap", "Tak")                                                                           \
    X(YearCap, "Cap per budget year", "Tak per budsjettår")                                        \
    X(Commissioner, "Commissioner", "Oppdragsgiver")                                               \
    X(CoPayer, "Co-payer", "Medfinansiør")                                                         \
    X(Investor, "Investor", "Investor")                                                            \
    X(Provider, "Provider", "Leverandør")                                                          \
    X(Intermediary, "Intermediary", "Tilrettelegger")                                              \
    X(Evaluator, "Evaluator", "Evaluator")                                                         \
    X(Guarantor, "Guarantor", "Garantist")                                                         \
    X(Metric, "Metric", "Resultatmål")                                                             \
    X(Definition, "Definition", "Definisjon")                                                      \
    X(Unit, "Unit", "Enhet")                                                                       \
    X(Direction, "Direction", "Retning")                                                           \
    X(HigherIsBetter, "Higher is better", "Høyere er bedre")                                       \
    X(LowerIsBetter, "Lower is better", "Lavere er bedre")                                         \
    X(UnitPeople, "People", "Personer")                                                            \
    X(UnitEvents, "Events", "Hendelser")                                                           \
    X(UnitDays, "Days", "Dager")                                                                   \
    X(UnitMoney, "Money", "Penger")                                                                \
    X(UnitPercent, "Percent", "Prosent")                                                           \
    X(Validation, "Validation method", "Valideringsmetode")                                        \
    X(SimpleVerification, "Simple verification", "Enkel verifisering")                             \
    X(BeforeAfter, "Before and after", "Før og etter")                                             \
    X(HistoricalComparison, "Historical comparison", "Historisk sammenligning")                    \
    X(MatchedComparison, "Matched comparison group", "Matchet sammenligningsgruppe")               \
    X(RandomisedControl, "Randomised controlled trial", "Randomisert kontrollert forsøk")          \
    X(DataSource, "Data source", "Datakilde")                                                      \
    X(Rule, "Payment rule", "Betalingsregel")                                                      \
    X(RulePerUnit, "Price per unit", "Pris per enhet")                                             \
    X(RuleTiered, "Tiered", "Trinnvis")                                                            \
    X(RuleShare, "Share of savings", "Andel av innsparing")                                        \
    X(RuleMilestone, "Milestone", "Milepæl")                                                       \
    X(Price, "Price", "Pris")                                                                      \
    X(Threshold, "Threshold", "Terskel")                                                           \
    X(Share, "Share", "Andel")                                                                     \
    X(SecondShare, "Second share", "Andre andel")                                                  \
    X(SecondShareAfter, "Second share after", "Andre andel etter")                                 \
    X(SecondShareRepaid, "Once investors have capital + ", "Når investorene har fått kapital + ")  \
    X(AYear, " a year", " i året")                                                                 \
    X(MilestoneAmount, "Milestone amount", "Milepælsbeløp")                                        \
    X(CapMoney, "Cap (amount)", "Tak (beløp)")                                                     \
    X(CapUnits, "Cap (units)", "Tak (enheter)")                                                    \
    X(Lag, "Lag (periods)", "Forsinkelse (perioder)")                                              \
    X(Payers, "Payers", "Betalere")                                                                \
    X(Bands, "Volume bands or tiers", "Volumtrinn eller nivåer")                                   \
    X(Kind, "Kind", "Type")                                                                        \
    X(FeePerPeriod, "Per period", "Per periode")                                                   \
    X(FeeShareOfCost, "Share of delivery cost", "Andel av kostnad")                                \
    X(FeePerParticipant, "Per participant started", "Per deltaker som har startet")                \
    X(Amount, "Amount", "Beløp")                                                                   \
    X(FirstPeriod, "First period", "Første periode")                                               \
    X(LastPeriod, "Last period", "Siste periode")                                                  \
    X(Commitment, "Commitment", "Tilsagn")                                                         \
    X(Tranche, "Tranche", "Transje")                                                               \
    X(Senior, "Senior", "Senior")                                                                  \
    X(Subordinate, "Subordinate", "Ansvarlig (underordnet)")                                       \
    X(Coupon, "Coupon (a year)", "Kupong (per år)")                                                \
    X(ReturnCap, "Return cap (multiple)", "Avkastningstak (multiplum)")                            \
    X(GuaranteedShare, "Guaranteed share", "Garantert andel")                                      \
    X(Guarantee, "Guarantee", "Garanti")                                                           \
    X(BudgetHolder, "Budget holder", "Budsjettansvarlig")                                          \
    X(HolderKommune, "Municipality", "Kommune")                                                    \
    X(HolderStat, "State", "Stat")                                                                 \
    X(HolderHelseforetak, "Health trust", "Helseforetak")                                          \
    X(HolderOther, "Other", "Annet")                                                               \
    X(SavingPerUnit, "Saving per unit", "Innsparing per enhet")                                    \
    X(Cashable, "Cashable", "Budsjettmessig realiserbar")                                          \
    X(SpreadYears, "Spread over years", "Fordelt over år")                                         \
    X(Period, "Period", "Periode")                                                                 \
    X(Date, "Date", "Dato")                                                                        \
    X(Plan, "plan", "plan")                                                                        \
    X(Actual, "actual", "faktisk")                                                                 \
    X(Counterfactual, "counterfactual", "nullalternativ")                                          \
    X(DeliveryCost, "Delivery cost", "Kostnad")                                                    \
    X(OutcomeDue, "Outcome payments", "Resultatbetalinger")                                        \
    X(FixedFeesDue, "Fixed fees", "Faste godtgjørelser")                                           \
    X(TotalDue, "Total due", "Sum forfalt")                                                        \
    X(PaidBy, "Paid by", "Betalt av")                                                              \
    X(Total, "Total", "Sum")                                                                       \
    X(Draws, "Drawn from investors", "Innkalt fra investorer")                                     \
    X(Distributions, "Paid to investors", "Utbetalt til investorer")                               \
    X(Drawn, "drawn", "innkalt")                                                                   \
    X(Distributed, "paid", "utbetalt")                                                             \
    X(ProviderIncentive, "Provider incentive", "Leverandørens insentiv")                           \
    X(CommissionerKept, "Kept by the commissioner", "Beholdt av oppdragsgiver")                    \
    X(Reserve, "Reserve (balance)", "Reserve (saldo)")                                             \
    X(FundingGap, "Funding gap", "Finansieringsgap")                                               \
    X(SavingsOf, "Savings", "Innsparing")                                                          \
    X(KeyFigure, "Key figure", "Nøkkeltall")                                                       \
    X(TotalPayments, "Payments in total", "Betalinger i alt")                                      \
    X(NpvPayments, "Present value of payments", "Nåverdi av betalinger")                           \
    X(TotalSavings, "Savings in total", "Innsparing i alt")                                        \
    X(NpvSavings, "Present value of savings", "Nåverdi av innsparing")                             \
    X(NetValue, "Net value", "Nettonytte")                                                         \
    X(BenefitCost, "Benefit-cost ratio", "Nytte-kostnadsbrøk")                                     \
    X(Payback, "Payback period", "Tilbakebetalingsperiode")                                        \
    X(TraditionalCost, "Traditional alternative", "Tradisjonelt alternativ")                       \
    X(NpvTraditional, "Present value of the traditional alternative",                              \
      "Nåverdi av tradisjonelt alternativ")                                                        \
    X(TraditionalNetValue, "Net value against the traditional alternative",                        \
      "Nettonytte mot tradisjonelt alternativ")                                                    \
    X(RiskTransferred, "Risk transferred", "Overført risiko")                                      \
    X(MaxPossible, "Highest possible payment", "Høyeste mulige betaling")                          \
    X(ForecastPayment, "Forecast outcome payments", "Prognose for resultatbetalinger")             \
    X(BreakEven, "Break-even achievement factor", "Oppnåelsesfaktor for balanse")                  \
    X(TerminatedAfter, "Terminated after period", "Avbrutt etter periode")                         \
    X(Profit, "profit", "gevinst")                                                                 \
    X(Multiple, "multiple", "multiplum")                                                           \
    X(IrrAnnual, "IRR a year", "internrente per år")                                               \
    X(Xirr, "XIRR", "XIRR")                                                                        \
    X(Scenario, "Scenario", "Scenario")                                                            \
    X(Factor, "Achievement factor", "Oppnåelsesfaktor")                                            \
    X(Delay, "Delay (periods)", "Forsinkelse (perioder)")                                          \
    X(IntakeFactor, "Intake factor", "Inntaksfaktor")                                              \
    X(CostFactor, "Cost factor", "Kostnadsfaktor")                                                 \
    X(SavingsFactor, "Savings factor", "Innsparingsfaktor")                                        \
    X(InvestorDrawn, "Drawn by investors", "Innkalt fra investorer")                               \
    X(InvestorReturned, "Returned to investors", "Tilbakebetalt til investorer")                   \
    X(InvestorProfit, "Investors' profit", "Investorenes gevinst")                                 \
    X(InvestorMultiple, "Investors' multiple", "Investorenes multiplum")                           \
    X(InvestorIrr, "Investors' IRR a year", "Investorenes internrente per år")                     \
    X(TotalCapReached, "Total cap reached", "Samlet tak nådd")                                     \
    X(Failed, "could not be computed", "kunne ikke beregnes")                                      \
    X(Month, "Month", "Måned")                                                                     \
    X(Quarter, "Quarter", "Kvartal")                                                               \
    X(HalfYear, "Half year", "Halvår")                                                             \
    X(Year, "Year", "År")

enum class Label {
#define EFFEKT_XLSX_ID(id, en, nb) id,
    EFFEKT_XLSX_LABELS(EFFEKT_XLSX_ID)
#undef EFFEKT_XLSX_ID
};

// The label in `language` (UTF-8).
const char *text(Label label, Language language);

} // namespace effekt::xlsx
