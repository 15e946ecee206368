// A small picture of a factor distribution's density (DOMAIN.md §8: triangular, or PERT = a Beta
// on [min, max]), for the Monte Carlo table: each distribution drawn in its row.
#pragma once

#include <QPointF>
#include <QStyledItemDelegate>

#include <functional>
#include <vector>

class QPainter;

namespace effekt {
struct FactorDistribution;
}

namespace effekt::views {

// The density at x; 0 outside [min, max]. A Fixed distribution (or min = max) has none: 0.
double factorDensity(const FactorDistribution &d, double x);
// `n` + 1 points (x, density) evenly over [min, max]; empty for a Fixed or degenerate one.
std::vector<QPointF> densityCurve(const FactorDistribution &d, int n = 48);
// Draws the density into `rect` over factors 0 … max(150 %, the distribution's max), with a tick
// at 100 % (the plan); a Fixed distribution as one vertical line at its value.
void paintDensity(QPainter *painter, const QRectF &rect, const FactorDistribution &d,
                  const QColor &colour);

// Paints the density of the row's distribution in its cell.
class DensityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using Lookup = std::function<const FactorDistribution *(int row)>;
    DensityDelegate(Lookup lookup, QObject *parent);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Lookup lookup_;
};

} // namespace effekt::views
