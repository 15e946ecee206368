#include "indigo.h"

#include "engine.h"
#include "safewrite.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace effekt::indigo {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char *kPublic = "PUBLIC";
constexpr const char *kContractSource = "source-1";

// ---- values in the standard's shape ------------------------------------------------------------

Json value(Json v) {
    Json o = Json::object();
    o["value"] = std::move(v);
    return o;
}
// A field whose schema has a status beside its value (the *_and_status definitions).
Json valueWithStatus(Json v) {
    Json o = value(std::move(v));
    o["status"] = kPublic;
    return o;
}
double kroner(Money m) {
    return static_cast<double>(m) / static_cast<double>(money::kMinorPerMajor);
}

// A number as text in the C locale, whatever the program's locale, to six decimals at most.
std::string number(double v) {
    const double rounded = std::round(v * 1e6) / 1e6;
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, rounded == 0 ? 0.0 : rounded);
    return std::string(buf, r.ptr);
}
std::string percent(double fraction) {
    return number(fraction * 100) + " %";
}

std::string today() {
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(system_clock::now()).time_since_epoch().count();
    return Date::fromDays(static_cast<std::int64_t>(days)).toIso();
}

std::string metricId(const Metric &m) {
    return "outcome-metric-" + std::to_string(m.id);
}

// ---- the payment rule in words ------------------------------------------------------------------

class Words {
public:
    Words(const Project &p, bool namesPublic)
        : p_(p)
        , names_(namesPublic) {}

    std::string money(Money m) const { return p_.currency + " " + money::format(m); }

    std::string payerName(int partyId) const {
        const Party *party = p_.party(partyId);
        if (!party)
            return "party " + std::to_string(partyId);
        if (names_)
            return party->name;
        return party->role == PartyRole::Commissioner ? "the commissioner" : "a co-payer";
    }

    std::string rule(const Metric &m) const {
        const PaymentRule &r = m.rule;
        std::string s;
        switch (r.type) {
        case RuleType::PerUnit:
            if (r.bands.empty()) {
                s = "Rate card: " + money(r.price) + " per improvement unit";
            } else {
                s = "Rate card with volume bands:";
                for (std::size_t i = 0; i < r.bands.size(); ++i) {
                    s += i ? "; " : " ";
                    s += money(r.bands[i].price) + " per unit";
                    s += i == 0 && r.bands[i].fromUnits == 0
                             ? std::string(" from the first paid unit")
                             : " above " + number(r.bands[i].fromUnits) + " paid units";
                }
            }
            if (r.thresholdBasis == ThresholdBasis::Units)
                s += "; paid only in periods with at least " + number(r.threshold) +
                     " improvement units";
            else if (r.thresholdBasis == ThresholdBasis::Relative)
                s += "; paid only in periods where the improvement is at least " +
                     percent(r.threshold) + " of the counterfactual";
            break;
        case RuleType::Tiered:
            s = std::string("Payment by tiers of ") +
                (r.tierBasis == TierBasis::Relative
                     ? "the improvement relative to the counterfactual"
                     : "the observed value") +
                (r.tierMode == TierMode::Step ? " (step)" : " (interpolated between tiers)") + ":";
            for (std::size_t i = 0; i < r.tiers.size(); ++i) {
                s += i ? "; " : " ";
                s += "from " +
                     (r.tierBasis == TierBasis::Relative ? percent(r.tiers[i].level)
                                                         : number(r.tiers[i].level)) +
                     ": " + money(r.tiers[i].amount);
            }
            s += r.tierAmountBasis == TierAmountBasis::PerPeriod ? " a period"
                                                                 : " per cohort member a period";
            break;
        case RuleType::ShareOfSavings:
            s = "Share of savings: " + percent(r.share) + " of the money saved";
            if (r.secondShare && r.secondShareWhen == SecondShareSwitch::InvestorsRepaid)
                s += ", " + percent(*r.secondShare) +
                     " once every investor has received the capital drawn plus " +
                     percent(r.secondShareReturn) + " a year";
            else if (r.secondShare)
                s += ", " + percent(*r.secondShare) + " once the payments reach " +
                     money(r.secondShareAfter);
            break;
        case RuleType::Milestone:
            s = "Milestone: " + money(r.milestoneAmount) +
                " once, in the first period the milestone is reached";
            break;
        }
        if (r.capMoney)
            s += "; at most " + money(*r.capMoney) + " in all";
        if (r.capUnits)
            s += "; at most " + number(*r.capUnits) + " paid units in all";
        if (r.oncePerParticipant)
            s += "; each participant counts once";
        if (r.lag > 0)
            s += "; paid " + std::to_string(r.lag) + (r.lag == 1 ? " period" : " periods") +
                 " after the outcome is achieved";
        if (!r.payers.empty()) {
            s += "; paid by ";
            for (std::size_t i = 0; i < r.payers.size(); ++i)
                s += (i ? ", " : "") + payerName(r.payers[i].partyId) + " " +
                     percent(r.payers[i].share);
        }
        return s + ".";
    }

private:
    const Project &p_;
    bool names_;
};

const char *validationMethod(ValidationMethod v) {
    // The methods the standard's definition of outcome_validation_method lists.
    switch (v) {
    case ValidationMethod::SimpleVerification: return "Simple ex-post verification";
    case ValidationMethod::BeforeAfter: return "Pre-Post analysis";
    case ValidationMethod::HistoricalComparison: return "Historical comparison";
    case ValidationMethod::MatchedComparison: return "Quasi-experimental study";
    case ValidationMethod::RandomisedControl: return "Randomised Control Trial";
    }
    return "Not available";
}

const char *unitName(MetricUnit u) {
    switch (u) {
    case MetricUnit::People: return "people";
    case MetricUnit::Events: return "events";
    case MetricUnit::Days: return "days";
    case MetricUnit::Money: return "money";
    case MetricUnit::Percent: return "percent";
    }
    return "units";
}

const char *roleName(PartyRole r) {
    switch (r) {
    case PartyRole::Commissioner: return "Commissioner (outcome payer)";
    case PartyRole::CoPayer: return "Co-payer of outcomes";
    case PartyRole::Investor: return "Investor";
    case PartyRole::Provider: return "Service provider";
    case PartyRole::Intermediary: return "Intermediary";
    case PartyRole::Evaluator: return "Evaluator";
    case PartyRole::Guarantor: return "Guarantor";
    }
    return "Party";
}

// Whether every period of the metric has a reported value.
bool reportedEverywhere(const Metric &m) {
    return !m.actual.empty() && std::all_of(m.actual.begin(), m.actual.end(),
                                            [](const auto &a) { return a.has_value(); });
}
bool reportedAnywhere(const Project &p) {
    for (const Metric &m : p.metrics)
        for (const auto &a : m.actual)
            if (a)
                return true;
    return false;
}

struct Period {
    Json operator()(const Timeline &tl, int t) const {
        Json o = Json::object();
        o["start_date"] = value(tl.periodStart(t).toIso());
        o["end_date"] = value(tl.periodEnd(t).toIso());
        return o;
    }
};

// Outcome payments of one basis by metric, payer and due period: [metric][payer][due period],
// with what a payer's cap per budget year cut and carried to a later year where it is paid.
// `reportedOnly` keeps the payments for outcomes achieved in reported periods alone (the carried
// amounts of an actual run come from those: it counts a period not reported as no improvement).
using ByPayer = std::vector<std::vector<std::vector<Money>>>;
ByPayer paymentsByPayer(const Project &p, const Results &r, bool reportedOnly) {
    ByPayer out(p.metrics.size(),
                std::vector<std::vector<Money>>(
                    r.payerIds.size(), std::vector<Money>(static_cast<std::size_t>(r.periods))));
    for (std::size_t m = 0; m < p.metrics.size() && m < r.metric.size(); ++m)
        for (std::size_t t = 0; t < r.metric[m].size(); ++t) {
            const Metric &metric = p.metrics[m];
            if (reportedOnly && (t >= metric.actual.size() || !metric.actual[t]))
                continue;
            const int due = r.metric[m][t].duePeriod;
            if (due < 0 || due >= r.periods)
                continue;
            const auto split = r.byPayer(m, static_cast<int>(t));
            for (std::size_t k = 0; k < split.size(); ++k)
                out[m][k][static_cast<std::size_t>(due)] =
                    money::add(out[m][k][static_cast<std::size_t>(due)], split[k]);
        }
    for (std::size_t m = 0; m < p.metrics.size(); ++m)
        for (int d = 0; d < r.periods; ++d) {
            const auto carried = r.carriedByPayer(m, d);
            for (std::size_t k = 0; k < carried.size(); ++k)
                out[m][k][static_cast<std::size_t>(d)] =
                    money::add(out[m][k][static_cast<std::size_t>(d)], carried[k]);
        }
    return out;
}

// The project for the actual payments: a period not reported counts as no improvement (observed =
// counterfactual), not as an observed 0, which for a metric where lower is better would be the best
// outcome possible (and would use up caps).
Project asReported(const Project &p) {
    Project q = p;
    for (Metric &m : q.metrics)
        for (std::size_t t = 0; t < m.actual.size(); ++t)
            if (!m.actual[t])
                m.actual[t] = t < m.counterfactual.size() ? m.counterfactual[t] : 0.0;
    return q;
}

class Exporter {
public:
    Exporter(const Project &p, const Options &o)
        : p_(p)
        , s_(o.sections)
        , date_(o.date.empty() ? today() : o.date)
        , words_(p, o.sections.organisations)
        , plan_(compute(p, Basis::Plan))
        , actual_(compute(asReported(p), Basis::Actual))
        , planned_(paymentsByPayer(p, plan_, false))
        , paid_(paymentsByPayer(p, actual_, true))
        , reported_(reportedAnywhere(p)) {}

    Json build() {
        Json j = Json::object();
        j["status"] = kPublic;
        j["name"] = value(p_.name);
        if (reported_) {
            const bool all = std::all_of(p_.metrics.begin(), p_.metrics.end(), reportedEverywhere);
            j["stage_development"] =
                sourced(value(all ? "Service delivery complete" : "Implementation"));
            j["stage_development"]["status"] = kPublic;
        }
        j["dates"] = dates();
        j["jurisdiction"] =
            Json{{"jurisdiction", valueWithStatus("NO")}, {"source_ids", kContractSource}};
        j["overall_project_finance"] = finance();
        if (!p_.description.empty())
            j["purpose_and_classifications"] = Json{
                {"intervention", valueWithStatus(p_.description)}, {"source_ids", kContractSource}};
        if (s_.outcomeMetrics)
            j["service_and_beneficiaries"] = beneficiaries();
        j["sources"] = sources();
        if (s_.organisations) {
            j["organisations"] = organisations();
            put(j, "service_provisions", serviceProvisions());
            put(j, "intermediary_services", intermediaryServices());
        }
        if (s_.outcomeMetrics)
            put(j, "outcome_metrics", outcomeMetrics());
        if (s_.pricing)
            put(j, "outcome_pricings", pricings());
        if (s_.commitments)
            put(j, "outcome_payment_commitments", commitments());
        if (s_.investments)
            put(j, "investments", investments());
        Json payments = Json::array();
        if (s_.plannedPayments)
            outcomePayments(payments, planned_, false);
        if (s_.actualPayments && reported_)
            outcomePayments(payments, paid_, true);
        put(j, "outcome_payments", std::move(payments));
        if (s_.results)
            put(j, "results", results());
        return j;
    }

    const Results &plan() const { return plan_; }

private:
    static void put(Json &j, const char *key, Json list) {
        if (!list.empty())
            j[key] = std::move(list);
    }
    static Json sourced(Json o) {
        o["source_ids"] = kContractSource;
        return o;
    }
    static Json item(Json o) {
        o["source_ids"] = kContractSource;
        o["status"] = kPublic;
        return o;
    }
    Json moneyValue(Money m) const {
        Json o = Json::object();
        o["currency"] = value(p_.currency);
        o["amount"] = value(kroner(m));
        return o;
    }
    Json moneyWithStatus(Money m) const {
        Json o = Json::object();
        o["currency"] = valueWithStatus(p_.currency);
        o["amount"] = valueWithStatus(kroner(m));
        return o;
    }
    std::optional<std::string> org(int partyId) const {
        if (!s_.organisations)
            return std::nullopt;
        const Party *party = p_.party(partyId);
        if (!party)
            return std::nullopt;
        return organisationId(*party);
    }
    const Party *firstOf(PartyRole role) const {
        for (const Party &party : p_.parties)
            if (party.role == role)
                return &party;
        return nullptr;
    }
    // Who receives the outcome payments: the intermediary that holds the contract, or else the
    // service provider.
    std::optional<std::string> recipient() const {
        const Party *r = firstOf(PartyRole::Intermediary);
        if (!r)
            r = firstOf(PartyRole::Provider);
        return r ? org(r->id) : std::nullopt;
    }

    Json dates() const {
        const Timeline &tl = p_.timeline;
        Json d = Json::object();
        d["start_date_of_service_provision"] = valueWithStatus(tl.start.toIso());
        d["anticipated_end_date_of_service_provision"] =
            valueWithStatus(tl.periodEnd(tl.periods - 1).toIso());
        // The last period an outcome payment can fall due in (payment lags included).
        int last = tl.periods - 1;
        for (const Metric &m : p_.metrics)
            last = std::max(last, tl.periods - 1 + std::max(0, m.rule.lag));
        d["anticipated_completion_date"] = valueWithStatus(tl.periodEnd(last).toIso());
        d["source_ids"] = kContractSource;
        return d;
    }

    Json finance() const {
        Json f = Json::object();
        if (s_.investments && !p_.investors.empty()) {
            Money total = 0;
            for (const Investor &i : p_.investors)
                total = money::add(total, i.commitment);
            f["total_investment_commitment"] =
                Json{{"currency", valueWithStatus(p_.currency)},
                     {"amount", Json{{"exact", valueWithStatus(kroner(total))}}}};
        }
        if (s_.pricing) {
            std::optional<Money> max;
            if (p_.caps.total)
                max = *p_.caps.total;
            else if (!plan_.maxPossibleUnbounded)
                max = plan_.maxPossiblePayment;
            if (max)
                f["maximum_potential_outcome_payment_v2"] = moneyWithStatus(*max);
        }
        if (s_.actualPayments && reported_) {
            // The outcomes of reported periods only.
            Money paid = 0;
            for (const auto &metric : paid_)
                for (const auto &payer : metric)
                    for (Money m : payer)
                        paid = money::add(paid, m);
            f["total_outcome_payments_made"] = moneyWithStatus(paid);
        }
        if (!f.empty())
            f["source_ids"] = kContractSource;
        return f;
    }

    Json beneficiaries() const {
        const TargetGroup &tg = p_.targetGroup;
        Json b = Json::object();
        std::string population = tg.name;
        if (!tg.description.empty())
            population += population.empty() ? tg.description : ": " + tg.description;
        if (!population.empty())
            b["target_population"] = valueWithStatus(population);
        if (tg.plannedSize > 0) {
            b["targeted_number_service_users_or_beneficiaries_total"] =
                valueWithStatus(tg.plannedSize);
            b["unit_type_targeted_service_users_or_beneficiaries"] =
                Json{{"value", "Individual"}, {"status", kPublic}};
        }
        if (!b.empty())
            b["source_ids"] = kContractSource;
        return b;
    }

    Json sources() const {
        Json list = Json::array();
        Json s = Json::object();
        s["id"] = kContractSource;
        const Party *commissioner = firstOf(PartyRole::Commissioner);
        s["name"] = value(commissioner && s_.organisations ? commissioner->name
                                                           : std::string("The commissioner"));
        s["type"] = value("Contract");
        if (commissioner && s_.organisations)
            s["publishing_organisation_ids"] = value(organisationId(*commissioner));
        s["publication_date"] = value(date_);
        s["notes"] = "The contract's design as exported from Effekt Studio " EFFEKT_VERSION
                     " in the shape of the INDIGO data standard " +
                     std::string(kStandardVersion) + ".";
        s["status"] = kPublic;
        list.push_back(std::move(s));
        if (s_.sources) {
            std::set<std::string> seen;
            int n = 1;
            for (const Assumption &a : p_.assumptions) {
                if (a.source.empty() || !seen.insert(a.source).second)
                    continue;
                Json extra = Json::object();
                extra["id"] = "source-" + std::to_string(++n);
                extra["name"] = value(a.source);
                extra["type"] = value("Report");
                extra["notes"] = "Source of an assumption of the contract: " + a.text;
                extra["status"] = kPublic;
                list.push_back(std::move(extra));
            }
        }
        return list;
    }

    Json organisations() const {
        Json list = Json::array();
        std::set<std::string> seen;
        for (const Party &party : p_.parties) {
            const std::string id = organisationId(party);
            if (!seen.insert(id).second)
                continue;
            Json o = Json::object();
            o["id"] = id;
            o["name"] = value(party.name);
            std::string roles;
            for (const Party &same : p_.parties)
                if (organisationId(same) == id)
                    roles += (roles.empty() ? "" : "; ") + std::string(roleName(same.role));
            o["description"] = value(roles + " in this contract");
            if (id.rfind("NO-BRC-", 0) == 0) {
                o["org-ids"] = Json{{"primary", value(id)}};
                o["jurisdiction"] = value("NO");
                o["country"] = value("NO");
            }
            if (party.role == PartyRole::Commissioner)
                o["type"] = value("Government body");
            o["status"] = kPublic;
            list.push_back(std::move(o));
        }
        return list;
    }

    Json serviceProvisions() const {
        Json list = Json::array();
        for (const Party &party : p_.parties) {
            if (party.role != PartyRole::Provider)
                continue;
            Json s = Json::object();
            s["id"] = "service-provision-" + std::to_string(party.id);
            s["organisation_id"] = value(organisationId(party));
            if (!p_.description.empty())
                s["intervention"] = value(p_.description);
            s["planned_service"] =
                Json{{"start_date", value(p_.timeline.start.toIso())},
                     {"end_date", value(p_.timeline.periodEnd(p_.timeline.periods - 1).toIso())}};
            list.push_back(item(std::move(s)));
        }
        return list;
    }

    Json intermediaryServices() const {
        Json list = Json::array();
        for (const Party &party : p_.parties)
            if (party.role == PartyRole::Intermediary)
                list.push_back(item(Json{{"organisation_id", value(organisationId(party))}}));
        return list;
    }

    Json outcomeMetrics() const {
        Json list = Json::array();
        for (const Metric &m : p_.metrics) {
            Json o = Json::object();
            o["id"] = metricId(m);
            std::string definition = m.name;
            if (!m.definition.empty())
                definition += ": " + m.definition;
            o["definition"] = value(definition);
            if (!p_.targetGroup.name.empty())
                o["target_population"] = value(p_.targetGroup.name);
            int targeted = p_.targetGroup.plannedSize;
            if (m.cohortId)
                for (const Cohort &c : p_.targetGroup.cohorts)
                    if (c.id == *m.cohortId)
                        targeted = c.plannedSize;
            if (targeted > 0)
                o["targeted_number_of_service_users_or_beneficiaries_total"] = value(targeted);
            if (m.unit == MetricUnit::People) {
                o["unit_type_of_targeted_service_users_or_beneficiaries"] = value("Individual");
            } else {
                o["unit_type_of_targeted_service_users_or_beneficiaries"] = value("Other");
                o["unit_description_of_service_user_or_beneficiaries"] = value(unitName(m.unit));
            }
            double plan = 0, counterfactual = 0;
            for (double v : m.plan)
                plan += v;
            for (double v : m.counterfactual)
                counterfactual += v;
            o["outcome_metric_target"] =
                value("Planned " + number(plan) + " " + unitName(m.unit) +
                      " over the contract against a counterfactual of " + number(counterfactual) +
                      (m.direction == Direction::HigherIsBetter ? " (higher is better)"
                                                                : " (lower is better)"));
            o["outcome_validation_method"] = value(validationMethod(m.validation));
            if (!m.dataSource.empty())
                o["data_source_for_outcome_validation"] = value(m.dataSource);
            list.push_back(item(std::move(o)));
        }
        return list;
    }

    Json pricings() const {
        Json list = Json::array();
        for (const Metric &m : p_.metrics) {
            Json o = Json::object();
            o["outcome_metric_id"] = value(metricId(m));
            o["currency"] = value(p_.currency);
            if (m.rule.type == RuleType::PerUnit && m.rule.bands.empty())
                o["price_per_unit"] = Json{{"amount", value(kroner(m.rule.price))}};
            if (m.rule.capMoney)
                o["maximum_price_if_all_targets_achieved"] =
                    Json{{"amount", value(money::format(*m.rule.capMoney))}};
            o["price_description"] = value(words_.rule(m));
            list.push_back(item(std::move(o)));
        }
        return list;
    }

    Json commitments() const {
        Json list = Json::array();
        const ByPayer &planned = planned_, &paid = paid_;
        for (std::size_t k = 0; k < plan_.payerIds.size(); ++k) {
            const Party *party = p_.party(plan_.payerIds[k]);
            if (!party)
                continue;
            Json o = Json::object();
            if (auto id = org(party->id))
                o["organisation_id"] = value(*id);
            if (party->role == PartyRole::Commissioner)
                o["organisation_role_category"] = value("Government/Public Sector/Public Bank");
            if (party->cap)
                o["maximum_potential_outcome_payment"] =
                    Json{{"currency", valueWithStatus(p_.currency)},
                         {"amount", value(kroner(*party->cap))}};
            o["period"] =
                Json{{"start_date", value(p_.timeline.start.toIso())},
                     {"end_date", value(p_.timeline.periodEnd(p_.timeline.periods - 1).toIso())}};
            Money plannedTotal = 0, paidTotal = 0;
            for (std::size_t m = 0; m < planned.size(); ++m)
                for (Money v : planned[m][k])
                    plannedTotal = money::add(plannedTotal, v);
            for (std::size_t m = 0; m < paid.size(); ++m)
                for (Money v : paid[m][k])
                    paidTotal = money::add(paidTotal, v);
            if (s_.actualPayments && reported_) {
                const bool all =
                    std::all_of(p_.metrics.begin(), p_.metrics.end(), reportedEverywhere);
                o["result_type"] = value(all ? "Overall" : "Interim");
                o["total_outcome_payments"] = Json{{"currency", valueWithStatus(p_.currency)},
                                                   {"amount", value(kroner(paidTotal))}};
            }
            o["notes"] =
                std::string(party->role == PartyRole::Commissioner ? "Commissioner" : "Co-payer") +
                ". Outcome payments on the plan: " + words_.money(plannedTotal) + ".";
            list.push_back(item(std::move(o)));
        }
        return list;
    }

    Json investments() const {
        Json list = Json::array();
        for (const Investor &inv : p_.investors) {
            Json o = Json::object();
            o["id"] = "investment-" + std::to_string(inv.id);
            if (auto id = org(inv.partyId))
                o["organisation_id"] = value(*id);
            o["investment_commitment"] =
                Json{{"currency", value(p_.currency)},
                     {"amount", Json{{"exact", value(kroner(inv.commitment))}}}};
            // The principal not covered by a guarantee can be lost.
            o["maximum_potential_loss"] = value(percent(1.0 - inv.guaranteedShare));
            if (inv.returnCap)
                o["maximum_potential_return"] =
                    value(std::round((*inv.returnCap - 1.0) * 1e8) / 1e6);
            std::string notes =
                std::string(inv.tranche == Tranche::Senior ? "Senior" : "Subordinate") +
                " tranche; coupon " + percent(inv.coupon) + " a year on principal outstanding";
            if (inv.returnCap)
                notes += "; returns capped at " + number(*inv.returnCap) +
                         " times the capital drawn (the maximum potential return is the total "
                         "return over the contract in per cent, not an annual rate)";
            if (inv.guaranteedShare > 0) {
                notes +=
                    "; " + percent(inv.guaranteedShare) + " of the principal drawn is guaranteed";
                if (inv.guarantorId && s_.organisations)
                    if (const Party *g = p_.party(*inv.guarantorId))
                        notes += " by " + g->name;
            }
            o["notes"] = notes + ".";
            list.push_back(item(std::move(o)));
        }
        return list;
    }

    // The items of `by` (planned_ or paid_).
    void outcomePayments(Json &list, const ByPayer &by, bool actual) const {
        const Results &r = actual ? actual_ : plan_;
        const auto to = recipient();
        for (std::size_t m = 0; m < by.size(); ++m)
            for (std::size_t k = 0; k < by[m].size(); ++k)
                for (std::size_t t = 0; t < by[m][k].size(); ++t) {
                    if (by[m][k][t] == 0)
                        continue;
                    Json o = Json::object();
                    o["outcome_metric_id"] = value(metricId(p_.metrics[m]));
                    o["period"] = Period{}(p_.timeline, static_cast<int>(t));
                    if (auto id = org(r.payerIds[k]))
                        o["payer_organisation_id"] = value(*id);
                    if (to)
                        o["recipient_organisation_id"] = value(*to);
                    o["type"] = value(actual ? "Actual" : "Planned");
                    o["money"] = moneyValue(by[m][k][t]);
                    o["status"] = kPublic;
                    o["source_ids"] = kContractSource;
                    list.push_back(std::move(o));
                }
    }

    Json results() const {
        Json list = Json::array();
        std::string validators;
        if (s_.organisations)
            for (const Party &party : p_.parties)
                if (party.role == PartyRole::Evaluator) {
                    const std::string id = organisationId(party);
                    if (validators.find(id) == std::string::npos)
                        validators += (validators.empty() ? "" : ",") + id;
                }
        for (std::size_t m = 0; m < p_.metrics.size(); ++m) {
            const Metric &metric = p_.metrics[m];
            const bool isFinal = reportedEverywhere(metric);
            for (std::size_t t = 0; t < metric.actual.size(); ++t) {
                if (!metric.actual[t])
                    continue;
                const double observed = *metric.actual[t];
                const double b = t < metric.counterfactual.size() ? metric.counterfactual[t] : 0;
                const double units = m < actual_.metric.size() && t < actual_.metric[m].size()
                                         ? actual_.metric[m][t].units
                                         : 0;
                Json o = Json::object();
                o["outcome_metric_id"] = value(metricId(metric));
                o["result_level"] = value("Outcome level");
                o["result_type"] = value(isFinal ? "Final" : "Interim");
                o["period"] = Period{}(p_.timeline, static_cast<int>(t));
                o["outcomes_achieved"] =
                    value("Observed " + number(observed) + " " + unitName(metric.unit) +
                          " against a counterfactual of " + number(b) + ": " + number(units) +
                          " improvement units");
                if (metric.unit == MetricUnit::People)
                    o["number_with_positive_social_outcomes"] = value(observed);
                if (!validators.empty())
                    o["outcomes_validator_organisation_ids"] = value(validators);
                list.push_back(item(std::move(o)));
            }
        }
        return list;
    }

    const Project &p_;
    Sections s_;
    std::string date_;
    Words words_;
    Results plan_, actual_;
    // Their outcome payments by metric, payer and due period (paymentsByPayer): the actual ones of
    // reported periods only.
    ByPayer planned_, paid_;
    bool reported_;
};

} // namespace

const std::vector<std::string> &sectionKeys() {
    static const std::vector<std::string> keys = {
        "organisations",    "metrics",         "pricing", "commitments", "investments",
        "planned-payments", "actual-payments", "results", "sources"};
    return keys;
}

bool *section(Sections &s, std::string_view key) {
    bool *flags[] = {&s.organisations,  &s.outcomeMetrics, &s.pricing,
                     &s.commitments,    &s.investments,    &s.plannedPayments,
                     &s.actualPayments, &s.results,        &s.sources};
    const auto &keys = sectionKeys();
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return flags[i];
    return nullptr;
}

std::string organisationId(const Party &party) {
    if (isValidOrgNumber(party.orgNumber))
        return "NO-BRC-" + party.orgNumber;
    return "effekt-party-" + std::to_string(party.id);
}

nlohmann::ordered_json exportProject(const Project &project, const Options &options) {
    return Exporter(project, options).build();
}

Diagnostics writeExport(const Project &project, const std::string &path, const Options &options) {
    Exporter exporter(project, options);
    if (hasErrors(exporter.plan().diagnostics)) {
        Diagnostics errors;
        for (const Diagnostic &d : exporter.plan().diagnostics)
            if (d.severity == Severity::Error)
                errors.push_back(d);
        return errors;
    }
    return safewrite::writeFile(path, exporter.build().dump(2) + "\n");
}

} // namespace effekt::indigo
