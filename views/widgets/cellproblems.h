// How a table cell with problems looks, the same in every grid: a warning icon and a translucent
// red background that reads on light and dark palettes alike.
#pragma once

#include <QStringList>
#include <QVariant>

namespace effekt::views {

// The Qt::DecorationRole or Qt::BackgroundRole value of a cell with these problems; an invalid
// QVariant for other roles or when there are none.
QVariant problemCellLook(const QStringList &problems, int role);

} // namespace effekt::views
