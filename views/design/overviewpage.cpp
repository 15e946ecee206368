#include "overviewpage.h"

#include "designwidgets.h"
#include "editordelegate.h"
#include "format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

namespace {
const QString kOverviewPage = QStringLiteral("overview");

// The locale's short date format (nb: dd.MM.yyyy), always with four-digit years.
QString shortDateFormat(const QLocale &locale) {
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

Cohort &cohortAt(Project &p, int row) {
    return p.targetGroup.cohorts[static_cast<std::size_t>(row)];
}
const Cohort &cohortAt(const Project &p, int row) {
    return p.targetGroup.cohorts[static_cast<std::size_t>(row)];
}
} // namespace

OverviewPage::OverviewPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    binder_ = new FormBinder(document_, kOverviewPage, this);

    // ---- The contract
    auto *contract = new QGroupBox(tr("The contract"));
    auto *form = new QFormLayout(contract);
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("projectName"));
    describe(name, tr("Project name"), tr("The contract's name, as it appears in reports"));
    form->addRow(tr("&Name:"), name);
    binder_->text(
        name, [](const Project &p) { return QString::fromStdString(p.name); },
        [](Project &p, const QString &t) { p.name = t.trimmed().toStdString(); },
        tr("Rename project"));

    auto *description = new QPlainTextEdit;
    description->setObjectName(QStringLiteral("projectDescription"));
    description->setTabChangesFocus(true);
    description->setMaximumHeight(90);
    describe(description, tr("Description"),
             tr("What the contract is for: the social outcome the commissioner wants, and for "
                "whom"));
    form->addRow(tr("&Description:"), description);
    binder_->plainText(
        description, [](const Project &p) { return QString::fromStdString(p.description); },
        [](Project &p, const QString &t) { p.description = t.toStdString(); },
        tr("Change description"));

    auto *currency = new QLineEdit;
    currency->setObjectName(QStringLiteral("currency"));
    currency->setMaxLength(3);
    currency->setMaximumWidth(80);
    describe(currency, tr("Currency"),
             tr("Three-letter currency code of every amount in the contract (NOK)"));
    form->addRow(tr("C&urrency:"), currency);
    binder_->text(
        currency, [](const Project &p) { return QString::fromStdString(p.currency); },
        [](Project &p, const QString &t) { p.currency = t.trimmed().toUpper().toStdString(); },
        tr("Change currency"));

    // ---- Timeline
    auto *timeline = new QGroupBox(tr("Timeline"));
    auto *tform = new QFormLayout(timeline);
    start_ = new QDateEdit;
    start_->setObjectName(QStringLiteral("startDate"));
    start_->setCalendarPopup(true);
    start_->setKeyboardTracking(false); // applied when the date is complete, not per keystroke
    start_->setDisplayFormat(shortDateFormat(QLocale()));
    describe(start_, tr("Start date"),
             tr("First day of the first period; always the first day of a month"));
    tform->addRow(tr("&Start date:"), start_);

    length_ = new QComboBox;
    length_->setObjectName(QStringLiteral("periodLength"));
    length_->addItem(tr("Month"), static_cast<int>(PeriodLength::Month));
    length_->addItem(tr("Quarter"), static_cast<int>(PeriodLength::Quarter));
    length_->addItem(tr("Half-year"), static_cast<int>(PeriodLength::HalfYear));
    length_->addItem(tr("Year"), static_cast<int>(PeriodLength::Year));
    describe(length_, tr("Period length"), tr("How often outcomes are measured and paid"));
    tform->addRow(tr("&Period length:"), length_);

    periods_ = new QSpinBox;
    periods_->setObjectName(QStringLiteral("periodCount"));
    periods_->setRange(Timeline::kMinPeriods, Timeline::kMaxPeriods);
    // Applied on Enter, on leaving the field or on a step, never per keystroke: typing 24 must not
    // apply 2 first.
    periods_->setKeyboardTracking(false);
    describe(periods_, tr("Number of periods"),
             tr("Number of periods in which outcomes are measured (1 to 600)"));
    tform->addRow(tr("Number of p&eriods:"), periods_);

    endLabel_ = new QLabel;
    endLabel_->setObjectName(QStringLiteral("endDate"));
    endLabel_->setToolTip(tr("Last day of the last period. Payments with a lag fall later."));
    tform->addRow(tr("Last day:"), endLabel_);
    binder_->diagnose(start_, QStringLiteral("timeline"), {}, {"start"});
    binder_->diagnose(periods_, QStringLiteral("timeline"), {}, {"periods"});

    // ---- Target group
    auto *group = new QGroupBox(tr("Target group"));
    auto *gform = new QFormLayout(group);
    auto *groupName = new QLineEdit;
    groupName->setObjectName(QStringLiteral("targetGroupName"));
    describe(groupName, tr("Target group name"),
             tr("Who the contract is for, e.g. young people aged 18 to 29 outside work"));
    gform->addRow(tr("Na&me of the target group:"), groupName);
    binder_->text(
        groupName, [](const Project &p) { return QString::fromStdString(p.targetGroup.name); },
        [](Project &p, const QString &t) { p.targetGroup.name = t.toStdString(); },
        tr("Rename target group"));
    auto *groupDescription = new QLineEdit;
    groupDescription->setObjectName(QStringLiteral("targetGroupDescription"));
    describe(groupDescription, tr("Target group description"),
             tr("How members of the target group are identified and referred"));
    gform->addRow(tr("Target group descr&iption:"), groupDescription);
    binder_->text(
        groupDescription,
        [](const Project &p) { return QString::fromStdString(p.targetGroup.description); },
        [](Project &p, const QString &t) { p.targetGroup.description = t.toStdString(); },
        tr("Change target group description"));
    auto *groupSize = new QSpinBox;
    groupSize->setObjectName(QStringLiteral("targetGroupSize"));
    groupSize->setRange(0, 10'000'000);
    groupSize->setGroupSeparatorShown(true);
    describe(groupSize, tr("Planned size of the target group"),
             tr("How many people the contract plans to reach in all"));
    gform->addRow(tr("P&lanned size:"), groupSize);
    binder_->integer(
        groupSize, [](const Project &p) { return p.targetGroup.plannedSize; },
        [](Project &p, int v) { p.targetGroup.plannedSize = v; },
        tr("Change planned size of the target group"));

    // Cohorts
    auto *cohortModel =
        new DesignTableModel(document_, kOverviewPage, QStringLiteral("cohortsTable"), this);
    cohortModel->rows = [](const Project &p) {
        return static_cast<int>(p.targetGroup.cohorts.size());
    };
    cohortModel->rowKey = [](const Project &p, int row) { return cohortAt(p, row).id; };
    cohortModel->editText = tr("Edit cohort");
    using K = DesignColumn::Kind;
    cohortModel->setColumns({
        DesignColumn{tr("Cohort"), tr("Name of the cohort, e.g. the year of intake"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(cohortAt(p, r).name));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         cohortAt(p, r).name = v.toString().trimmed().toStdString();
                         return true;
                     }},
        DesignColumn{tr("Description"), tr("Who belongs to this cohort"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(cohortAt(p, r).description));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         cohortAt(p, r).description = v.toString().toStdString();
                         return true;
                     }},
        DesignColumn{
            tr("Planned size"),
            tr("How many people the cohort is planned to hold"),
            K::Integer,
            [](const Project &p, int r) { return QVariant(qlonglong(cohortAt(p, r).plannedSize)); },
            [](Project &p, int r, const QVariant &v) {
                cohortAt(p, r).plannedSize = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            10'000'000},
    });
    TableEditor::Operations ops;
    ops.add = [](Project &p) {
        Cohort c;
        c.id = p.nextCohortId();
        c.name = tr("Cohort %1").arg(c.id).toStdString();
        p.targetGroup.cohorts.push_back(c);
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        Cohort c = cohortAt(p, row);
        c.id = p.nextCohortId();
        p.targetGroup.cohorts.insert(p.targetGroup.cohorts.begin() + row + 1, c);
        return true;
    };
    ops.remove = [](Project &p, int row) { return removeCohort(p, cohortAt(p, row).id); };
    ops.removeQuestion = [](const Project &p, int row) {
        const Cohort &c = cohortAt(p, row);
        return removalQuestion(QString::fromStdString(c.name), cohortDependents(p, c.id));
    };
    ops.addText = tr("Add cohort");
    ops.duplicateText = tr("Duplicate cohort");
    ops.removeText = tr("Remove cohort");
    cohorts_ = new TableEditor(document_, cohortModel, kOverviewPage,
                               QStringLiteral("cohortsTable"), tr("Cohorts"), ops);
    gform->addRow(new QLabel(tr("Cohorts: groups that start at the same time. Their intake per "
                                "period is below.")));
    gform->addRow(cohorts_);

    intakeModel_ =
        new DesignTableModel(document_, kOverviewPage, QStringLiteral("intakeGrid"), this);
    intakeModel_->rows = [](const Project &p) {
        return static_cast<int>(p.targetGroup.cohorts.size());
    };
    intakeModel_->rowKey = [](const Project &p, int row) { return cohortAt(p, row).id; };
    intakeModel_->editText = tr("Change intake");
    intakeView_ = new QTableView;
    intakeView_->setObjectName(QStringLiteral("intakeGrid"));
    intakeView_->setModel(intakeModel_);
    intakeView_->setItemDelegate(new EditorDelegate(intakeView_));
    intakeView_->setAccessibleName(tr("Intake per period"));
    intakeView_->setToolTip(tr("People starting in each cohort in each period"));
    intakeView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    intakeView_->setMaximumHeight(140);
    gform->addRow(tr("Intake per period:"), intakeView_);

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "timeline" || d.entity == "project" || d.entity == "targetGroup" ||
               d.entity == "cohort";
    });

    for (QGroupBox *box : {contract, timeline})
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    cohorts_->view()->setMaximumHeight(200);
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(contract);
    left->addWidget(timeline);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(group);
    right->addStretch();
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(diagnostics_);
    layout->addLayout(columns);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(start_, &QDateEdit::dateChanged, this, &OverviewPage::commitTimeline);
    connect(length_, &QComboBox::activated, this, &OverviewPage::commitTimeline);
    connect(periods_, &QSpinBox::valueChanged, this, &OverviewPage::commitTimeline);
    connect(document_, &Document::projectChanged, this, &OverviewPage::load);
    load();
}

void OverviewPage::rebuildIntakeColumns() {
    const Timeline tl = document_->project().timeline;
    if (tl.periods == intakePeriods_)
        return;
    intakePeriods_ = tl.periods;
    std::vector<DesignColumn> cols;
    for (int t = 0; t < tl.periods; ++t) {
        DesignColumn c;
        c.header = periodLabel(tl, t);
        c.toolTip = tr("People starting in %1").arg(c.header);
        c.kind = DesignColumn::Kind::Integer;
        c.maximum = 10'000'000;
        c.get = [t](const Project &p, int r) {
            const auto &in = cohortAt(p, r).intake;
            return QVariant(qlonglong(t < static_cast<int>(in.size()) ? in[std::size_t(t)] : 0));
        };
        c.set = [t](Project &p, int r, const QVariant &v) {
            auto &in = cohortAt(p, r).intake;
            if (t >= static_cast<int>(in.size()))
                in.resize(std::size_t(t) + 1, 0);
            in[std::size_t(t)] = static_cast<int>(v.toLongLong());
            return true;
        };
        cols.push_back(std::move(c));
    }
    intakeModel_->setColumns(std::move(cols));
}

void OverviewPage::load() {
    loading_ = true;
    const Project &p = document_->project();
    binder_->reload();
    const Date s = p.timeline.start;
    start_->setDisplayFormat(shortDateFormat(QLocale()));
    start_->setDate(QDate(s.year, s.month, s.day));
    length_->setCurrentIndex(length_->findData(static_cast<int>(p.timeline.length)));
    periods_->setValue(p.timeline.periods);
    endLabel_->setText(formatDate(p.timeline.periodEnd(p.timeline.periods - 1)));
    const bool editable = !document_->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(start_), static_cast<QWidget *>(length_),
                       static_cast<QWidget *>(periods_)})
        w->setEnabled(editable);
    intakePeriods_ = -1; // period labels follow the start and the length
    rebuildIntakeColumns();
    loading_ = false;
}

void OverviewPage::commitTimeline() {
    if (loading_)
        return;
    Project p = document_->project();
    QDate d = start_->date();
    if (d.day() != 1) {
        // The contract starts on the first day of a month: snap to it.
        d = QDate(d.year(), d.month(), 1);
    }
    p.timeline.start = Date{d.year(), d.month(), 1};
    p.timeline.length = static_cast<PeriodLength>(length_->currentData().toInt());
    p.timeline.periods = periods_->value();
    const int before = document_->project().timeline.periods;
    if (p.timeline.periods < before) {
        const PeriodLoss loss = valuesBeyond(document_->project(), p.timeline.periods);
        if (loss.any()) {
            QString question;
            if (loss.values > 0)
                question =
                    tr("Periods %1–%2 hold %n value(s) that will be removed.", nullptr, loss.values)
                        .arg(p.timeline.periods + 1)
                        .arg(before);
            if (loss.ledgerRows > 0)
                question += (question.isEmpty() ? QString() : QStringLiteral(" ")) +
                            tr("%n row(s) of the participant ledger fall in periods %1–%2 and "
                               "will lie outside the timeline.",
                               nullptr, loss.ledgerRows)
                                .arg(p.timeline.periods + 1)
                                .arg(before);
            question += QStringLiteral(" ") + tr("Shorten anyway?");
            if (!askBeforeLosing(this, question)) {
                load(); // the field shows the number of periods again
                return;
            }
        }
    }
    QString field = sender() ? sender()->objectName() : QString();
    document_->apply(std::move(p), tr("Change timeline"), QStringLiteral("project/") + field,
                     EditLocation{kOverviewPage, -1, -1, field});
}

void OverviewPage::showLocation(const EditLocation &where) {
    if (where.field == QLatin1String("cohortsTable")) {
        cohorts_->selectCell(where.row, where.column);
        return;
    }
    if (where.field == QLatin1String("intakeGrid")) {
        selectCell(intakeView_, where.row, where.column);
        return;
    }
    if (QWidget *w = findChild<QWidget *>(where.field))
        w->setFocus();
}

} // namespace effekt::views
