// DesignPage: the base of the designer's form pages.
#include "designpage.h"

#include "designwidgets.h"

#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

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

} // namespace effekt::views
