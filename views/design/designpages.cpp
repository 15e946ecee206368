#include "designpages.h"

#include "designwidgets.h"
#include "format.h"
#include "moneyedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace effekt::views {

namespace {
// The fixed fee with this id, const or not; nullptr when there is none.
template <typename P> auto findFee(P &p, int id) -> decltype(&p.fixedFees.front()) {
    for (auto &f : p.fixedFees)
        if (f.id == id)
            return &f;
    return nullptr;
}
} // namespace

namespace {
using K = DesignColumn::Kind;

template <typename T> T &at(std::vector<T> &v, int row) {
    return v[static_cast<std::size_t>(row)];
}
template <typename T> const T &at(const std::vector<T> &v, int row) {
    return v[static_cast<std::size_t>(row)];
}

QLabel *intro(const QString &text) {
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}

// Generic row operations on a vector member of the project.
template <typename T, typename Get> TableEditor::Operations listOps(Get get) {
    TableEditor::Operations ops;
    ops.remove = [get](Project &p, int row) {
        auto &v = get(p);
        v.erase(v.begin() + row);
        return true;
    };
    ops.move = [get](Project &p, int from, int to) {
        auto &v = get(p);
        std::swap(at(v, from), at(v, to));
        return true;
    };
    return ops;
}

Money toMoney(std::optional<double> v) {
    return v ? static_cast<Money>(std::llround(*v)) : 0;
}
} // namespace

// ---- DesignPage
// ----------------------------------------------------------------------------------

DesignPage::DesignPage(Document *document, QString id, QWidget *parent)
    : PageWidget(parent)
    , document_(document)
    , id_(std::move(id)) {
    binder_ = new FormBinder(document_, id_, this);
    connect(document_, &Document::projectChanged, binder_, &FormBinder::reload);
}

void DesignPage::setContent(QWidget *content) {
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    binder_->reload();
}

void DesignPage::showLocation(const EditLocation &where) {
    for (TableEditor *t : findChildren<TableEditor *>())
        if (t->view()->objectName() == where.field) {
            t->selectCell(where.row, where.column);
            return;
        }
    if (auto *view = findChild<QTableView *>(where.field)) {
        selectCell(view, where.row, where.column);
        return;
    }
    if (QWidget *w = findChild<QWidget *>(where.field))
        w->setFocus();
}

// ---- Parties
// -------------------------------------------------------------------------------------

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

// ---- Caps, fixed fees and delivery costs
// -----------------------------------------------------------------

CapsPage::CapsPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("caps"), parent) {
    auto *caps = new QGroupBox(tr("Caps on the contract"));
    auto *cf = new QFormLayout(caps);
    auto *total = new MoneyEdit;
    total->setObjectName(QStringLiteral("capTotal"));
    total->setOptional(true);
    total->setPlaceholderText(tr("none"));
    describe(total, tr("Total cap"),
             tr("The most the commissioners pay in outcome payments over the whole contract "
                "(the betalingstak); empty: no cap"));
    cf->addRow(tr("&Total cap on outcome payments:"), total);
    binder_->value(
        total,
        [](const Project &p) {
            return p.caps.total ? std::optional<double>(double(*p.caps.total)) : std::nullopt;
        },
        [](Project &p, std::optional<double> v) {
            p.caps.total = v ? std::optional<Money>(toMoney(v)) : std::nullopt;
        },
        tr("Change total cap"));
    binder_->diagnose(total, QStringLiteral("caps"), {}, {"total"});
    auto *inside = new QCheckBox(tr("&Fixed fees count towards the total cap"));
    inside->setObjectName(QStringLiteral("capFixedFeesInside"));
    describe(inside, tr("Fixed fees inside the total cap"),
             tr("Whether fixed fees are paid out of the total cap (default: no, they come on "
                "top)"));
    cf->addRow(inside);
    binder_->check(
        inside, [](const Project &p) { return p.caps.fixedFeesInsideTotal; },
        [](Project &p, bool v) { p.caps.fixedFeesInsideTotal = v; },
        tr("Change fixed fees inside the cap"));
    auto *perParticipant = new MoneyEdit;
    perParticipant->setObjectName(QStringLiteral("capPerParticipant"));
    perParticipant->setOptional(true);
    perParticipant->setPlaceholderText(tr("none"));
    describe(perParticipant, tr("Cap per participant"),
             tr("The most paid for one participant, all metrics together (needs a participant "
                "ledger); empty: no cap"));
    cf->addRow(tr("Cap per &participant:"), perParticipant);
    binder_->value(
        perParticipant,
        [](const Project &p) {
            return p.caps.perParticipant ? std::optional<double>(double(*p.caps.perParticipant))
                                         : std::nullopt;
        },
        [](Project &p, std::optional<double> v) {
            p.caps.perParticipant = v ? std::optional<Money>(toMoney(v)) : std::nullopt;
        },
        tr("Change cap per participant"));
    binder_->diagnose(perParticipant, QStringLiteral("caps"), {}, {"perParticipant"});

    // Fixed fees
    auto *feeModel = new DesignTableModel(document_, id_, QStringLiteral("feesTable"), this);
    feeModel->rows = [](const Project &p) { return static_cast<int>(p.fixedFees.size()); };
    feeModel->rowKey = [](const Project &p, int r) { return at(p.fixedFees, r).id; };
    feeModel->editText = tr("Edit fixed fee");
    auto periodChoices = [](bool last) {
        return [last](const Project &p) {
            Choices c;
            if (last)
                c.emplace_back(tr("last period"), -1);
            for (int t = 0; t < p.timeline.periods; ++t)
                c.emplace_back(periodLabel(p.timeline, t), t);
            return c;
        };
    };
    feeModel->setColumns({
        DesignColumn{tr("Name"), tr("What the fee is for, e.g. activity payment"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(at(p.fixedFees, r).name));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.fixedFees, r).name = v.toString().trimmed().toStdString();
                         return true;
                     }},
        DesignColumn{tr("Kind"),
                     tr("An amount each period, a share of the provider's delivery cost, or an "
                        "amount for each participant who starts"),
                     K::Choice,
                     [](const Project &p, int r) { return QVariant(int(at(p.fixedFees, r).kind)); },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.fixedFees, r).kind = FixedFeeKind(v.toInt());
                         return true;
                     },
                     [](const Project &) { return feeKindChoices(); }},
        DesignColumn{
            tr("Amount"), tr("Per period, or per participant started"), K::Money,
            [](const Project &p, int r) { return QVariant(qlonglong(at(p.fixedFees, r).amount)); },
            [](Project &p, int r, const QVariant &v) {
                at(p.fixedFees, r).amount = v.toLongLong();
                return true;
            }},
        DesignColumn{tr("Share of cost"),
                     tr("Share of the delivery cost (for that kind)"),
                     K::Percent,
                     [](const Project &p, int r) { return QVariant(at(p.fixedFees, r).share); },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.fixedFees, r).share = v.toDouble();
                         return true;
                     },
                     {},
                     {},
                     0,
                     10},
        DesignColumn{
            tr("From"), tr("First period in which the fee is paid"), K::Choice,
            [](const Project &p, int r) { return QVariant(at(p.fixedFees, r).firstPeriod); },
            [](Project &p, int r, const QVariant &v) {
                at(p.fixedFees, r).firstPeriod = v.toInt();
                return true;
            },
            periodChoices(false)},
        DesignColumn{
            tr("To"), tr("Last period in which the fee is paid"), K::Choice,
            [](const Project &p, int r) { return QVariant(at(p.fixedFees, r).lastPeriod); },
            [](Project &p, int r, const QVariant &v) {
                at(p.fixedFees, r).lastPeriod = v.toInt();
                return true;
            },
            periodChoices(true)},
        DesignColumn{tr("Cohort"), tr("Whose intake counts (per participant started)"), K::Choice,
                     [](const Project &p, int r) {
                         return QVariant(at(p.fixedFees, r).cohortId.value_or(-1));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.fixedFees, r).cohortId =
                             v.toInt() < 0 ? std::nullopt : std::optional<int>(v.toInt());
                         return true;
                     },
                     [](const Project &p) { return cohortChoices(p, true); }},
        DesignColumn{
            tr("Payer"), tr("Who pays the fee (the first commissioner when none is chosen)"),
            K::Choice,
            [](const Project &p, int r) {
                const auto &payers = at(p.fixedFees, r).payers;
                return QVariant(payers.size() == 1 ? payers.front().partyId
                                                   : (payers.empty() ? -1 : -2));
            },
            [](Project &p, int r, const QVariant &v) {
                if (v.toInt() == -2)
                    return false;
                auto &payers = at(p.fixedFees, r).payers;
                payers.clear();
                if (v.toInt() >= 0)
                    payers.push_back(PayerShare{v.toInt(), 1.0});
                return true;
            },
            [](const Project &p) {
                Choices c = partyChoices(p, {PartyRole::Commissioner, PartyRole::CoPayer}, true);
                c.emplace_back(tr("(several: see the payer split)"), -2);
                return c;
            }},
    });
    auto feeOps =
        listOps<FixedFee>([](Project &p) -> std::vector<FixedFee> & { return p.fixedFees; });
    feeOps.add = [](Project &p) {
        FixedFee f;
        f.id = p.nextFixedFeeId();
        f.name = tr("Fixed fee %1").arg(f.id).toStdString();
        p.fixedFees.push_back(f);
        return true;
    };
    feeOps.duplicate = [](Project &p, int row) {
        FixedFee f = at(p.fixedFees, row);
        f.id = p.nextFixedFeeId();
        p.fixedFees.insert(p.fixedFees.begin() + row + 1, f);
        return true;
    };
    feeOps.addText = tr("Add fixed fee");
    feeOps.duplicateText = tr("Duplicate fixed fee");
    feeOps.removeText = tr("Remove fixed fee");
    feeOps.moveText = tr("Move fixed fee");
    fees_ = new TableEditor(document_, feeModel, id_, QStringLiteral("feesTable"), tr("Fixed fees"),
                            feeOps);
    fees_->view()->setMaximumHeight(220);
    feeModel->diagnosticEntity = "fixedFee";
    feeModel->column(2).diagnosticField = "amount";
    feeModel->column(4).diagnosticField = "firstPeriod";
    feeModel->column(5).diagnosticField = "lastPeriod";
    feeModel->column(7).diagnosticField = "payers";
    auto *fees = new QGroupBox(tr("Fixed fees"));
    auto *fl = new QVBoxLayout(fees);
    fl->addWidget(intro(tr("Payments made whatever the outcomes: an activity payment, a share "
                           "of the provider's cost, or an amount per participant started.")));
    fl->addWidget(fees_);

    // The payer split of the selected fee.
    auto *payerModel = new DesignTableModel(document_, id_, QStringLiteral("feePayersTable"), this);
    // The split of the selected fixed fee, or none.
    auto split = [this](auto &p) {
        auto *f = findFee(p, feeId_);
        return f ? &f->payers : nullptr;
    };
    payerModel->rows = payerSplitRows(split);
    payerModel->keyScope = [this] { return QString::number(feeId_); };
    payerModel->editText = tr("Change payer split of fixed fee");
    payerModel->setColumns(payerSplitColumns(
        split, {tr("Payer"), tr("A commissioner or co-payer who pays a share of the fee"),
                tr("Share"), tr("The payer's share of the fee")}));
    TableEditor::Operations payerOps;
    setPayerSplitOperations(payerOps, split);
    payerOps.addText = tr("Add payer of fixed fee");
    payerOps.removeText = tr("Remove payer of fixed fee");
    feePayers_ = new TableEditor(document_, payerModel, id_, QStringLiteral("feePayersTable"),
                                 tr("Payer split of the selected fixed fee"), payerOps);
    feePayers_->view()->setMaximumHeight(120);
    // Undo and redo of the split must bring back the fee it belongs to, not only the cell.
    payerModel->locate = [this](int row, int column) { return feePayerLocation(row, column); };
    feePayers_->locate = [this](int row) {
        return feePayerLocation(row, std::max(0, feePayers_->view()->currentIndex().column()));
    };
    fl->addWidget(intro(tr("Payer split of the selected fixed fee (empty: the first "
                           "commissioner pays 100 %):")));
    fl->addWidget(feePayers_);
    connect(fees_->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto &fs = document_->project().fixedFees;
                feeId_ = current.isValid() && current.row() < static_cast<int>(fs.size())
                             ? fs[static_cast<std::size_t>(current.row())].id
                             : -1;
                feePayers_->model()->reload();
            });

    // Delivery cost per period
    costModel_ = new DesignTableModel(document_, id_, QStringLiteral("deliveryCostGrid"), this);
    costModel_->rows = [](const Project &) { return 1; };
    costModel_->editText = tr("Change delivery cost");
    costView_ = new QTableView;
    costView_->setObjectName(QStringLiteral("deliveryCostGrid"));
    costView_->setModel(costModel_);
    costView_->setAccessibleName(tr("Delivery cost per period"));
    costView_->setToolTip(tr("The provider's cost of delivering the service in each period; "
                             "investors fund it until outcome payments come in"));
    costView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    costView_->verticalHeader()->hide();
    costView_->setMaximumHeight(90);
    auto *cost = new QGroupBox(tr("Delivery cost per period"));
    auto *dl = new QVBoxLayout(cost);
    dl->addWidget(intro(tr("The provider's cost of delivering the service in each period.")));
    dl->addWidget(costView_);
    connect(document_, &Document::projectChanged, this, &CapsPage::rebuildPeriodColumns);
    rebuildPeriodColumns();

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "caps" || d.entity == "fixedFee" ||
               (d.entity == "project" && d.field == "deliveryCost");
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(diagnostics_);
    layout->addWidget(caps);
    layout->addWidget(fees);
    layout->addWidget(cost);
    layout->addStretch();
    setContent(content);
}

void CapsPage::rebuildPeriodColumns() {
    const Timeline tl = document_->project().timeline;
    const QString key = periodLabel(tl, 0) + QString::number(tl.periods) +
                        QString::number(int(tl.length)) + QLocale().name();
    if (key == periodsKey_)
        return;
    periodsKey_ = key;
    std::vector<DesignColumn> cols;
    for (int t = 0; t < tl.periods; ++t) {
        DesignColumn c;
        c.header = periodLabel(tl, t);
        c.toolTip = tr("Delivery cost in %1").arg(c.header);
        c.kind = K::Money;
        c.get = [t](const Project &p, int) {
            return t < static_cast<int>(p.deliveryCost.size())
                       ? QVariant(qlonglong(at(p.deliveryCost, t)))
                       : QVariant(qlonglong(0));
        };
        c.set = [t](Project &p, int, const QVariant &v) {
            if (t >= static_cast<int>(p.deliveryCost.size()))
                p.deliveryCost.resize(std::size_t(t) + 1, 0);
            at(p.deliveryCost, t) = v.toLongLong();
            return true;
        };
        cols.push_back(std::move(c));
    }
    costModel_->setColumns(std::move(cols));
}

EditLocation CapsPage::feePayerLocation(int row, int column) const {
    const auto &fs = document_->project().fixedFees;
    int feeRow = -1;
    for (std::size_t i = 0; i < fs.size(); ++i)
        if (fs[i].id == feeId_)
            feeRow = static_cast<int>(i);
    return EditLocation{id_, row, column, QStringLiteral("feePayersTable@%1").arg(feeRow)};
}

void CapsPage::showLocation(const EditLocation &where) {
    const QString prefix = QStringLiteral("feePayersTable@");
    if (!where.field.startsWith(prefix)) {
        DesignPage::showLocation(where);
        return;
    }
    const int feeRow = where.field.mid(prefix.size()).toInt();
    if (feeRow >= 0)
        fees_->selectCell(feeRow, 0); // shows that fee's split
    feePayers_->selectCell(where.row, where.column);
}

// ---- Investment
// ----------------------------------------------------------------------------------

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

// ---- Savings and value for money
// ---------------------------------------------------------------------

namespace {
// The savings lines of all metrics, flattened: row → (metric index, line index).
std::pair<std::size_t, std::size_t> lineAt(const Project &p, int row) {
    int r = row;
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const int n = static_cast<int>(p.metrics[m].savings.size());
        if (r < n)
            return {m, static_cast<std::size_t>(r)};
        r -= n;
    }
    return {p.metrics.size(), 0};
}
int lineCount(const Project &p) {
    int n = 0;
    for (const Metric &m : p.metrics)
        n += static_cast<int>(m.savings.size());
    return n;
}
SavingsLine &line(Project &p, int row) {
    const auto [m, l] = lineAt(p, row);
    return p.metrics[m].savings[l];
}
const SavingsLine &line(const Project &p, int row) {
    const auto [m, l] = lineAt(p, row);
    return p.metrics[m].savings[l];
}
} // namespace

SavingsPage::SavingsPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("savings"), parent) {
    auto *valuation = new QGroupBox(tr("Value for money"));
    auto *vf = new QFormLayout(valuation);
    auto *rate = new PercentEdit;
    rate->setObjectName(QStringLiteral("discountRate"));
    rate->setRange(-0.5, 1);
    describe(rate, tr("Discount rate"),
             tr("Real discount rate a year for present values (kalkulasjonsrente); 4 % as in "
                "the Ministry of Finance's circular R-109"));
    vf->addRow(tr("&Discount rate a year (%):"), rate);
    binder_->value(
        rate, [](const Project &p) { return std::optional<double>(p.valuation.discountRate); },
        [](Project &p, std::optional<double> v) { p.valuation.discountRate = v.value_or(0); },
        tr("Change discount rate"));
    binder_->diagnose(rate, QStringLiteral("valuation"), {}, {"discountRate"});
    auto *margin = new PercentEdit;
    margin->setObjectName(QStringLiteral("traditionalMargin"));
    margin->setRange(0, 10);
    describe(margin, tr("Traditional margin"),
             tr("The traditional alternative (buying the same service by an ordinary contract) "
                "costs the delivery cost plus this margin"));
    vf->addRow(tr("&Margin of the traditional alternative (%):"), margin);
    binder_->value(
        margin,
        [](const Project &p) { return std::optional<double>(p.valuation.traditionalMargin); },
        [](Project &p, std::optional<double> v) { p.valuation.traditionalMargin = v.value_or(0); },
        tr("Change traditional margin"));

    auto *model = new DesignTableModel(document_, id_, QStringLiteral("savingsTable"), this);
    model->rows = lineCount;
    model->editText = tr("Edit savings line");
    model->setColumns({
        DesignColumn{
            tr("Metric"), tr("The outcome metric whose improvement saves public money"), K::Choice,
            [](const Project &p, int r) { return QVariant(p.metrics[lineAt(p, r).first].id); },
            [](Project &p, int r, const QVariant &v) {
                const auto [m, l] = lineAt(p, r);
                Metric *target = nullptr;
                for (Metric &x : p.metrics)
                    if (x.id == v.toInt())
                        target = &x;
                if (!target || target == &p.metrics[m])
                    return false;
                const SavingsLine moved = p.metrics[m].savings[l];
                p.metrics[m].savings.erase(p.metrics[m].savings.begin() +
                                           static_cast<std::ptrdiff_t>(l));
                target->savings.push_back(moved);
                return true;
            },
            [](const Project &p) { return metricChoices(p); }},
        DesignColumn{tr("Budget holder"), tr("Whose budget saves: who saves need not be who pays"),
                     K::Choice,
                     [](const Project &p, int r) { return QVariant(int(line(p, r).holder)); },
                     [](Project &p, int r, const QVariant &v) {
                         line(p, r).holder = BudgetHolder(v.toInt());
                         return true;
                     },
                     [](const Project &) { return budgetHolderChoices(); }},
        DesignColumn{
            tr("Saving per unit"), tr("Public money saved per improvement unit"), K::Money,
            [](const Project &p, int r) { return QVariant(qlonglong(line(p, r).perUnit)); },
            [](Project &p, int r, const QVariant &v) {
                line(p, r).perUnit = v.toLongLong();
                return true;
            }},
        DesignColumn{tr("Cashable"),
                     tr("Whether the saving frees money in a budget (cashable) or only capacity"),
                     K::Bool, [](const Project &p, int r) { return QVariant(line(p, r).cashable); },
                     [](Project &p, int r, const QVariant &v) {
                         line(p, r).cashable = v.toBool();
                         return true;
                     }},
        DesignColumn{
            tr("Spread over years"),
            tr("0: all in the period of achievement; n: evenly over n years from it"),
            K::Integer,
            [](const Project &p, int r) { return QVariant(qlonglong(line(p, r).spreadYears)); },
            [](Project &p, int r, const QVariant &v) {
                line(p, r).spreadYears = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            50},
    });
    TableEditor::Operations ops;
    ops.add = [](Project &p) {
        if (p.metrics.empty())
            return false;
        p.metrics.front().savings.push_back(SavingsLine{});
        return true;
    };
    ops.remove = [](Project &p, int row) {
        const auto [m, l] = lineAt(p, row);
        if (m >= p.metrics.size())
            return false;
        p.metrics[m].savings.erase(p.metrics[m].savings.begin() + static_cast<std::ptrdiff_t>(l));
        return true;
    };
    ops.addText = tr("Add savings line");
    ops.removeText = tr("Remove savings line");
    lines_ = new TableEditor(document_, model, id_, QStringLiteral("savingsTable"),
                             tr("Savings per metric"), ops);
    lines_->view()->setMaximumHeight(260);
    auto *savings = new QGroupBox(tr("Public savings per metric"));
    auto *sl = new QVBoxLayout(savings);
    sl->addWidget(intro(tr("For each outcome metric, what the public sector saves per unit of "
                           "improvement, and in whose budget. A new line goes to the first "
                           "metric; choose another in the Metric column.")));
    sl->addWidget(lines_);

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "valuation" || (d.entity == "metric" && d.field == "savings");
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(diagnostics_);
    layout->addWidget(valuation);
    layout->addWidget(savings);
    layout->addStretch();
    setContent(content);
}

// ---- Assumptions
// ---------------------------------------------------------------------------------

AssumptionsPage::AssumptionsPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("assumptions"), parent) {
    auto *model = new DesignTableModel(document_, id_, QStringLiteral("assumptionsTable"), this);
    model->rows = [](const Project &p) { return static_cast<int>(p.assumptions.size()); };
    model->editText = tr("Edit assumption");
    auto textColumn = [](const QString &header, const QString &tip,
                         std::string Assumption::*member) {
        return DesignColumn{header, tip, K::Text,
                            [member](const Project &p, int r) {
                                return QVariant(
                                    QString::fromStdString(at(p.assumptions, r).*member));
                            },
                            [member](Project &p, int r, const QVariant &v) {
                                at(p.assumptions, r).*member = v.toString().toStdString();
                                return true;
                            }};
    };
    model->setColumns({
        textColumn(tr("Assumption"), tr("What is assumed, e.g. 2 of 10 would find work anyway"),
                   &Assumption::text),
        textColumn(tr("Source"), tr("Where the figure comes from"), &Assumption::source),
        textColumn(tr("Stated by"), tr("Who stated the assumption"), &Assumption::statedBy),
    });
    auto ops =
        listOps<Assumption>([](Project &p) -> std::vector<Assumption> & { return p.assumptions; });
    ops.add = [](Project &p) {
        p.assumptions.push_back(Assumption{tr("New assumption").toStdString(), {}, {}});
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        p.assumptions.insert(p.assumptions.begin() + row + 1, at(p.assumptions, row));
        return true;
    };
    ops.addText = tr("Add assumption");
    ops.duplicateText = tr("Duplicate assumption");
    ops.removeText = tr("Remove assumption");
    ops.moveText = tr("Move assumption");
    assumptions_ = new TableEditor(document_, model, id_, QStringLiteral("assumptionsTable"),
                                   tr("Assumption log"), ops);
    assumptions_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro(tr("The assumption log: every assumption behind the figures, with "
                               "its source and who stated it.")));
    layout->addWidget(assumptions_);
    setContent(content);
}

} // namespace effekt::views
