// The end of a contract that terminated early at a review point (DOMAIN.md §8b), as the charts
// over periods show it: a dashed vertical line at the end of the last period, named in the legend
// («Ended after 3. kv. 2027»), and a grey band over the periods after it. Shared by the Results
// charts, their exported pictures and the Risk page's fan chart.
#pragma once

#include <QString>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace effekt::views {

// «Ended after <period>»: the marker's name in the legend, in the chart's table and in tests.
QString endedAfterText(const QString &periodLabel);
// «ended»: the table's note on a period after the end.
QString afterEndText();
// The heading of the table column that carries the notes.
QString contractEndColumnText();

// Adds the marker to `chart` for a contract ended after period `endedAfter` of `periods`, period t
// plotted at x = t on `x`; it spans `y` as it is now (set its range first). Does nothing when
// endedAfter is outside 0 … periods − 1.
void addContractEndMarker(QChart *chart, QAbstractAxis *x, QValueAxis *y, int endedAfter,
                          int periods, const QString &label);

} // namespace effekt::views
