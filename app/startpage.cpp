#include "startpage.h"

#include <QEvent>
#include <QFont>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace effekt::app {

namespace {

constexpr int kMaxNameLength = 80;

QLabel *sectionHeading(QWidget *parent) {
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

QListWidget *choiceList(const QString &objectName, QWidget *parent) {
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSpacing(2);
    // Room for about six choices; the page does not stretch a list into an empty box.
    list->setMinimumHeight(120);
    list->setMaximumHeight(240);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

} // namespace

QString displayableName(const QString &name) {
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const QChar::Category cat = c.category();
        const bool hidden = cat == QChar::Other_Control || cat == QChar::Other_Format ||
                            cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
        out += hidden ? QLatin1Char(' ') : c;
    }
    out = out.simplified();
    if (out.size() > kMaxNameLength)
        out = out.left(kMaxNameLength - 1) + QChar(0x2026);
    return out;
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("startPage"));
    auto *content = new QWidget;
    content->setMaximumWidth(1120);

    heading_ = new QLabel(content);
    QFont big = heading_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    heading_->setFont(big);

    intro_ = new QLabel(content);
    intro_->setObjectName(QStringLiteral("introduction"));
    intro_->setWordWrap(true);
    intro_->setTextFormat(Qt::RichText);
    intro_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(intro_, &QLabel::linkActivated, this, [this] { emit helpRequested(); });

    newHeading_ = sectionHeading(content);
    newButton_ = new QPushButton(content);
    newButton_->setObjectName(QStringLiteral("newBlank"));
    newButton_->setAutoDefault(true);
    openButton_ = new QPushButton(content);
    openButton_->setObjectName(QStringLiteral("openFile"));
    openButton_->setAutoDefault(true);
    connect(newButton_, &QPushButton::clicked, this, &StartPage::newBlankRequested);
    connect(openButton_, &QPushButton::clicked, this, &StartPage::openRequested);

    templatesHeading_ = sectionHeading(content);
    templates_ = choiceList(QStringLiteral("templates"), content);
    examplesHeading_ = sectionHeading(content);
    examples_ = choiceList(QStringLiteral("examples"), content);
    recentHeading_ = sectionHeading(content);
    recent_ = choiceList(QStringLiteral("recentFiles"), content);
    noRecent_ = new QLabel(content);
    noRecent_->setWordWrap(true);
    noRecent_->setEnabled(false);

    templatesHeading_->setBuddy(templates_);
    examplesHeading_->setBuddy(examples_);
    recentHeading_->setBuddy(recent_);

    // Enter, a double click (or a single one where the style says so) opens the item.
    connect(templates_, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit templateRequested(item->data(Qt::UserRole).toString());
    });
    connect(examples_, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit exampleRequested(item->data(Qt::UserRole).toString());
    });
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit recentRequested(item->data(Qt::UserRole).toString());
    });

    // Three columns: a new contract (blank or from a template), the examples, the recent files.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    auto *newBox = new QVBoxLayout;
    newBox->addWidget(newButton_);
    newBox->addSpacing(6);
    newBox->addWidget(templatesHeading_);
    newBox->addWidget(templates_);
    newBox->addStretch();
    grid->addWidget(newHeading_, 0, 0);
    grid->addLayout(newBox, 1, 0);
    auto *exampleBox = new QVBoxLayout;
    exampleBox->addWidget(examples_);
    exampleBox->addStretch();
    grid->addWidget(examplesHeading_, 0, 1);
    grid->addLayout(exampleBox, 1, 1);
    auto *recentBox = new QVBoxLayout;
    recentBox->addWidget(recent_);
    recentBox->addWidget(noRecent_);
    recentBox->addWidget(openButton_, 0, Qt::AlignLeft);
    recentBox->addStretch();
    grid->addWidget(recentHeading_, 0, 2);
    grid->addLayout(recentBox, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->addWidget(heading_);
    column->addWidget(intro_);
    column->addSpacing(16);
    column->addLayout(grid);
    column->addStretch(1);

    // Centred, never wider than a comfortable reading width; scrolls on a very small window.
    auto *centre = new QWidget;
    auto *row = new QHBoxLayout(centre);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(0);
    row->addWidget(content, 1);
    row->addStretch(0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centre);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(newButton_, templates_);
    setTabOrder(templates_, examples_);
    setTabOrder(examples_, recent_);
    setTabOrder(recent_, openButton_);
    setTabOrder(openButton_, intro_);
    retranslate();
}

void StartPage::retranslate() {
    heading_->setText(tr("Welcome to Effekt Studio"));
    intro_->setText(
        tr("An <b>effektkontrakt</b> (outcomes contract) pays for results, not for activity: the "
           "municipality pays when agreed outcomes for the participants are measured, and "
           "investors carry the risk until then.<br>Start with a blank contract, a template or an "
           "example; <a href=\"help\">the user guide</a> (F1) explains each step."));
    newHeading_->setText(tr("New contract"));
    newButton_->setText(tr("&Blank contract"));
    newButton_->setToolTip(tr("A new, empty contract with one commissioning municipality"));
    templatesHeading_->setText(tr("From a &template:"));
    examplesHeading_->setText(tr("E&xamples"));
    recentHeading_->setText(tr("Re&cent files"));
    noRecent_->setText(tr("Contracts you open or save are listed here."));
    openButton_->setText(tr("&Open…"));
    openButton_->setToolTip(tr("Open a project file"));
    templates_->setAccessibleName(tr("Templates"));
    examples_->setAccessibleName(tr("Examples"));
    recent_->setAccessibleName(tr("Recent files"));
}

void StartPage::fill(QListWidget *list, const std::vector<StartChoice> &choices) {
    list->clear();
    for (const StartChoice &c : choices) {
        const QString text = c.detail.isEmpty() ? c.title : c.title + QLatin1Char('\n') + c.detail;
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::AccessibleTextRole, c.title);
        if (!c.toolTip.isEmpty())
            item->setToolTip(c.toolTip);
        if (!c.available)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
}

void StartPage::setTemplates(const std::vector<StartChoice> &templates) {
    fill(templates_, templates);
    templatesHeading_->setVisible(!templates.empty());
    templates_->setVisible(!templates.empty());
}

void StartPage::setExamples(const std::vector<StartChoice> &examples) {
    fill(examples_, examples);
}

void StartPage::setRecentFiles(const std::vector<StartChoice> &files) {
    fill(recent_, files);
    recent_->setVisible(!files.empty());
    noRecent_->setVisible(files.empty());
}

void StartPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace effekt::app
