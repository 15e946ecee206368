// The designer's forms and their helpers: PageDiagnostics (a page's problems above its form),
// FormBinder (a form field bound to the project through the undo stack), the question asked before
// removing what others refer to, and the choice lists of the designer's tables and combo boxes.
#include "designwidgets.h"

#include "diagnostictext.h"
#include "format.h"
#include "moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(Design)
};
} // namespace

// ---- PageDiagnostics
// ----------------------------------------------------------------------------

PageDiagnostics::PageDiagnostics(Document *document, Filter filter, QWidget *parent)
    : QWidget(parent)
    , document_(document)
    , filter_(std::move(filter)) {
    setObjectName(QStringLiteral("diagnostics"));
    label_ = new QLabel;
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->setFrameShape(QFrame::StyledPanel);
    label_->setMargin(6);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label_->setAccessibleName(Text::tr("Problems found by the calculation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    connect(document_, &Document::resultsChanged, this, &PageDiagnostics::refresh);
    refresh();
}

void PageDiagnostics::refresh() {
    QStringList lines;
    const Project &p = document_->project();
    for (const Diagnostic &d : document_->results().diagnostics)
        if (!filter_ || filter_(d))
            lines << severityText(d.severity) + QStringLiteral(": ") + diagnosticText(d, &p);
    count_ = static_cast<int>(lines.size());
    label_->setText(lines.join(QLatin1Char('\n')));
    setVisible(count_ > 0);
}

QString PageDiagnostics::text() const {
    return label_->text();
}

// ---- FormBinder
// ----------------------------------------------------------------------------------

FormBinder::FormBinder(Document *document, QString pageId, QObject *parent)
    : QObject(parent)
    , document_(document)
    , pageId_(std::move(pageId)) {
    connect(document_, &Document::resultsChanged, this, [this] {
        if (!marked_.empty())
            reload();
    });
}

void FormBinder::commit(Project p, const QString &undoText, QWidget *w) {
    if (loading_)
        return;
    const QString scope = keyScope ? keyScope() : QString();
    const int row = locationRow ? locationRow() : -1;
    document_->apply(std::move(p), undoText, pageId_ + QLatin1Char('/') + scope + w->objectName(),
                     EditLocation{pageId_, row, -1, w->objectName()});
}

void FormBinder::text(QLineEdit *w, std::function<QString(const Project &)> get,
                      std::function<void(Project &, const QString &)> set,
                      const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back([w, get](const Project &p) {
        const QString v = get(p);
        if (w->text() != v)
            w->setText(v);
    });
    connect(w, &QLineEdit::textEdited, this, [this, w, set, undoText](const QString &t) {
        Project p = document_->project();
        set(p, t);
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::plainText(QPlainTextEdit *w, std::function<QString(const Project &)> get,
                           std::function<void(Project &, const QString &)> set,
                           const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back([w, get](const Project &p) {
        const QString v = get(p);
        if (w->toPlainText() != v)
            w->setPlainText(v);
    });
    connect(w, &QPlainTextEdit::textChanged, this, [this, w, set, undoText] {
        if (loading_)
            return;
        Project p = document_->project();
        set(p, w->toPlainText());
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::value(ValueEdit *w, std::function<std::optional<double>(const Project &)> get,
                       std::function<void(Project &, std::optional<double>)> set,
                       const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back([w, get](const Project &p) { w->setValue(get(p)); });
    connect(w, &ValueEdit::valueEdited, this, [this, w, set, undoText](std::optional<double> v) {
        Project p = document_->project();
        set(p, v);
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::integer(QSpinBox *w, std::function<int(const Project &)> get,
                         std::function<void(Project &, int)> set, const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back([w, get](const Project &p) { w->setValue(get(p)); });
    connect(w, &QSpinBox::valueChanged, this, [this, w, set, undoText](int v) {
        if (loading_)
            return;
        Project p = document_->project();
        set(p, v);
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::choice(QComboBox *w, std::function<int(const Project &)> get,
                        std::function<void(Project &, int)> set, const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back(
        [w, get](const Project &p) { w->setCurrentIndex(std::max(0, w->findData(get(p)))); });
    connect(w, &QComboBox::activated, this, [this, w, set, undoText](int) {
        Project p = document_->project();
        set(p, w->currentData().toInt());
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::check(QCheckBox *w, std::function<bool(const Project &)> get,
                       std::function<void(Project &, bool)> set, const QString &undoText) {
    widgets_.push_back(w);
    loaders_.push_back([w, get](const Project &p) { w->setChecked(get(p)); });
    connect(w, &QCheckBox::toggled, this, [this, w, set, undoText](bool v) {
        if (loading_)
            return;
        Project p = document_->project();
        set(p, v);
        commit(std::move(p), undoText, w);
    });
}

void FormBinder::diagnose(QWidget *w, QString entity, std::function<std::int64_t()> id,
                          std::vector<std::string> fields) {
    marked_.push_back(Marked{w, std::move(entity), std::move(id), std::move(fields), QString()});
}

void FormBinder::reload() {
    loading_ = true;
    const Project &p = document_->project();
    for (const auto &load : loaders_)
        load(p);
    const bool editable = !document_->isReadOnly() && (!enabled || enabled());
    for (QWidget *w : widgets_)
        w->setEnabled(editable);
    // Diagnostics beside the field: a warning colour and the sentence in the tool tip.
    for (Marked &m : marked_) {
        QStringList found;
        const std::int64_t id = m.id ? m.id() : -1;
        for (const Diagnostic &d : document_->results().diagnostics) {
            if (d.entity != m.entity.toStdString() || (id >= 0 && d.id != id))
                continue;
            if (std::find(m.fields.begin(), m.fields.end(), d.field) == m.fields.end())
                continue;
            found << severityText(d.severity) + QStringLiteral(": ") + diagnosticText(d, &p);
        }
        const bool wasMarked = m.widget->property("diagnostic").toBool();
        if (!wasMarked)
            m.help = m.widget->toolTip();
        if (found.isEmpty()) {
            if (wasMarked) {
                m.widget->setToolTip(m.help);
                m.widget->setProperty("diagnostic", false);
                if (!m.widget->property("invalid").toBool())
                    m.widget->setStyleSheet(QString());
            }
        } else {
            m.widget->setProperty("diagnostic", true);
            m.widget->setToolTip(found.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + m.help);
            if (!m.widget->property("invalid").toBool())
                m.widget->setStyleSheet(QStringLiteral("border: 2px solid #d08000;"));
        }
    }
    loading_ = false;
}

// ---- Helpers
// -------------------------------------------------------------------------------------

namespace {
// "a", "a and b", "a, b and c".
QString listed(const QStringList &items) {
    if (items.size() < 2)
        return items.value(0);
    return Text::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}
} // namespace

QString removalQuestion(const QString &name, const Dependents &d) {
    QStringList refs;
    if (d.metricPayers > 0)
        refs << Text::tr("the payer split of %n metric(s)", nullptr, d.metricPayers);
    if (d.feePayers > 0)
        refs << Text::tr("the payer split of %n fixed fee(s)", nullptr, d.feePayers);
    if (d.guarantees > 0)
        refs << Text::tr("%n investor(s) as guarantor", nullptr, d.guarantees);
    if (d.metrics > 0)
        refs << Text::tr("%n metric(s)", nullptr, d.metrics);
    if (d.fixedFees > 0)
        refs << Text::tr("%n fixed fee(s)", nullptr, d.fixedFees);
    if (d.scenarios > 0)
        refs << Text::tr("%n scenario(s)", nullptr, d.scenarios);
    if (d.distributions > 0)
        refs << Text::tr("the Monte Carlo simulation");
    if (d.terminationPayee > 0)
        refs << Text::tr("the termination payment");
    QStringList data;
    if (d.investors > 0)
        data << Text::tr("%n investor row(s)", nullptr, d.investors);
    if (d.outcomeValues > 0)
        data << Text::tr("%n value(s) in the outcome data", nullptr, d.outcomeValues);
    if (d.ledgerRows > 0)
        data << Text::tr("%n row(s) in the participant ledger", nullptr, d.ledgerRows);
    if (d.intakeValues > 0)
        data << Text::tr("the intake in %n period(s)", nullptr, d.intakeValues);
    if (d.reviews > 0)
        data << Text::tr("%n review point(s)", nullptr, d.reviews);
    if (d.cohortOutcomes > 0)
        data << Text::tr("its outcome data in %n metric(s) tested cohort by cohort", nullptr,
                         d.cohortOutcomes);
    if (refs.isEmpty() && data.isEmpty())
        return {};
    QString text = Text::tr("Remove “%1”?").arg(name);
    if (!refs.isEmpty())
        text += QLatin1Char(' ') +
                Text::tr("It is named in %1, and is taken out there too.").arg(listed(refs));
    if (!data.isEmpty()) {
        QString list = listed(data);
        list[0] = list[0].toUpper();
        text += QLatin1Char(' ') + Text::tr("%1 will be removed.").arg(list);
    }
    return text;
}

std::unique_ptr<QMessageBox> lossQuestion(QWidget *parent, const QString &question) {
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, Text::tr("Remove data?"),
                                             question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("confirmLoss"));
    box->setTextFormat(Qt::PlainText); // names come from the project, which may come from a file
    box->setDefaultButton(QMessageBox::No);
    return box;
}

bool askBeforeLosing(QWidget *parent, const QString &question) {
    return lossQuestion(parent, question)->exec() == QMessageBox::Yes;
}

void describe(QWidget *field, const QString &accessibleName, const QString &toolTip) {
    field->setAccessibleName(accessibleName);
    field->setToolTip(toolTip);
    field->setWhatsThis(toolTip);
}

Choices roleChoices() {
    return {{Text::tr("Commissioner (outcome payer)"), int(PartyRole::Commissioner)},
            {Text::tr("Co-payer"), int(PartyRole::CoPayer)},
            {Text::tr("Investor"), int(PartyRole::Investor)},
            {Text::tr("Service provider"), int(PartyRole::Provider)},
            {Text::tr("Intermediary"), int(PartyRole::Intermediary)},
            {Text::tr("Evaluator"), int(PartyRole::Evaluator)},
            {Text::tr("Guarantor"), int(PartyRole::Guarantor)}};
}

Choices unitChoices() {
    return {{Text::tr("People"), int(MetricUnit::People)},
            {Text::tr("Events"), int(MetricUnit::Events)},
            {Text::tr("Days"), int(MetricUnit::Days)},
            {Text::tr("Money"), int(MetricUnit::Money)},
            {Text::tr("Per cent"), int(MetricUnit::Percent)}};
}

Choices directionChoices() {
    return {{Text::tr("Higher is better"), int(Direction::HigherIsBetter)},
            {Text::tr("Lower is better"), int(Direction::LowerIsBetter)}};
}

Choices validationChoices() {
    return {{Text::tr("Simple verification"), int(ValidationMethod::SimpleVerification)},
            {Text::tr("Before and after"), int(ValidationMethod::BeforeAfter)},
            {Text::tr("Historical comparison"), int(ValidationMethod::HistoricalComparison)},
            {Text::tr("Matched comparison group"), int(ValidationMethod::MatchedComparison)},
            {Text::tr("Randomised control group"), int(ValidationMethod::RandomisedControl)}};
}

Choices ruleTypeChoices() {
    return {{Text::tr("Per unit (rate card)"), int(RuleType::PerUnit)},
            {Text::tr("Tiered"), int(RuleType::Tiered)},
            {Text::tr("Share of savings"), int(RuleType::ShareOfSavings)},
            {Text::tr("Milestone"), int(RuleType::Milestone)}};
}

Choices thresholdBasisChoices() {
    return {{Text::tr("No threshold"), int(ThresholdBasis::None)},
            {Text::tr("Minimum improvement units"), int(ThresholdBasis::Units)},
            {Text::tr("Minimum relative improvement"), int(ThresholdBasis::Relative)},
            {Text::tr("Minimum units and minimum relative improvement"),
             int(ThresholdBasis::UnitsAndRelative)}};
}

Choices secondShareSwitchChoices() {
    return {{Text::tr("After the metric's payments reach a sum"), int(SecondShareSwitch::AfterSum)},
            {Text::tr("Once investors have received principal plus a return"),
             int(SecondShareSwitch::InvestorsRepaid)}};
}

Choices tierBasisChoices() {
    return {{Text::tr("Relative improvement over the counterfactual"), int(TierBasis::Relative)},
            {Text::tr("Observed value"), int(TierBasis::Observed)}};
}

Choices tierModeChoices() {
    return {{Text::tr("Step: the highest level reached"), int(TierMode::Step)},
            {Text::tr("Interpolate between levels"), int(TierMode::Interpolate)}};
}

Choices tierAmountBasisChoices() {
    return {{Text::tr("Per period measured"), int(TierAmountBasis::PerPeriod)},
            {Text::tr("Per member of the cohort"), int(TierAmountBasis::PerCohortMember)}};
}

Choices budgetHolderChoices() {
    return {{Text::tr("Municipality (kommune)"), int(BudgetHolder::Kommune)},
            {Text::tr("State (stat)"), int(BudgetHolder::Stat)},
            {Text::tr("Health trust (helseforetak)"), int(BudgetHolder::Helseforetak)},
            {Text::tr("Other"), int(BudgetHolder::Other)}};
}

Choices feeKindChoices() {
    return {{Text::tr("Amount per period"), int(FixedFeeKind::PerPeriod)},
            {Text::tr("Share of delivery cost"), int(FixedFeeKind::ShareOfDeliveryCost)},
            {Text::tr("Amount per participant started"), int(FixedFeeKind::PerParticipantStarted)}};
}

Choices reviewTestChoices() {
    return {{Text::tr("Improvement of one metric"), int(ReviewTest::MetricUnits)},
            {Text::tr("Outcome payments earned, all metrics"), int(ReviewTest::OutcomePayments)}};
}

Choices trancheChoices() {
    return {{Text::tr("Senior"), int(Tranche::Senior)},
            {Text::tr("Subordinate"), int(Tranche::Subordinate)}};
}

// A name in a list of choices; one left empty still shows as something to pick.
QString choiceName(const std::string &name) {
    const QString n = QString::fromStdString(name).trimmed();
    return n.isEmpty() ? Text::tr("(no name)") : n;
}

std::function<QString(const Project &, int)> payerDiagnostic(Document *document, std::string entity,
                                                             std::function<int()> ownerId) {
    return [document, entity = std::move(entity), ownerId = std::move(ownerId)](const Project &p,
                                                                                int partyId) {
        QStringList lines;
        for (const Diagnostic &d : document->results().diagnostics)
            if (d.code == DiagCode::UnknownReference && d.entity == entity && d.id == ownerId() &&
                d.field == "payers" && !d.values.empty())
                if (const auto *v = std::get_if<std::int64_t>(&d.values.front());
                    v && *v == partyId)
                    lines << QStringLiteral("⚠ ") + diagnosticText(d, &p);
        return lines.join(QLatin1Char('\n'));
    };
}

QString partyName(const Project &p, int id) {
    const Party *party = p.party(id);
    return party ? choiceName(party->name) : QString();
}

Choices partyChoices(const Project &p, const std::vector<PartyRole> &roles, bool none) {
    Choices c;
    if (none)
        c.emplace_back(Text::tr("(none)"), -1);
    for (const Party &party : p.parties)
        if (roles.empty() || std::find(roles.begin(), roles.end(), party.role) != roles.end())
            c.emplace_back(choiceName(party.name), party.id);
    return c;
}

Choices cohortChoices(const Project &p, bool none) {
    Choices c;
    if (none)
        c.emplace_back(Text::tr("(none)"), -1);
    for (const Cohort &cohort : p.targetGroup.cohorts)
        c.emplace_back(choiceName(cohort.name), cohort.id);
    return c;
}

Choices metricChoices(const Project &p) {
    Choices c;
    for (const Metric &m : p.metrics)
        c.emplace_back(choiceName(m.name), m.id);
    return c;
}

void fillCombo(QComboBox *combo, const Choices &choices) {
    const QVariant current = combo->currentData();
    const bool blocked = combo->blockSignals(true);
    combo->clear();
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->blockSignals(blocked);
}

void selectCell(QTableView *view, int row, int column) {
    if (row < 0 || !view->model())
        return;
    const QModelIndex index = view->model()->index(row, std::max(0, column));
    if (index.isValid()) {
        view->setCurrentIndex(index);
        view->scrollTo(index);
        view->setFocus();
    }
}

} // namespace effekt::views
