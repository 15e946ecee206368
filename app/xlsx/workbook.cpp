#include "workbook.h"

#include "platform.h"
#include "riskkpis.h"
#include "safewrite.h"
#include "scenario.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>

namespace effekt::xlsx {

namespace {

namespace fs = std::filesystem;

Diagnostics failed(std::string detail) {
    return {Diagnostic{
        DiagCode::FileWriteFailed, Severity::Error, "file", -1, "", -1, {std::move(detail)}}};
}

double kroner(Money m) {
    return static_cast<double>(m) / static_cast<double>(money::kMinorPerMajor);
}

template <typename V> Money at(const std::vector<V> &v, int t) {
    return t >= 0 && static_cast<std::size_t>(t) < v.size() ? v[static_cast<std::size_t>(t)] : 0;
}

// A number as the workbook shows it in a text cell (a tier's level, a band's start).
std::string plainNumber(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

// One worksheet being filled row by row; keeps the widest text of each column for its width.
class Sheet {
public:
    Sheet(lxw_worksheet *ws, lxw_format *header)
        : ws_(ws)
        , header_(header) {}

    lxw_worksheet *ws() const { return ws_; }

    void headers(lxw_row_t row, const std::vector<std::string> &names) {
        for (std::size_t c = 0; c < names.size(); ++c)
            text(row, static_cast<lxw_col_t>(c), names[c], header_);
        worksheet_freeze_panes(ws_, row + 1, 0);
    }
    void text(lxw_row_t row, lxw_col_t col, const std::string &s, lxw_format *f = nullptr) {
        if (!s.empty())
            worksheet_write_string(ws_, row, col, s.c_str(), f);
        widen(col, utf8Length(s));
    }
    void number(lxw_row_t row, lxw_col_t col, double v, lxw_format *f, std::size_t width = 12) {
        worksheet_write_number(ws_, row, col, v, f);
        widen(col, width);
    }
    // Money in kroner, added to its column's sum.
    void money(lxw_row_t row, lxw_col_t col, Money m, lxw_format *f) {
        number(row, col, kroner(m), f, 16);
        Money &sum = sums_[col];
        sum = money::add(sum, m);
    }
    Money sum(lxw_col_t col) const {
        const auto i = sums_.find(col);
        return i == sums_.end() ? 0 : i->second;
    }
    // A formula with its result as computed here, so that a program that shows stored results
    // without computing shows the right one; Excel and LibreOffice compute it afresh.
    void formula(lxw_row_t row, lxw_col_t col, const std::string &f, lxw_format *format,
                 double result) {
        worksheet_write_formula_num(ws_, row, col, f.c_str(), format, result);
        widen(col, 16);
    }
    void date(lxw_row_t row, lxw_col_t col, const Date &d, lxw_format *f) {
        lxw_datetime dt{d.year, d.month, d.day, 0, 0, 0.0};
        worksheet_write_datetime(ws_, row, col, &dt, f);
        widen(col, 11);
    }
    // Sets each column's width from its widest cell, within reason.
    void fitColumns() {
        for (const auto &[col, chars] : widths_) {
            const double w = std::clamp(static_cast<double>(chars) + 2.0, 8.0, 60.0);
            worksheet_set_column(ws_, col, col, w, nullptr);
        }
    }

private:
    static std::size_t utf8Length(const std::string &s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    }
    void widen(lxw_col_t col, std::size_t chars) {
        std::size_t &w = widths_[col];
        w = std::max(w, chars);
    }

    lxw_worksheet *ws_;
    lxw_format *header_;
    std::map<lxw_col_t, std::size_t> widths_;
    std::map<lxw_col_t, Money> sums_;
};

std::string cellName(lxw_row_t row, lxw_col_t col) {
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, row, col);
    return name;
}

class Writer {
public:
    Writer(lxw_workbook *wb, const Project &p, const Results &r, Language language)
        : wb_(wb)
        , p_(p)
        , r_(r)
        , lang_(language) {
        header_ = workbook_add_format(wb_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xDDE6F0);
        format_set_bottom(header_, LXW_BORDER_THIN);
        format_set_text_wrap(header_);
        format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
        bold_ = workbook_add_format(wb_);
        format_set_bold(bold_);
        const std::string money = "#,##0.00 \"" + currencySymbol() + "\"";
        money_ = workbook_add_format(wb_);
        format_set_num_format(money_, money.c_str());
        moneyTotal_ = workbook_add_format(wb_);
        format_set_num_format(moneyTotal_, money.c_str());
        format_set_bold(moneyTotal_);
        format_set_top(moneyTotal_, LXW_BORDER_THIN);
        percent_ = workbook_add_format(wb_);
        format_set_num_format(percent_, "0.00%");
        date_ = workbook_add_format(wb_);
        format_set_num_format(date_, language == Language::Nb ? "dd.mm.yyyy" : "yyyy-mm-dd");
        integer_ = workbook_add_format(wb_);
        format_set_num_format(integer_, "0");
        decimal_ = workbook_add_format(wb_);
        format_set_num_format(decimal_, "0.000");
        wrap_ = workbook_add_format(wb_);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    }

    void write() {
        contract();
        parties();
        metrics();
        fees();
        investors();
        savings();
        inputs();
        schedule();
        flows();
        kpis();
        if (!p_.scenarios.empty())
            scenarios();
    }

private:
    const char *t(Label l) const { return text(l, lang_); }
    std::string currencySymbol() const { return p_.currency == "NOK" ? "kr" : p_.currency; }

    Sheet sheet(Label name) { return Sheet(workbook_add_worksheet(wb_, t(name)), header_); }

    std::string partyName(int id) const {
        const Party *party = p_.party(id);
        return party ? party->name : std::string();
    }
    std::string payersText(const std::vector<PayerShare> &payers) const {
        if (payers.empty()) {
            for (const Party &party : p_.parties)
                if (party.role == PartyRole::Commissioner)
                    return party.name + " 100 %";
            return {};
        }
        std::string s;
        for (const PayerShare &ps : payers) {
            if (!s.empty())
                s += "; ";
            s += partyName(ps.partyId) + " " + plainNumber(ps.share * 100) + " %";
        }
        return s;
    }
    Label roleLabel(PartyRole role) const {
        switch (role) {
        case PartyRole::Commissioner: return Label::Commissioner;
        case PartyRole::CoPayer: return Label::CoPayer;
        case PartyRole::Investor: return Label::Investor;
        case PartyRole::Provider: return Label::Provider;
        case PartyRole::Intermediary: return Label::Intermediary;
        case PartyRole::Evaluator: return Label::Evaluator;
        case PartyRole::Guarantor: return Label::Guarantor;
        }
        return Label::Commissioner;
    }
    Label holderLabel(std::size_t h) const {
        const Label holders[] = {Label::HolderKommune, Label::HolderStat, Label::HolderHelseforetak,
                                 Label::HolderOther};
        return holders[std::min<std::size_t>(h, 3)];
    }

    // ---- inputs
    void contract() {
        Sheet s = sheet(Label::SheetContract);
        s.headers(0, {t(Label::Field), t(Label::Value)});
        lxw_row_t row = 1;
        auto label = [&](Label l) { s.text(row, 0, t(l)); };
        auto textRow = [&](Label l, const std::string &v) {
            label(l);
            s.text(row, 1, v, wrap_);
            ++row;
        };
        auto moneyRow = [&](Label l, std::optional<Money> v) {
            label(l);
            if (v)
                s.number(row, 1, kroner(*v), money_, 16);
            ++row;
        };
        auto percentRow = [&](Label l, double v) {
            label(l);
            s.number(row, 1, v, percent_);
            ++row;
        };
        auto intRow = [&](Label l, double v) {
            label(l);
            s.number(row, 1, v, integer_);
            ++row;
        };
        textRow(Label::Name, p_.name);
        textRow(Label::Description, p_.description);
        textRow(Label::Currency, p_.currency);
        label(Label::Start);
        s.date(row++, 1, p_.timeline.start, date_);
        label(Label::End);
        s.date(row++, 1, p_.timeline.periodEnd(p_.timeline.periods - 1), date_);
        const Label lengths[] = {Label::Month, Label::Quarter, Label::HalfYear, Label::Year};
        textRow(Label::PeriodLength, t(lengths[static_cast<int>(p_.timeline.length)]));
        intRow(Label::Periods, p_.timeline.periods);
        textRow(Label::TargetGroup, p_.targetGroup.name);
        intRow(Label::PlannedSize, p_.targetGroup.plannedSize);
        for (const Cohort &c : p_.targetGroup.cohorts) {
            label(Label::Cohort);
            s.text(row, 1, c.name + " (" + std::to_string(c.plannedSize) + ")");
            ++row;
        }
        percentRow(Label::DiscountRate, p_.valuation.discountRate);
        percentRow(Label::TraditionalMargin, p_.valuation.traditionalMargin);
        percentRow(Label::ReserveShare, p_.financing.reserveShare);
        percentRow(Label::ProviderIncentiveShare, p_.financing.providerIncentiveShare);
        moneyRow(Label::TotalCap, p_.caps.total);
        textRow(Label::FeesInsideTotal, t(p_.caps.fixedFeesInsideTotal ? Label::Yes : Label::No));
        moneyRow(Label::CapPerParticipant, p_.caps.perParticipant);
        if (std::any_of(p_.parties.begin(), p_.parties.end(),
                        [](const Party &x) { return x.yearCap.has_value(); }))
            textRow(Label::YearCapCuts,
                    t(p_.caps.yearCapCarry ? Label::YearCapCarried : Label::YearCapLost));
        if (p_.termination.payment != 0)
            moneyRow(Label::TerminationPayment, p_.termination.payment);
        if (p_.indexation.rate != 0) { // price indexation (docs/engine.md)
            percentRow(Label::IndexationRate, p_.indexation.rate);
            textRow(Label::IndexationBaseYear, // a year, without a thousands separator
                    std::to_string(indexationBaseYear(p_.indexation, p_.timeline)));
        }
        textRow(Label::Basis, t(Label::BasisForecast));
        s.fitColumns();
    }

    void parties() {
        Sheet s = sheet(Label::SheetParties);
        s.headers(0, {t(Label::Name), t(Label::Role), t(Label::OrgNumber), t(Label::Cap),
                      t(Label::YearCap)});
        lxw_row_t row = 1;
        for (const Party &party : p_.parties) {
            s.text(row, 0, party.name);
            s.text(row, 1, t(roleLabel(party.role)));
            s.text(row, 2, party.orgNumber);
            if (party.cap)
                s.number(row, 3, kroner(*party.cap), money_, 16);
            if (party.yearCap)
                s.number(row, 4, kroner(*party.yearCap), money_, 16);
            ++row;
        }
        s.fitColumns();
    }

    std::string ruleDetails(const PaymentRule &rule) const {
        std::string s;
        auto add = [&](const std::string &part) { s += (s.empty() ? "" : "; ") + part; };
        for (const VolumeBand &b : rule.bands)
            add("≥ " + plainNumber(b.fromUnits) + ": " + money::format(b.price) + " " +
                currencySymbol());
        for (const Tier &tier : rule.tiers)
            add(tier.level == 0 ? money::format(tier.amount) + " " + currencySymbol()
                                : "≥ " + plainNumber(tier.level) + ": " +
                                      money::format(tier.amount) + " " + currencySymbol());
        return s;
    }

    void metrics() {
        Sheet s = sheet(Label::SheetMetrics);
        s.headers(0, {t(Label::Metric), t(Label::Definition), t(Label::Unit), t(Label::Direction),
                      t(Label::Validation), t(Label::DataSource), t(Label::Rule), t(Label::Price),
                      t(Label::Threshold), t(Label::Share), t(Label::SecondShare),
                      t(Label::SecondShareAfter), t(Label::MilestoneAmount), t(Label::CapMoney),
                      t(Label::CapUnits), t(Label::Lag), t(Label::Payers), t(Label::Bands)});
        const Label units[] = {Label::UnitPeople, Label::UnitEvents, Label::UnitDays,
                               Label::UnitMoney, Label::UnitPercent};
        const Label validations[] = {Label::SimpleVerification, Label::BeforeAfter,
                                     Label::HistoricalComparison, Label::MatchedComparison,
                                     Label::RandomisedControl};
        const Label rules[] = {Label::RulePerUnit, Label::RuleTiered, Label::RuleShare,
                               Label::RuleMilestone};
        lxw_row_t row = 1;
        for (const Metric &m : p_.metrics) {
            const PaymentRule &rule = m.rule;
            s.text(row, 0, m.name);
            s.text(row, 1, m.definition, wrap_);
            s.text(row, 2, t(units[static_cast<int>(m.unit)]));
            s.text(row, 3,
                   t(m.direction == Direction::HigherIsBetter ? Label::HigherIsBetter
                                                              : Label::LowerIsBetter));
            s.text(row, 4, t(validations[static_cast<int>(m.validation)]));
            s.text(row, 5, m.dataSource);
            s.text(row, 6, t(rules[static_cast<int>(rule.type)]));
            switch (rule.type) {
            case RuleType::PerUnit:
                s.number(row, 7, kroner(rule.price), money_, 14);
                if (rule.thresholdBasis == ThresholdBasis::Units)
                    s.number(row, 8, rule.threshold, decimal_);
                else if (rule.thresholdBasis == ThresholdBasis::Relative)
                    s.number(row, 8, rule.threshold, percent_);
                break;
            case RuleType::ShareOfSavings:
                s.number(row, 9, rule.share, percent_);
                if (rule.secondShare) {
                    s.number(row, 10, *rule.secondShare, percent_);
                    // The sum it starts from, or the investors' repayment it waits for.
                    if (rule.secondShareWhen == SecondShareSwitch::AfterSum)
                        s.number(row, 11, kroner(rule.secondShareAfter), money_, 14);
                    else
                        s.text(row, 11,
                               t(Label::SecondShareRepaid) +
                                   plainNumber(rule.secondShareReturn * 100) + " %" +
                                   t(Label::AYear));
                }
                break;
            case RuleType::Milestone:
                s.number(row, 12, kroner(rule.milestoneAmount), money_, 14);
                break;
            case RuleType::Tiered: break;
            }
            if (rule.capMoney)
                s.number(row, 13, kroner(*rule.capMoney), money_, 16);
            if (rule.capUnits)
                s.number(row, 14, *rule.capUnits, decimal_);
            s.number(row, 15, rule.lag, integer_, 6);
            s.text(row, 16, payersText(rule.payers));
            s.text(row, 17, ruleDetails(rule));
            ++row;
        }
        s.fitColumns();
    }

    void fees() {
        Sheet s = sheet(Label::SheetFees);
        s.headers(0, {t(Label::Name), t(Label::Kind), t(Label::Amount), t(Label::Share),
                      t(Label::FirstPeriod), t(Label::LastPeriod), t(Label::Cohort),
                      t(Label::Payers)});
        const Label kinds[] = {Label::FeePerPeriod, Label::FeeShareOfCost,
                               Label::FeePerParticipant};
        lxw_row_t row = 1;
        for (const FixedFee &f : p_.fixedFees) {
            s.text(row, 0, f.name);
            s.text(row, 1, t(kinds[static_cast<int>(f.kind)]));
            if (f.kind == FixedFeeKind::ShareOfDeliveryCost)
                s.number(row, 3, f.share, percent_);
            else
                s.number(row, 2, kroner(f.amount), money_, 14);
            s.number(row, 4, f.firstPeriod + 1, integer_, 6);
            s.number(row, 5, f.lastPeriod < 0 ? p_.timeline.periods : f.lastPeriod + 1, integer_,
                     6);
            if (f.cohortId)
                for (const Cohort &c : p_.targetGroup.cohorts)
                    if (c.id == *f.cohortId)
                        s.text(row, 6, c.name);
            s.text(row, 7, payersText(f.payers));
            ++row;
        }
        s.fitColumns();
    }

    void investors() {
        Sheet s = sheet(Label::SheetInvestors);
        s.headers(0, {t(Label::Investor), t(Label::Commitment), t(Label::Tranche), t(Label::Coupon),
                      t(Label::ReturnCap), t(Label::GuaranteedShare), t(Label::Guarantor)});
        lxw_row_t row = 1;
        for (const Investor &inv : p_.investors) {
            s.text(row, 0, partyName(inv.partyId));
            s.number(row, 1, kroner(inv.commitment), money_, 16);
            s.text(row, 2, t(inv.tranche == Tranche::Senior ? Label::Senior : Label::Subordinate));
            s.number(row, 3, inv.coupon, percent_);
            if (inv.returnCap)
                s.number(row, 4, *inv.returnCap, decimal_);
            s.number(row, 5, inv.guaranteedShare, percent_);
            if (inv.guarantorId)
                s.text(row, 6, partyName(*inv.guarantorId));
            ++row;
        }
        s.fitColumns();
    }

    void savings() {
        Sheet s = sheet(Label::SheetSavings);
        s.headers(0, {t(Label::Metric), t(Label::BudgetHolder), t(Label::SavingPerUnit),
                      t(Label::Cashable), t(Label::SpreadYears)});
        lxw_row_t row = 1;
        for (const Metric &m : p_.metrics)
            for (const SavingsLine &line : m.savings) {
                s.text(row, 0, m.name);
                s.text(row, 1, t(holderLabel(static_cast<std::size_t>(line.holder))));
                s.number(row, 2, kroner(line.perUnit), money_, 14);
                s.text(row, 3, t(line.cashable ? Label::Yes : Label::No));
                s.number(row, 4, line.spreadYears, integer_, 6);
                ++row;
            }
        s.fitColumns();
    }

    // Per contract period: each metric's plan, actual and counterfactual, and the delivery cost.
    void inputs() {
        Sheet s = sheet(Label::SheetInputs);
        std::vector<std::string> names = {t(Label::Period), t(Label::Date)};
        for (const Metric &m : p_.metrics)
            for (Label l : {Label::Plan, Label::Actual, Label::Counterfactual})
                names.push_back(m.name + " – " + t(l));
        names.push_back(t(Label::DeliveryCost));
        s.headers(0, names);
        const int n = p_.timeline.periods;
        for (int period = 0; period < n; ++period) {
            const auto row = static_cast<lxw_row_t>(period + 1);
            s.number(row, 0, period + 1, integer_, 6);
            s.date(row, 1, p_.timeline.periodEnd(period), date_);
            lxw_col_t col = 2;
            for (const Metric &m : p_.metrics) {
                const auto i = static_cast<std::size_t>(period);
                if (i < m.plan.size())
                    s.number(row, col, m.plan[i], nullptr, 8);
                if (i < m.actual.size() && m.actual[i])
                    s.number(row, col + 1, *m.actual[i], nullptr, 8);
                if (i < m.counterfactual.size())
                    s.number(row, col + 2, m.counterfactual[i], nullptr, 8);
                col = static_cast<lxw_col_t>(col + 3);
            }
            s.money(row, col, at(p_.deliveryCost, period), money_);
        }
        sumRow(s, static_cast<lxw_row_t>(n + 1), n, static_cast<lxw_col_t>(names.size() - 1),
               static_cast<lxw_col_t>(names.size() - 1));
        s.fitColumns();
    }

    // ---- results
    // A row per period of the results (contract periods and the lag after them), with its
    // number and the day its payments fall due; returns the row of the totals.
    lxw_row_t periodRows(Sheet &s) {
        for (int period = 0; period < r_.periods; ++period) {
            const auto row = static_cast<lxw_row_t>(period + 1);
            s.number(row, 0, period + 1, integer_, 6);
            s.date(row, 1, p_.timeline.periodEnd(period), date_);
        }
        return static_cast<lxw_row_t>(r_.periods + 1);
    }

    // "Total" and =SUM() of each column from `first` to `last` over the `n` data rows above.
    void sumRow(Sheet &s, lxw_row_t row, int n, lxw_col_t first, lxw_col_t last) {
        s.text(row, 0, t(Label::Total), bold_);
        for (lxw_col_t c = first; c <= last; ++c) {
            const std::string f = n > 0 ? "=SUM(" + cellName(1, c) + ":" +
                                              cellName(static_cast<lxw_row_t>(n), c) + ")"
                                        : "=0";
            s.formula(row, c, f, moneyTotal_, kroner(s.sum(c)));
        }
    }

    void moneyColumn(Sheet &s, lxw_col_t col, const std::vector<Money> &values) {
        for (int period = 0; period < r_.periods; ++period)
            s.money(static_cast<lxw_row_t>(period + 1), col, at(values, period), money_);
    }

    void schedule() {
        Sheet s = sheet(Label::SheetSchedule);
        std::vector<std::string> names = {t(Label::Period), t(Label::Date)};
        for (const Metric &m : p_.metrics)
            names.push_back(m.name);
        names.push_back(t(Label::OutcomeDue));
        for (const FixedFee &f : p_.fixedFees)
            names.push_back(f.name);
        names.push_back(t(Label::FixedFeesDue));
        names.push_back(t(Label::TotalDue));
        for (int id : r_.payerIds)
            names.push_back(std::string(t(Label::PaidBy)) + " " + partyName(id));
        s.headers(0, names);
        const lxw_row_t total = periodRows(s);
        lxw_col_t col = 2;
        const auto byMetric = outcomeDueByMetric(r_);
        for (std::size_t m = 0; m < p_.metrics.size(); ++m)
            moneyColumn(s, col++, m < byMetric.size() ? byMetric[m] : std::vector<Money>{});
        moneyColumn(s, col++, r_.outcomeDue);
        for (std::size_t f = 0; f < p_.fixedFees.size(); ++f)
            moneyColumn(s, col++,
                        f < r_.fixedFeeByFee.size() ? r_.fixedFeeByFee[f] : std::vector<Money>{});
        moneyColumn(s, col++, r_.fixedFeesDue);
        moneyColumn(s, col++, r_.totalDue);
        for (std::size_t i = 0; i < r_.payerIds.size(); ++i)
            moneyColumn(s, col++, i < r_.payerDue.size() ? r_.payerDue[i] : std::vector<Money>{});
        sumRow(s, total, r_.periods, 2, static_cast<lxw_col_t>(col - 1));
        s.fitColumns();
    }

    void flows() {
        Sheet s = sheet(Label::SheetFlows);
        std::vector<std::string> names = {t(Label::Period), t(Label::Date), t(Label::DeliveryCost),
                                          t(Label::Draws), t(Label::Distributions)};
        for (const InvestorResult &inv : r_.investors) {
            const std::string name = partyName(investorParty(inv.investorId));
            names.push_back(name + " – " + t(Label::Drawn));
            names.push_back(name + " – " + t(Label::Distributed));
        }
        for (Label l : {Label::ProviderIncentive, Label::CommissionerKept, Label::FundingGap})
            names.push_back(t(l));
        for (std::size_t h = 0; h < r_.savings.size(); ++h)
            names.push_back(std::string(t(Label::SavingsOf)) + " – " + t(holderLabel(h)));
        names.push_back(t(Label::Reserve));
        s.headers(0, names);
        const lxw_row_t total = periodRows(s);
        lxw_col_t col = 2;
        moneyColumn(s, col++, r_.deliveryCost);
        moneyColumn(s, col++, r_.draws);
        moneyColumn(s, col++, r_.distributions);
        for (const InvestorResult &inv : r_.investors) {
            moneyColumn(s, col++, inv.draws);
            moneyColumn(s, col++, inv.distributions);
        }
        moneyColumn(s, col++, r_.providerIncentive);
        moneyColumn(s, col++, r_.commissionerKept);
        moneyColumn(s, col++, r_.fundingGap);
        for (const auto &v : r_.savings)
            moneyColumn(s, col++, v);
        // The reserve is a balance at each period's end: it has no total.
        const lxw_col_t reserve = col;
        moneyColumn(s, reserve, r_.reserve);
        sumRow(s, total, r_.periods, 2, static_cast<lxw_col_t>(reserve - 1));
        s.fitColumns();
    }

    int investorParty(int investorId) const {
        for (const Investor &inv : p_.investors)
            if (inv.id == investorId)
                return inv.partyId;
        return -1;
    }

    void kpis() {
        Sheet s = sheet(Label::SheetKpis);
        s.headers(0, {t(Label::KeyFigure), t(Label::Value)});
        lxw_row_t row = 1;
        auto label = [&](const std::string &l) { s.text(row, 0, l); };
        auto moneyRow = [&](const std::string &l, Money v) {
            label(l);
            s.number(row++, 1, kroner(v), money_, 16);
        };
        auto numberRow = [&](const std::string &l, std::optional<double> v, lxw_format *f) {
            label(l);
            if (v)
                s.number(row, 1, *v, f);
            ++row;
        };
        const RiskKpis k = riskKpis(p_, r_);
        moneyRow(t(Label::TotalPayments), r_.totalPayments);
        moneyRow(t(Label::NpvPayments), r_.npvPayments);
        moneyRow(t(Label::TotalSavings), r_.totalSavings);
        moneyRow(t(Label::NpvSavings), r_.npvSavings);
        moneyRow(t(Label::NetValue), r_.netValue);
        numberRow(t(Label::BenefitCost), r_.benefitCostRatio, decimal_);
        numberRow(t(Label::Payback),
                  r_.paybackPeriod ? std::optional<double>(*r_.paybackPeriod + 1) : std::nullopt,
                  integer_);
        moneyRow(t(Label::TraditionalCost), r_.traditionalCost);
        moneyRow(t(Label::NpvTraditional), k.npvTraditional);
        moneyRow(t(Label::TraditionalNetValue), k.traditionalNetValue);
        moneyRow(t(Label::RiskTransferred), r_.riskTransferred);
        moneyRow(t(Label::MaxPossible), r_.maxPossiblePayment);
        moneyRow(t(Label::ForecastPayment), r_.forecastPayment);
        numberRow(t(Label::BreakEven), r_.breakEvenFactor, percent_);
        if (r_.terminatedAfter) {
            numberRow(t(Label::TerminatedAfter), *r_.terminatedAfter + 1, integer_);
            moneyRow(t(Label::TerminationPayment), r_.terminationPayment);
        }
        for (const InvestorResult &inv : r_.investors) {
            const std::string name = partyName(investorParty(inv.investorId)) + " – ";
            moneyRow(name + t(Label::Drawn), inv.drawn);
            moneyRow(name + t(Label::Distributed), inv.distributed);
            moneyRow(name + t(Label::Guarantee), inv.guarantee);
            moneyRow(name + t(Label::Profit), inv.profit);
            numberRow(name + t(Label::Multiple), inv.multiple, decimal_);
            numberRow(name + t(Label::IrrAnnual), inv.irrAnnual, percent_);
            numberRow(name + t(Label::Xirr),
                      inv.xirr.ok() ? std::optional<double>(inv.xirr.rate) : std::nullopt,
                      percent_);
        }
        s.fitColumns();
    }

    void scenarios() {
        Sheet s = sheet(Label::SheetScenarios);
        s.headers(0, {t(Label::Scenario),       t(Label::Factor),
                      t(Label::Delay),          t(Label::IntakeFactor),
                      t(Label::CostFactor),     t(Label::SavingsFactor),
                      t(Label::DiscountRate),   t(Label::TotalPayments),
                      t(Label::NpvPayments),    t(Label::NpvSavings),
                      t(Label::NetValue),       t(Label::TraditionalCost),
                      t(Label::NpvTraditional), t(Label::TraditionalNetValue),
                      t(Label::InvestorDrawn),  t(Label::InvestorReturned),
                      t(Label::InvestorProfit), t(Label::InvestorMultiple),
                      t(Label::InvestorIrr),    t(Label::TotalCapReached),
                      t(Label::TerminatedAfter)});
        const std::vector<ScenarioResult> results = computeScenarios(p_);
        lxw_row_t row = 1;
        for (std::size_t i = 0; i < results.size() && i < p_.scenarios.size(); ++i) {
            const Scenario &sc = p_.scenarios[i];
            const ScenarioResult &res = results[i];
            s.text(row, 0, sc.name);
            s.number(row, 1, sc.factor, percent_);
            s.number(row, 2, sc.delay, integer_, 6);
            s.number(row, 3, sc.intakeFactor, percent_);
            s.number(row, 4, sc.costFactor, percent_);
            s.number(row, 5, sc.savingsFactor, percent_);
            s.number(row, 6, sc.discountRate.value_or(p_.valuation.discountRate), percent_);
            if (res.failed) {
                s.text(row, 7, t(Label::Failed));
                ++row;
                continue;
            }
            const RiskKpis &k = res.kpis;
            lxw_col_t col = 7;
            for (Money v : {k.payments, k.npvPayments, k.npvSavings, k.netValue, k.traditionalCost,
                            k.npvTraditional, k.traditionalNetValue, k.investorDrawn,
                            k.investorReturned, k.investorProfit})
                s.number(row, col++, kroner(v), money_, 16);
            if (k.investorMultiple)
                s.number(row, col, *k.investorMultiple, decimal_);
            ++col;
            if (k.investorIrrAnnual)
                s.number(row, col, *k.investorIrrAnnual, percent_);
            ++col;
            s.text(row, col++, t(k.totalCapReached ? Label::Yes : Label::No));
            if (k.terminatedAfter)
                s.number(row, col, *k.terminatedAfter + 1, integer_, 6);
            ++row;
        }
        s.fitColumns();
    }

    lxw_workbook *wb_;
    const Project &p_;
    const Results &r_;
    Language lang_;
    lxw_format *header_, *bold_, *money_, *moneyTotal_, *percent_, *date_, *integer_, *decimal_,
        *wrap_;
};

// A folder of our own under the system's temporary folder, created exclusively, for the
// workbook libxlsxwriter writes by name; removed again by its destructor.
class PrivateFolder {
public:
    PrivateFolder() {
        std::random_device device;
        std::error_code ec;
        const fs::path base = fs::temp_directory_path(ec);
        if (ec)
            return;
        for (int attempt = 0; attempt < 16 && path_.empty(); ++attempt) {
            char hex[17];
            std::snprintf(hex, sizeof hex, "%08x%08x", device(), device());
            fs::path p = base / (std::string("effekt-xlsx-") + hex);
            if (fs::create_directory(p, ec) && !ec)
                path_ = p;
        }
    }
    ~PrivateFolder() {
        std::error_code ec;
        if (!path_.empty())
            fs::remove_all(path_, ec);
    }
    PrivateFolder(const PrivateFolder &) = delete;
    PrivateFolder &operator=(const PrivateFolder &) = delete;
    const fs::path &path() const { return path_; }

private:
    fs::path path_;
};

} // namespace

bool available() {
    return true;
}

Diagnostics writeWorkbook(const Project &project, const Results &results, const std::string &path,
                          Language language) {
    PrivateFolder folder;
    if (folder.path().empty())
        return failed("cannot create a temporary folder for " + path);
    const fs::path draft = folder.path() / "workbook.xlsx";
    const std::string draftName = platform::utf8(draft);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    const std::string tmpdir = platform::utf8(folder.path());
    std::vector<char> tmp(tmpdir.begin(), tmpdir.end());
    tmp.push_back('\0');
    options.tmpdir = tmp.data();
    lxw_workbook *wb = workbook_new_opt(draftName.c_str(), &options);
    if (!wb)
        return failed("cannot start the workbook for " + path);
    lxw_doc_properties properties{};
    std::vector<char> title(project.name.begin(), project.name.end());
    title.push_back('\0');
    properties.title = title.data();
    workbook_set_properties(wb, &properties);
    try {
        Writer(wb, project, results, language).write();
    } catch (const std::exception &e) {
        workbook_close(wb);
        return failed(std::string("cannot write the workbook: ") + e.what());
    }
    const lxw_error error = workbook_close(wb);
    if (error != LXW_NO_ERROR)
        return failed(std::string("cannot write the workbook: ") + lxw_strerror(error));
    std::ifstream in(draft, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        return failed("cannot read back the workbook written for " + path);
    return safewrite::writeFile(path, bytes);
}

} // namespace effekt::xlsx
