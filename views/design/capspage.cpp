// The Caps page: caps on the contract, fixed fees with their payer split, review points and
// early termination, delivery costs.
#include "capspage.h"

#include "designhelpers.h"
#include "editordelegate.h"
#include "format.h"
#include "moneyedit.h"
#include "valuelimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
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

using namespace designhelpers;

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
    auto *carry =
        new QCheckBox(tr("&Carry what a payer's cap per budget year cuts to later years"));
    carry->setObjectName(QStringLiteral("capYearCarry"));
    describe(carry, tr("Carry year-cap cuts"),
             tr("What a payer's cap per budget year (Parties page) cuts is paid in the first "
                "period of a later year, as far as that year's cap leaves room after its own "
                "payments; what is still owed at the contract's last payment is lost. Unticked "
                "(the default), what the cap cuts is lost."));
    cf->addRow(carry);
    binder_->check(
        carry, [](const Project &p) { return p.caps.yearCapCarry; },
        [](Project &p, bool v) { p.caps.yearCapCarry = v; },
        tr("Change carrying of year-cap cuts"));

    // Price indexation (indeksregulering): the prices, tier and milestone amounts and fixed fees
    // rise each calendar year after the base year (docs/engine.md "Price indexation").
    auto *indexation = new QGroupBox(tr("Price indexation"));
    indexation->setObjectName(QStringLiteral("indexationGroup"));
    auto *xf = new QFormLayout(indexation);
    xf->addRow(intro(tr("Prices per unit, tier amounts, milestone amounts and fixed fees are "
                        "stated in the base year's money and rise by the rate each calendar year "
                        "after it (indeksregulering, e.g. by the consumer price index). Shares "
                        "of savings and of delivery cost, the caps and the termination payment "
                        "stay as stated.")));
    auto *indexRate = new PercentEdit;
    indexRate->setObjectName(QStringLiteral("indexationRate"));
    indexRate->setRange(limits::kMinIndexRate, limits::kMaxIndexRate);
    describe(indexRate, tr("Price increase a year"),
             tr("The rate the contract's prices rise by each calendar year after the base year, "
                "e.g. the assumed consumer price index; 0: prices stay as stated"));
    xf->addRow(tr("Price &increase a year (%):"), indexRate);
    binder_->value(
        indexRate, [](const Project &p) { return std::optional<double>(p.indexation.rate); },
        [](Project &p, std::optional<double> v) { p.indexation.rate = v.value_or(0); },
        tr("Change price increase a year"));
    binder_->diagnose(indexRate, QStringLiteral("indexation"), {}, {"rate"});
    auto *baseYear = new QSpinBox;
    baseYear->setObjectName(QStringLiteral("indexationBaseYear"));
    // The value below the first year stands for none: the year the contract starts.
    baseYear->setRange(limits::kMinIndexBaseYear - 1, limits::kMaxIndexBaseYear);
    baseYear->setSpecialValueText(tr("the start's year"));
    baseYear->setKeyboardTracking(false);
    describe(baseYear, tr("Base year"),
             tr("The year whose money the prices are stated in: they rise from the next year on; "
                "the lowest choice takes the year the contract starts"));
    xf->addRow(tr("&Base year:"), baseYear);
    binder_->integer(
        baseYear,
        [](const Project &p) {
            return p.indexation.baseYear ? *p.indexation.baseYear : limits::kMinIndexBaseYear - 1;
        },
        [](Project &p, int v) {
            p.indexation.baseYear =
                v < limits::kMinIndexBaseYear ? std::nullopt : std::optional<int>(v);
        },
        tr("Change base year of price indexation"));
    binder_->diagnose(baseYear, QStringLiteral("indexation"), {}, {"baseYear"});

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
    // A party whose role no longer pays keeps its name in the cell, marked by the diagnostic.
    feeModel->column(7).unlisted = [](const Project &p, int id) { return partyName(p, id); };
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
        split,
        {tr("Payer"), tr("A commissioner or co-payer who pays a share of the fee"), tr("Share"),
         tr("The payer's share of the fee")},
        payerDiagnostic(document_, "fixedFee", [this] { return feeId_; })));
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

    // Review points and early termination (DOMAIN.md §8b)
    auto *reviewModel = new DesignTableModel(document_, id_, QStringLiteral("reviewsTable"), this);
    reviewModel->rows = [](const Project &p) {
        return static_cast<int>(p.termination.reviews.size());
    };
    reviewModel->rowKey = [](const Project &p, int r) { return at(p.termination.reviews, r).id; };
    reviewModel->editText = tr("Edit review point");
    reviewModel->setColumns({
        DesignColumn{
            tr("Review after"),
            tr("The period at whose end the results so far are compared with the plan"), K::Choice,
            [](const Project &p, int r) { return QVariant(at(p.termination.reviews, r).period); },
            [](Project &p, int r, const QVariant &v) {
                at(p.termination.reviews, r).period = v.toInt();
                return true;
            },
            periodChoices(false)},
        DesignColumn{tr("Test"),
                     tr("What is compared with the plan: the improvement of one outcome metric, "
                        "or the outcome payments earned on all metrics"),
                     K::Choice,
                     [](const Project &p, int r) {
                         return QVariant(int(at(p.termination.reviews, r).test));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         ReviewPoint &rp = at(p.termination.reviews, r);
                         rp.test = ReviewTest(v.toInt());
                         // A metric test names a metric: the first one, until another is chosen.
                         if (rp.test == ReviewTest::MetricUnits && !rp.metricId &&
                             !p.metrics.empty())
                             rp.metricId = p.metrics.front().id;
                         return true;
                     },
                     [](const Project &) { return reviewTestChoices(); }},
        DesignColumn{tr("Metric"),
                     tr("The outcome metric whose improvement is tested (only for a test of one "
                        "metric)"),
                     K::Choice,
                     [](const Project &p, int r) {
                         const ReviewPoint &rp = at(p.termination.reviews, r);
                         if (rp.test != ReviewTest::MetricUnits)
                             return QVariant(-2);
                         return QVariant(rp.metricId.value_or(-1));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         ReviewPoint &rp = at(p.termination.reviews, r);
                         if (rp.test != ReviewTest::MetricUnits || v.toInt() == -2)
                             return false;
                         rp.metricId = v.toInt() < 0 ? std::nullopt : std::optional<int>(v.toInt());
                         return true;
                     },
                     [](const Project &p) {
                         Choices c = metricChoices(p);
                         c.emplace(c.begin(), tr("(none)"), -1);
                         //: The metric cell of a review point that tests all outcome payments.
                         c.emplace_back(tr("(all metrics)"), -2);
                         return c;
                     }},
        DesignColumn{tr("Required share of plan"),
                     tr("How much of the plan must be reached by the end of the review period, "
                        "e.g. 50 %; below it the contract ends there"),
                     K::Percent,
                     [](const Project &p, int r) {
                         return QVariant(at(p.termination.reviews, r).requiredShare);
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.termination.reviews, r).requiredShare = v.toDouble();
                         return true;
                     },
                     {},
                     {},
                     0,
                     10},
    });
    auto reviewOps = listOps<ReviewPoint>(
        [](Project &p) -> std::vector<ReviewPoint> & { return p.termination.reviews; });
    reviewOps.add = [](Project &p) {
        ReviewPoint r;
        r.id = p.nextReviewId();
        // Halfway through the contract, or a period after the last review.
        r.period = p.termination.reviews.empty() ? std::max(0, p.timeline.periods / 2 - 1)
                                                 : p.termination.reviews.back().period + 1;
        r.period = std::clamp(r.period, 0, std::max(0, p.timeline.periods - 1));
        if (!p.metrics.empty())
            r.metricId = p.metrics.front().id;
        else
            r.test = ReviewTest::OutcomePayments;
        p.termination.reviews.push_back(r);
        return true;
    };
    reviewOps.duplicate = [](Project &p, int row) {
        ReviewPoint r = at(p.termination.reviews, row);
        r.id = p.nextReviewId();
        p.termination.reviews.insert(p.termination.reviews.begin() + row + 1, r);
        return true;
    };
    reviewOps.addText = tr("Add review point");
    reviewOps.duplicateText = tr("Duplicate review point");
    reviewOps.removeText = tr("Remove review point");
    reviewOps.moveText = tr("Move review point");
    reviews_ = new TableEditor(document_, reviewModel, id_, QStringLiteral("reviewsTable"),
                               tr("Review points"), reviewOps);
    reviews_->view()->setMaximumHeight(160);
    reviewModel->diagnosticEntity = "review";
    reviewModel->column(0).diagnosticField = "period";
    reviewModel->column(2).diagnosticField = "metricId";
    reviewModel->column(3).diagnosticField = "requiredShare";
    auto *review = new QGroupBox(tr("Review points and early termination"));
    review->setObjectName(QStringLiteral("reviewGroup"));
    auto *rl = new QVBoxLayout(review);
    rl->addWidget(
        intro(tr("At a review point the results so far are compared with the plan. If they fall "
                 "short of the required share, the contract ends after that period: no delivery "
                 "costs or fixed fees after it, while outcome payments already earned are still "
                 "paid.")));
    rl->addWidget(reviews_);
    auto *tf = new QFormLayout;
    rl->addLayout(tf);
    auto *payment = new MoneyEdit;
    payment->setObjectName(QStringLiteral("terminationPayment"));
    payment->setOptional(true);
    payment->setPlaceholderText(tr("none"));
    describe(payment, tr("Termination payment"),
             tr("An amount paid to a named party in the period the contract ends early, e.g. "
                "to wind the service down; empty: none"));
    tf->addRow(tr("Termination pa&yment:"), payment);
    binder_->value(
        payment,
        [](const Project &p) {
            return p.termination.payment != 0 ? std::optional<double>(double(p.termination.payment))
                                              : std::nullopt;
        },
        [](Project &p, std::optional<double> v) { p.termination.payment = v ? toMoney(v) : 0; },
        tr("Change termination payment"));
    binder_->diagnose(payment, QStringLiteral("termination"), {}, {"payment"});
    payee_ = new QComboBox;
    payee_->setObjectName(QStringLiteral("terminationPayee"));
    // As wide as the longest party's name, not the whole page.
    payee_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    payee_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    describe(payee_, tr("Paid to"), tr("The party who receives the termination payment"));
    tf->addRow(tr("Pai&d to:"), payee_);
    auto fillPayees = [this] {
        const Project &p = document_->project();
        fillCombo(payee_, partyChoices(p, {}, true));
        const bool blocked = payee_->blockSignals(true);
        payee_->setCurrentIndex(std::max(0, payee_->findData(p.termination.payeeId.value_or(-1))));
        payee_->blockSignals(blocked);
    };
    fillPayees();
    binder_->choice(
        payee_, [](const Project &p) { return p.termination.payeeId.value_or(-1); },
        [](Project &p, int v) {
            p.termination.payeeId = v < 0 ? std::nullopt : std::optional<int>(v);
        },
        tr("Change receiver of termination payment"));
    binder_->diagnose(payee_, QStringLiteral("termination"), {}, {"payeeId"});
    connect(document_, &Document::projectChanged, this, fillPayees);

    // Delivery cost per period
    costModel_ = new DesignTableModel(document_, id_, QStringLiteral("deliveryCostGrid"), this);
    costModel_->rows = [](const Project &) { return 1; };
    costModel_->editText = tr("Change delivery cost");
    costView_ = new QTableView;
    costView_->setObjectName(QStringLiteral("deliveryCostGrid"));
    costView_->setModel(costModel_);
    costView_->setItemDelegate(new EditorDelegate(costView_));
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
        return d.entity == "caps" || d.entity == "indexation" || d.entity == "fixedFee" ||
               d.entity == "review" || d.entity == "termination" ||
               (d.entity == "project" && d.field == "deliveryCost");
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(diagnostics_);
    layout->addWidget(caps);
    layout->addWidget(indexation);
    layout->addWidget(fees);
    layout->addWidget(review);
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

} // namespace effekt::views
