// The Investment page: investors and the financing of the delivery.
#include "investmentpage.h"

#include "designhelpers.h"
#include "moneyedit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

using namespace designhelpers;

InvestmentPage::InvestmentPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("investment"), parent) {
    auto *model = new DesignTableModel(document_, id_, QStringLiteral("investorsTable"), this);
    model->rows = [](const Project &p) { return static_cast<int>(p.investors.size()); };
    model->rowKey = [](const Project &p, int r) { return at(p.investors, r).id; };
    model->editText = tr("Edit investor");
    model->setColumns({
        DesignColumn{
            tr("Investor"), tr("A party with the role investor"), K::Choice,
            [](const Project &p, int r) { return QVariant(at(p.investors, r).partyId); },
            [](Project &p, int r, const QVariant &v) {
                at(p.investors, r).partyId = v.toInt();
                return true;
            },
            [](const Project &p) { return partyChoices(p, {PartyRole::Investor}, false); }},
        DesignColumn{tr("Commitment"), tr("The most the investor will fund"), K::Money,
                     [](const Project &p, int r) {
                         return QVariant(qlonglong(at(p.investors, r).commitment));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.investors, r).commitment = v.toLongLong();
                         return true;
                     }},
        DesignColumn{
            tr("Tranche"), tr("Senior investors are repaid before subordinate ones"), K::Choice,
            [](const Project &p, int r) { return QVariant(int(at(p.investors, r).tranche)); },
            [](Project &p, int r, const QVariant &v) {
                at(p.investors, r).tranche = Tranche(v.toInt());
                return true;
            },
            [](const Project &) { return trancheChoices(); }},
        DesignColumn{tr("Coupon a year"),
                     tr("Annual interest on principal outstanding (0 %: none)"),
                     K::Percent,
                     [](const Project &p, int r) { return QVariant(at(p.investors, r).coupon); },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.investors, r).coupon = v.toDouble();
                         return true;
                     },
                     {},
                     {},
                     0,
                     10},
        DesignColumn{tr("Return cap (× drawn)"),
                     tr("The most the investor gets back, as a multiple of capital drawn (e.g. "
                        "1,3); empty: no cap"),
                     K::OptionalNumber,
                     [](const Project &p, int r) {
                         const auto &c = at(p.investors, r).returnCap;
                         return c ? QVariant(*c) : QVariant();
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.investors, r).returnCap =
                             v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
                         return true;
                     },
                     {},
                     {},
                     0,
                     1000},
        DesignColumn{
            tr("Guaranteed share"),
            tr("Share of principal drawn that the guarantor covers if it is not repaid"),
            K::Percent,
            [](const Project &p, int r) { return QVariant(at(p.investors, r).guaranteedShare); },
            [](Project &p, int r, const QVariant &v) {
                at(p.investors, r).guaranteedShare = v.toDouble();
                return true;
            },
            {},
            {},
            0,
            1},
        DesignColumn{
            tr("Guarantor"), tr("A party with the role guarantor"), K::Choice,
            [](const Project &p, int r) {
                return QVariant(at(p.investors, r).guarantorId.value_or(-1));
            },
            [](Project &p, int r, const QVariant &v) {
                at(p.investors, r).guarantorId =
                    v.toInt() < 0 ? std::nullopt : std::optional<int>(v.toInt());
                return true;
            },
            [](const Project &p) { return partyChoices(p, {PartyRole::Guarantor}, true); }},
    });
    auto ops = listOps<Investor>([](Project &p) -> std::vector<Investor> & { return p.investors; });
    ops.add = [](Project &p) {
        Investor inv;
        inv.id = p.nextInvestorId();
        // An investor party, else any party (the engine then says it is no investor); with no
        // party at all there is nothing for the row to name.
        if (p.parties.empty())
            return false;
        inv.partyId = p.parties.front().id;
        for (const Party &party : p.parties)
            if (party.role == PartyRole::Investor) {
                inv.partyId = party.id;
                break;
            }
        p.investors.push_back(inv);
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        Investor inv = at(p.investors, row);
        inv.id = p.nextInvestorId();
        p.investors.insert(p.investors.begin() + row + 1, inv);
        return true;
    };
    ops.cannotAdd = [](const Project &p) {
        return p.parties.empty()
                   ? tr("Add the investor on the Parties page first: an investor row names a "
                        "party.")
                   : QString();
    };
    ops.addText = tr("Add investor");
    ops.duplicateText = tr("Duplicate investor");
    ops.removeText = tr("Remove investor");
    ops.moveText = tr("Move investor");
    investors_ = new TableEditor(document_, model, id_, QStringLiteral("investorsTable"),
                                 tr("Investors"), ops);
    investors_->view()->setMaximumHeight(220);
    model->diagnosticEntity = "investor";
    const char *investorFields[] = {"partyId",   "commitment",      "tranche",    "coupon",
                                    "returnCap", "guaranteedShare", "guarantorId"};
    for (int c = 0; c < 7; ++c)
        model->column(c).diagnosticField = investorFields[c];

    auto *financing = new QGroupBox(tr("Financing"));
    auto *ff = new QFormLayout(financing);
    auto *reserve = new PercentEdit;
    reserve->setObjectName(QStringLiteral("reserveShare"));
    reserve->setRange(0, 1);
    describe(reserve, tr("Reserve share"),
             tr("Share of the delivery costs still to come that the account keeps back before "
                "repaying investors (100 %: outcome payments are recycled into delivery first; "
                "0 %: every surplus is paid out at once)"));
    ff->addRow(tr("&Reserve for remaining costs (%):"), reserve);
    binder_->value(
        reserve, [](const Project &p) { return std::optional<double>(p.financing.reserveShare); },
        [](Project &p, std::optional<double> v) { p.financing.reserveShare = v.value_or(0); },
        tr("Change reserve share"));
    binder_->diagnose(reserve, QStringLiteral("financing"), {}, {"reserveShare"});
    auto *incentive = new PercentEdit;
    incentive->setObjectName(QStringLiteral("providerIncentiveShare"));
    incentive->setRange(0, 1);
    describe(incentive, tr("Provider incentive share"),
             tr("Share of what is left after investors are repaid and their return is capped "
                "that goes to the provider; the rest the commissioner does not pay"));
    ff->addRow(tr("&Provider's incentive share (%):"), incentive);
    binder_->value(
        incentive,
        [](const Project &p) { return std::optional<double>(p.financing.providerIncentiveShare); },
        [](Project &p, std::optional<double> v) {
            p.financing.providerIncentiveShare = v.value_or(0);
        },
        tr("Change provider incentive share"));
    binder_->diagnose(incentive, QStringLiteral("financing"), {}, {"providerIncentiveShare"});

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "investor" || d.entity == "financing";
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro(tr("Investors fund the provider's delivery up front and are repaid "
                               "from outcome payments: senior tranche first, then subordinate, "
                               "then a return up to each investor's cap.")));
    layout->addWidget(diagnostics_);
    layout->addWidget(investors_);
    layout->addWidget(financing);
    layout->addStretch();
    setContent(content);
}

} // namespace effekt::views
