// A cell editor keeps what the planner typed until the cell's own value changes.
//
// Qt's item views hand every dataChanged over a range to the editors open in it (setEditorData),
// whatever roles changed. The tables announce fresh results (the marks and tooltips of their
// cells) over all their cells, and a large contract computes in the background: its results could
// arrive while the planner types and put the cell's old value back into the editor, so that
// Return stored the old value (a lost entry) or a half-made choice jumped back. The delegate
// loads an editor from the model once, and again only when the value of the cell itself changed
// (an undo, say), which is news the planner must see.
#pragma once

#include <QStyledItemDelegate>

namespace effekt::views {

class EditorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

protected:
    // True when `editor` was loaded with the value `index` holds now; otherwise records that value
    // as loaded and returns false. Subclasses' setEditorData start with it.
    static bool showsCurrentValue(QWidget *editor, const QModelIndex &index);
};

} // namespace effekt::views
