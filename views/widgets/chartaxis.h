// Value axes whose labels are whole numbers ("%.0f", kroner and counts): a small range such as an
// empty chart's 0 … 1 would print the same label twice ("0, 0, 1, 1"), so the number of ticks is
// cut until each step is at least one.
#pragma once

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace effekt::views {

inline void fitWholeNumberTicks(QValueAxis *axis) {
    const double span = axis->max() - axis->min();
    const int intervals = axis->tickCount() - 1;
    if (intervals > 0 && span / intervals < 1.0)
        axis->setTickCount(std::max(2, static_cast<int>(std::floor(span)) + 1));
}

} // namespace effekt::views
