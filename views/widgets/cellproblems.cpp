#include "cellproblems.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace effekt::views {

QVariant problemCellLook(const QStringList &problems, int role) {
    if (problems.isEmpty())
        return {};
    if (role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::BackgroundRole)
        return QBrush(QColor(220, 40, 40, 70));
    return {};
}

} // namespace effekt::views
