#include "templatedialog.h"

#include "catalogue.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace effekt::app {

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , list_(new QListWidget)
    , summary_(new QLabel)
    , help_(new QLabel) {
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("New from Template"));
    list_->setObjectName(QStringLiteral("templateList"));
    list_->setAccessibleName(tr("Templates"));
    for (const CatalogueEntry &e : templates()) {
        auto *item = new QListWidgetItem(e.title, list_);
        item->setData(Qt::UserRole, e.id);
        item->setData(Qt::UserRole + 1, e.summary);
        item->setData(Qt::UserRole + 2, e.help);
        item->setToolTip(e.summary);
    }
    list_->setMinimumWidth(240);
    // The texts are the program's own, but plain: nothing in them is markup.
    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);
    for (QLabel *l : {summary_, help_}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    summary_->setObjectName(QStringLiteral("templateSummary"));
    help_->setObjectName(QStringLiteral("templateHelp"));
    help_->setMinimumWidth(360);

    auto *text = new QVBoxLayout;
    text->addWidget(summary_);
    text->addWidget(help_, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(list_);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(list_, &QListWidget::currentRowChanged, this, [this, buttons] {
        showHelp();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(list_->currentItem() != nullptr);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    if (list_->count() > 0)
        list_->setCurrentRow(0);
    else
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showHelp();
    list_->setFocus();
    resize(720, 420);
}

QString TemplateDialog::chosenId() const {
    const QListWidgetItem *item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TemplateDialog::showHelp() {
    const QListWidgetItem *item = list_->currentItem();
    summary_->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    help_->setText(item ? item->data(Qt::UserRole + 2).toString() : QString());
}

} // namespace effekt::app
