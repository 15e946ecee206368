#include "overviewpage.h"

#include "format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace effekt::views {

OverviewPage::OverviewPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    auto *form = new QFormLayout;
    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("projectName"));
    name_->setToolTip(tr("The contract's name, as it appears in reports"));
    name_->setAccessibleName(tr("Project name"));
    form->addRow(tr("&Name:"), name_);

    start_ = new QDateEdit;
    start_->setObjectName(QStringLiteral("startDate"));
    start_->setCalendarPopup(true);
    start_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    start_->setToolTip(tr("First day of the first period; always the first day of a month"));
    start_->setAccessibleName(tr("Start date"));
    form->addRow(tr("&Start date:"), start_);

    length_ = new QComboBox;
    length_->setObjectName(QStringLiteral("periodLength"));
    length_->addItem(tr("Month"), static_cast<int>(PeriodLength::Month));
    length_->addItem(tr("Quarter"), static_cast<int>(PeriodLength::Quarter));
    length_->addItem(tr("Half-year"), static_cast<int>(PeriodLength::HalfYear));
    length_->addItem(tr("Year"), static_cast<int>(PeriodLength::Year));
    length_->setToolTip(tr("How often outcomes are measured and paid"));
    length_->setAccessibleName(tr("Period length"));
    form->addRow(tr("&Period length:"), length_);

    periods_ = new QSpinBox;
    periods_->setObjectName(QStringLiteral("periodCount"));
    periods_->setRange(Timeline::kMinPeriods, Timeline::kMaxPeriods);
    periods_->setToolTip(tr("Number of periods in which outcomes are measured (1 to 600)"));
    periods_->setAccessibleName(tr("Number of periods"));
    form->addRow(tr("Number of p&eriods:"), periods_);

    endLabel_ = new QLabel;
    endLabel_->setObjectName(QStringLiteral("endDate"));
    form->addRow(tr("Last day:"), endLabel_);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    connect(name_, &QLineEdit::editingFinished, this, &OverviewPage::commitName);
    connect(start_, &QDateEdit::dateChanged, this, &OverviewPage::commitTimeline);
    connect(length_, &QComboBox::currentIndexChanged, this, &OverviewPage::commitTimeline);
    connect(periods_, &QSpinBox::valueChanged, this, &OverviewPage::commitTimeline);
    connect(document_, &Document::projectChanged, this, &OverviewPage::load);
    load();
}

void OverviewPage::load() {
    loading_ = true;
    const Project &p = document_->project();
    if (name_->text() != QString::fromStdString(p.name))
        name_->setText(QString::fromStdString(p.name));
    const Date s = p.timeline.start;
    start_->setDate(QDate(s.year, s.month, s.day));
    length_->setCurrentIndex(length_->findData(static_cast<int>(p.timeline.length)));
    periods_->setValue(p.timeline.periods);
    endLabel_->setText(formatDate(p.timeline.periodEnd(p.timeline.periods - 1)));
    const bool editable = !document_->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(name_), static_cast<QWidget *>(start_),
                       static_cast<QWidget *>(length_), static_cast<QWidget *>(periods_)})
        w->setEnabled(editable);
    loading_ = false;
}

void OverviewPage::commitName() {
    if (loading_)
        return;
    Project p = document_->project();
    p.name = name_->text().trimmed().toStdString();
    document_->apply(std::move(p), tr("Rename project"), QStringLiteral("project/name"),
                     EditLocation{QStringLiteral("overview"), -1, -1, name_->objectName()});
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
    QString field = sender() ? sender()->objectName() : QString();
    document_->apply(std::move(p), tr("Change timeline"), QStringLiteral("project/") + field,
                     EditLocation{QStringLiteral("overview"), -1, -1, field});
}

void OverviewPage::showLocation(const EditLocation &where) {
    if (QWidget *w = findChild<QWidget *>(where.field))
        w->setFocus();
}

} // namespace effekt::views
