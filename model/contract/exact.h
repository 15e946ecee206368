// Exact products of doubles, for the engine's money arithmetic (money.cpp and the engine's payer
// split). For the contract and engine rooms only, whose CMake targets turn off the contraction of
// a * b + c into a fused multiply-add: these rely on each operation being rounded on its own.
#pragma once

namespace effekt::exact {

// a · b = p + e exactly (Dekker's algorithm, without fused multiply-add), for products that
// neither overflow nor underflow.
inline void twoProduct(double a, double b, double &p, double &e) {
    constexpr double kSplit = 134217729.0; // 2^27 + 1
    p = a * b;
    const double ca = kSplit * a, ah = ca - (ca - a), al = a - ah;
    const double cb = kSplit * b, bh = cb - (cb - b), bl = b - bh;
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

} // namespace effekt::exact
