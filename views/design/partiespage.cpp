// The Parties page: everyone who takes part in the contract, with their roles.
#include "partiespage.h"

#include "designhelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

using namespace designhelpers;

PartiesPage::PartiesPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("parties"), parent) {
    auto *model = new DesignTableModel(document_, id_, QStringLiteral("partiesTable"), this);
    model->rows = [](const Project &p) { return static_cast<int>(p.parties.size()); };
    model->rowKey = [](const Project &p, int r) { return at(p.parties, r).id; };
    model->editText = tr("Edit party");
    model->setColumns({
        DesignColumn{tr("Name"), tr("The party's name, as in the contract"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(at(p.parties, r).name));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.parties, r).name = v.toString().trimmed().toStdString();
                         return true;
                     }},
        DesignColumn{tr("Role"),
                     tr("Commissioners and co-payers pay for outcomes; investors fund the "
                        "delivery; the provider delivers; the evaluator verifies outcomes; a "
                        "guarantor covers investors' losses"),
                     K::Choice,
                     [](const Project &p, int r) { return QVariant(int(at(p.parties, r).role)); },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.parties, r).role = PartyRole(v.toInt());
                         return true;
                     },
                     [](const Project &) { return roleChoices(); }},
        DesignColumn{tr("Organisation number"),
                     tr("The Norwegian organisation number: 9 digits with a modulus-11 check "
                        "digit (may be left empty)"),
                     K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(at(p.parties, r).orgNumber));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         QString t = v.toString();
                         t.remove(QLatin1Char(' '));
                         t.remove(QChar(0x00A0));
                         at(p.parties, r).orgNumber = t.toStdString();
                         return true;
                     },
                     {},
                     [](const Project &p, int r) {
                         const std::string &n = at(p.parties, r).orgNumber;
                         if (n.empty() || isValidOrgNumber(n))
                             return QString();
                         return tr("⚠ Not a valid organisation number (9 digits with a "
                                   "modulus-11 check digit).");
                     }},
        DesignColumn{tr("Cap on payments"),
                     tr("The most this payer pays over the whole contract (commissioners and "
                        "co-payers); empty: no cap"),
                     K::OptionalMoney,
                     [](const Project &p, int r) {
                         const auto &c = at(p.parties, r).cap;
                         return c ? QVariant(qlonglong(*c)) : QVariant();
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.parties, r).cap =
                             v.isValid() ? std::optional<Money>(v.toLongLong()) : std::nullopt;
                         return true;
                     }},
        DesignColumn{tr("Cap per budget year"),
                     tr("The most this payer pays in each calendar year, by the date a payment "
                        "falls due, as its annual budget allows (commissioners and co-payers); "
                        "what it cuts is lost, or carried to later years (Caps page); empty: no "
                        "cap"),
                     K::OptionalMoney,
                     [](const Project &p, int r) {
                         const auto &c = at(p.parties, r).yearCap;
                         return c ? QVariant(qlonglong(*c)) : QVariant();
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.parties, r).yearCap =
                             v.isValid() ? std::optional<Money>(v.toLongLong()) : std::nullopt;
                         return true;
                     }},
    });
    auto ops = listOps<Party>([](Project &p) -> std::vector<Party> & { return p.parties; });
    ops.add = [](Project &p) {
        Party party;
        party.id = p.nextPartyId();
        party.name = tr("Party %1").arg(party.id).toStdString();
        party.role = PartyRole::Provider;
        p.parties.push_back(party);
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        Party party = at(p.parties, row);
        party.id = p.nextPartyId();
        p.parties.insert(p.parties.begin() + row + 1, party);
        return true;
    };
    ops.remove = [](Project &p, int row) { return removeParty(p, at(p.parties, row).id); };
    ops.removeQuestion = [](const Project &p, int row) {
        const Party &party = at(p.parties, row);
        return removalQuestion(QString::fromStdString(party.name), partyDependents(p, party.id));
    };
    ops.addText = tr("Add party");
    ops.duplicateText = tr("Duplicate party");
    ops.removeText = tr("Remove party");
    ops.moveText = tr("Move party");
    parties_ =
        new TableEditor(document_, model, id_, QStringLiteral("partiesTable"), tr("Parties"), ops);
    parties_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    model->diagnosticEntity = "party";
    model->column(2).diagnosticField = "orgNumber";
    model->column(3).diagnosticField = "cap";
    model->column(4).diagnosticField = "yearCap";

    auto *orgWarning = new QLabel;
    orgWarning->setObjectName(QStringLiteral("orgNumberWarning"));
    orgWarning->setWordWrap(true);
    orgWarning->setStyleSheet(QStringLiteral("color: #c04000;"));
    auto updateWarning = [this, orgWarning] {
        QStringList bad;
        for (const Party &party : document_->project().parties)
            if (!party.orgNumber.empty() && !isValidOrgNumber(party.orgNumber))
                bad << tr("⚠ %1: %2 is not a valid organisation number.")
                           .arg(QString::fromStdString(party.name),
                                QString::fromStdString(party.orgNumber));
        orgWarning->setText(bad.join(QLatin1Char('\n')));
        orgWarning->setVisible(!bad.isEmpty());
    };
    connect(document_, &Document::projectChanged, this, updateWarning);
    updateWarning();

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "party" && d.code != DiagCode::InvalidOrgNumber;
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro(tr("Everyone who takes part in the contract. The commissioner (one "
                               "or more) pays for outcomes, co-payers share the payments, "
                               "investors fund the delivery up front, the provider delivers the "
                               "service and an independent evaluator verifies the outcomes.")));
    layout->addWidget(diagnostics_);
    layout->addWidget(parties_);
    layout->addWidget(orgWarning);
    setContent(content);
}

} // namespace effekt::views
