// The Assumptions page: the assumption log.
#include "assumptionspage.h"

#include "designhelpers.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

using namespace designhelpers;

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
