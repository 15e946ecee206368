// Value axes' labels: whole numbers ("%.0f", kroner and counts) on a small range, and as many
// decimals as an axis's step needs.
#pragma once

#include <QString>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace effekt::views {

// For labels that are whole numbers: a small range such as an empty chart's 0 … 1 would print the
// same label twice ("0, 0, 1, 1"), so the number of ticks is cut until each step is at least one.
inline void fitWholeNumberTicks(QValueAxis *axis) {
    const double span = axis->max() - axis->min();
    const int intervals = axis->tickCount() - 1;
    if (intervals > 0 && span / intervals < 1.0)
        axis->setTickCount(std::max(2, static_cast<int>(std::floor(span)) + 1));
}

// Labels with the fewest decimals (at most four) that show each tick exactly, none for a step of
// a whole number: an axis of any unit, from 0 … 1 to millions of kroner, reads "0,25" or
// "1 500 000" (the chart's locale), never "1,5E+06" as "%g" would print it. Call it once the range
// is final (after applyNiceNumbers()).
inline void fitLabelDecimals(QValueAxis *axis) {
    const double step = (axis->max() - axis->min()) / std::max(axis->tickCount() - 1, 1);
    int decimals = 0;
    for (double scaled = step; decimals < 4; ++decimals, scaled *= 10)
        if (std::abs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::abs(scaled)))
            break;
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

} // namespace effekt::views
