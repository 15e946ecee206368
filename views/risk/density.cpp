#include "density.h"

#include "project.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace effekt::views {

double factorDensity(const FactorDistribution &d, double x) {
    const double a = d.min, b = d.max, c = std::clamp(d.mode, d.min, d.max);
    if (d.kind == FactorDistributionKind::Fixed || !(b > a) || x < a || x > b)
        return 0.0;
    if (d.kind == FactorDistributionKind::Triangular) {
        if (x < c)
            return 2.0 * (x - a) / ((b - a) * (c - a));
        if (x > c)
            return 2.0 * (b - x) / ((b - a) * (b - c));
        return 2.0 / (b - a);
    }
    // PERT: Beta(α, β) on [a, b].
    const double alpha = 1.0 + 4.0 * (c - a) / (b - a);
    const double beta = 1.0 + 4.0 * (b - c) / (b - a);
    const double u = (x - a) / (b - a);
    if ((u <= 0.0 && alpha > 1.0) || (u >= 1.0 && beta > 1.0))
        return 0.0;
    const double logB = std::lgamma(alpha) + std::lgamma(beta) - std::lgamma(alpha + beta);
    return std::exp((alpha - 1.0) * std::log(std::max(u, 1e-300)) +
                    (beta - 1.0) * std::log(std::max(1.0 - u, 1e-300)) - logB) /
           (b - a);
}

std::vector<QPointF> densityCurve(const FactorDistribution &d, int n) {
    std::vector<QPointF> out;
    if (d.kind == FactorDistributionKind::Fixed || !(d.max > d.min) || n < 1)
        return out;
    for (int i = 0; i <= n; ++i) {
        const double x = d.min + (d.max - d.min) * i / n;
        out.emplace_back(x, factorDensity(d, x));
    }
    return out;
}

void paintDensity(QPainter *painter, const QRectF &rect, const FactorDistribution &d,
                  const QColor &colour) {
    const double top = std::max({1.5, d.max, d.mode});
    auto xAt = [&](double f) { return rect.left() + rect.width() * std::clamp(f / top, 0.0, 1.0); };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor faint = colour;
    faint.setAlpha(90);
    // The plan (100 %) as a tick.
    painter->setPen(QPen(faint, 1, Qt::DotLine));
    painter->drawLine(QPointF(xAt(1.0), rect.top()), QPointF(xAt(1.0), rect.bottom()));
    const std::vector<QPointF> curve = densityCurve(d);
    if (curve.empty()) {
        painter->setPen(QPen(colour, 2));
        painter->drawLine(QPointF(xAt(d.mode), rect.top() + 1),
                          QPointF(xAt(d.mode), rect.bottom()));
    } else {
        double peak = 0;
        for (const QPointF &p : curve)
            peak = std::max(peak, std::isfinite(p.y()) ? p.y() : 0.0);
        if (peak <= 0)
            peak = 1;
        QPainterPath path;
        path.moveTo(xAt(curve.front().x()), rect.bottom());
        for (const QPointF &p : curve) {
            const double y = std::isfinite(p.y()) ? std::min(p.y(), peak) : peak;
            path.lineTo(xAt(p.x()), rect.bottom() - (rect.height() - 2) * y / peak);
        }
        path.lineTo(xAt(curve.back().x()), rect.bottom());
        path.closeSubpath();
        QColor fill = colour;
        fill.setAlpha(70);
        painter->fillPath(path, fill);
        painter->setPen(QPen(colour, 1.5));
        painter->drawPath(path);
    }
    painter->restore();
}

DensityDelegate::DensityDelegate(Lookup lookup, QObject *parent)
    : QStyledItemDelegate(parent)
    , lookup_(std::move(lookup)) {}

void DensityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    QStyledItemDelegate::paint(painter, option, index);
    if (const FactorDistribution *d = lookup_ ? lookup_(index.row()) : nullptr)
        paintDensity(painter, QRectF(option.rect).adjusted(4, 3, -4, -3), *d,
                     option.palette.color(QPalette::Highlight));
}

QSize DensityDelegate::sizeHint(const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(96, 28));
}

} // namespace effekt::views
