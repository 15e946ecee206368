#include "editordelegate.h"

#include <QWidget>

namespace effekt::views {

namespace {
constexpr char kLoaded[] = "effektLoadedValue";
}

bool EditorDelegate::showsCurrentValue(QWidget *editor, const QModelIndex &index) {
    const QVariant now = index.data(Qt::EditRole);
    const QVariant loaded = editor->property(kLoaded);
    // An invalid QVariant would read as "never loaded": keep a marker that tells them apart.
    const QVariant recorded = QVariant::fromValue(QVariantList{now});
    if (loaded.isValid() && loaded == recorded)
        return true;
    editor->setProperty(kLoaded, recorded);
    return false;
}

void EditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (showsCurrentValue(editor, index))
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace effekt::views
