// Small helpers shared by the designer's form pages (Parties, Caps, Investment, Savings,
// Assumptions): row access by int, the intro text above a form, and generic list operations.
#pragma once

#include "designwidgets.h"

#include <QLabel>

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace effekt::views::designhelpers {

using K = DesignColumn::Kind;

template <typename T> T &at(std::vector<T> &v, int row) {
    return v[static_cast<std::size_t>(row)];
}
template <typename T> const T &at(const std::vector<T> &v, int row) {
    return v[static_cast<std::size_t>(row)];
}

// A money field's value (kroner, rounded to the øre) as the project holds it; empty is 0.
inline Money toMoney(std::optional<double> v) {
    return v ? static_cast<Money>(std::llround(*v)) : 0;
}

inline QLabel *intro(const QString &text) {
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}

// Generic row operations on a vector member of the project.
template <typename T, typename Get> TableEditor::Operations listOps(Get get) {
    TableEditor::Operations ops;
    ops.remove = [get](Project &p, int row) {
        auto &v = get(p);
        v.erase(v.begin() + row);
        return true;
    };
    ops.move = [get](Project &p, int from, int to) {
        auto &v = get(p);
        std::swap(at(v, from), at(v, to));
        return true;
    };
    return ops;
}

} // namespace effekt::views::designhelpers
