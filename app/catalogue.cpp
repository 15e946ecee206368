#include "catalogue.h"

#include "json.h"

#include <QFile>

namespace effekt::app {

namespace {

QString resourcePath(CatalogueKind kind, const char *id) {
    return QStringLiteral(":/catalogue/%1/%2.json")
        .arg(kind == CatalogueKind::Template ? QStringLiteral("templates")
                                             : QStringLiteral("examples"),
             QLatin1String(id));
}

CatalogueEntry entry(CatalogueKind kind, const char *id, const QString &title,
                     const QString &summary, const QString &help) {
    return CatalogueEntry{QLatin1String(id), kind, title, summary, help, resourcePath(kind, id)};
}

} // namespace

std::vector<CatalogueEntry> templates() {
    constexpr auto T = CatalogueKind::Template;
    return {
        entry(T, "prisliste-per-deltaker", Catalogue::tr("Rate card per participant"),
              Catalogue::tr("A price for each outcome each participant reaches, capped per "
                            "participant."),
              Catalogue::tr("Follows the rate card of the UK's DWP Innovation Fund: the "
                            "commissioner pays a fixed price for each outcome a participant "
                            "reaches (better attendance, a passed subject, completed upper "
                            "secondary, work), the first three counted at most once per "
                            "participant, and never more than a cap per participant for all "
                            "outcomes together. The cap works on the participant register "
                            "(pseudonyms), of which the template has a few sample rows.\n\nYou "
                            "decide: the outcomes and their prices, which outcomes count once per "
                            "person, the cap per participant, the total cap, and how participants "
                            "are registered.")),
        entry(T, "terskel-sammenligningsgruppe",
              Catalogue::tr("Threshold against a comparison group"),
              Catalogue::tr("Pays per offence avoided once reoffending is at least 10 % below a "
                            "matched comparison group."),
              Catalogue::tr("Follows the Peterborough contract: reconvictions of the target "
                            "group are compared with a matched comparison group, and payment "
                            "falls due only when the relative improvement reaches 10 %; then it "
                            "is paid per reconviction avoided. Approximation: Peterborough "
                            "tested the threshold per cohort over the whole cohort period; here "
                            "the periods are years and each year stands for one cohort, so the "
                            "threshold is tested per period.\n\nYou decide: the outcome and how "
                            "it is counted, how the comparison group is formed and by whom, the "
                            "threshold, the price per unit, and who pays what share.")),
        entry(T, "andel-av-innsparing-garanti",
              Catalogue::tr("Share of savings with a municipal guarantee"),
              Catalogue::tr("A share of measured savings, higher until the investor is repaid; "
                            "the municipality guarantees half of the investment."),
              Catalogue::tr("Follows the Norrköping contract: the municipality pays a share of "
                            "the savings that are measured (90 % until the payments reach a "
                            "stated sum, 40 % after it) and guarantees part of the investors' "
                            "capital. Approximation: a party has one role, so the municipality "
                            "appears a second time as a party with the role guarantor.\n\nYou "
                            "decide: how savings are measured and verified, the two shares and the "
                            "sum between them, and how much of the investment the municipality "
                            "guarantees.")),
        entry(T, "brofinansiering", Catalogue::tr("Bridge financing"),
              Catalogue::tr("The investor finances the first two years; the municipality takes "
                            "over the financing from year three if results are shown."),
              Catalogue::tr("Follows the bridge financing of the Norwegian contracts in Asker and "
                            "Lier: an investor finances the service at the start, and the "
                            "municipality takes over its financing from a stated period once "
                            "results are shown. Here a review point after year two requires 70 % "
                            "of the planned results; if it passes, a fixed fee equal to the "
                            "delivery cost is paid from year three, besides a price per result; "
                            "if not, the contract ends there. Approximation: the takeover is "
                            "stated for the whole service, not per participant as Asker's "
                            "contract does.\n\nYou decide: when the municipality takes over, the "
                            "review test and its required share, the price per result, and what "
                            "the municipality pays once it has taken over.")),
        entry(T, "milepaeler-og-aktivitet", Catalogue::tr("Milestones and a fixed activity fee"),
              Catalogue::tr("A fixed fee each quarter, payments at milestones and a price per "
                            "participant who completes."),
              Catalogue::tr("A common structure for a first contract: part of the provider's "
                            "cost is paid as a fixed activity fee whatever the results, "
                            "milestones are paid once when reached (service established, first "
                            "group completed), and a price is paid per participant who "
                            "completes.\n\nYou decide: the size of the fixed fee (the part of "
                            "the risk the municipality keeps), the milestones and how each is "
                            "verified, and the price per result.")),
    };
}

std::vector<CatalogueEntry> examples() {
    constexpr auto E = CatalogueKind::Example;
    return {
        entry(E, "ung-i-jobb", Catalogue::tr("Ung i jobb"),
              Catalogue::tr("Young people aged 18–29 into work: two outcome metrics, eight "
                            "quarters, one investor."),
              Catalogue::tr("The worked example of the reference: the municipality pays "
                            "NOK 60,000 for each young person in work for 13 weeks above a "
                            "counterfactual of two a quarter, and NOK 40,000 for each completed "
                            "upper secondary education. One investor finances the delivery. Its "
                            "figures are illustrative.")),
        entry(E, "ips-arbeid-psykisk-helse",
              Catalogue::tr("Work with IPS – mental health and "
                            "substance use"),
              Catalogue::tr("Individual placement and support for 120 people: the municipality "
                            "and NAV pay per participant in work above the control group."),
              Catalogue::tr("Individual placement and support (IPS) for people with moderate to "
                            "severe mental illness or substance use problems who want to work. "
                            "The effect follows the Norwegian IPS trial (37.4 % in ordinary paid "
                            "work after 18 months against 27.1 % in the control group); the "
                            "state's saving is the minimum work assessment allowance (2 G). "
                            "Prices, costs and party names are illustrative; the assumption log "
                            "gives the source of each figure.")),
        entry(E, "barnevern-trygg-hjemme",
              Catalogue::tr("Safe at home – family therapy in child "
                            "welfare"),
              Catalogue::tr("Intensive family therapy for 60 families: paid per placement in an "
                            "institution avoided, and a fixed fee per family started."),
              Catalogue::tr("Home-based family therapy for young people at risk of placement in "
                            "a child welfare institution. The municipality's saving is its own "
                            "share of the cost of an institution (NOK 170,000 a month, the "
                            "state's rate for 2022); the fixed fee per family equals its share "
                            "for MST or FFT. A review point after six quarters ends the contract "
                            "if fewer than half the planned placements are avoided. The effect, "
                            "durations and prices are illustrative; the assumption log gives "
                            "the sources.")),
        entry(E, "hverdagsrehabilitering-eldre",
              Catalogue::tr("Everyday rehabilitation for older "
                            "people"),
              Catalogue::tr("Everyday rehabilitation for 400 older people: a share of measured "
                            "home care savings and a price per participant who reaches own "
                            "goals."),
              Catalogue::tr("Everyday rehabilitation (hverdagsrehabilitering) for older people "
                            "living at home with reduced function. The effect follows the "
                            "national evaluation (833 participants in 43 municipalities, Centre "
                            "for Care Research 2016): better daily functioning at no higher "
                            "cost, and fewer home visits afterwards. The municipality pays 60 % "
                            "of measured home care savings; the amounts are illustrative, and "
                            "the assumption log gives the sources.")),
    };
}

std::vector<CatalogueEntry> catalogue() {
    std::vector<CatalogueEntry> all = templates();
    for (CatalogueEntry &e : examples())
        all.push_back(std::move(e));
    return all;
}

std::optional<CatalogueEntry> catalogueEntry(const QString &id) {
    for (CatalogueEntry &e : catalogue())
        if (e.id == id)
            return std::move(e);
    return std::nullopt;
}

std::optional<Project> loadCatalogueProject(const CatalogueEntry &entry, Diagnostics *problems) {
    QFile file(entry.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->push_back(Diagnostic{DiagCode::FileNotFound,
                                           Severity::Error,
                                           "file",
                                           -1,
                                           "",
                                           -1,
                                           {entry.resource.toStdString()}});
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    LoadResult loaded = json::fromJson(std::string_view(text.constData(), text.size()));
    if (problems)
        *problems = loaded.diagnostics;
    return loaded.project;
}

} // namespace effekt::app
