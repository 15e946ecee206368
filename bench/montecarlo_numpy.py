#!/usr/bin/python3
"""The worked example's Monte Carlo (DOMAIN.md §8, §9) in vectorised numpy: an independent check
of effekt's simulate() (model/engine/risk/montecarlo.cpp) and its yardstick for speed.

Same contract, distributions and copula as bench/montecarlo_setup.h: M1's factor PERT(0.5, 1.0,
1.2), M2's triangular (0.4, 0.9, 1.3), ρ = 0.3, no delays. Independent in everything but the
model: numpy's own generator (PCG64) and normals, Φ by a rational erfc, the PERT inverse by
quadrature of the Beta density and interpolation, and the contract (caps, lags, the
special-purpose account with its reserve and return cap, NPV at 4 %) written out for this
example, all trials at once. Amounts in kroner, not rounded to øre (a difference far below the
Monte Carlo error).

    bench/montecarlo_numpy.py TRIALS [SEED] [SAMPLES.npz|-] [RUNS]
                                                prints JSON like bench_montecarlo_tool

RUNS (default 1) runs the simulation and its summary that many times in this one process, as
bench_montecarlo_tool does: wall_seconds and cpu_seconds are the first run's, and with RUNS > 1
warm_wall_seconds and warm_cpu_seconds the median of the others.

Needs python3-numpy (Debian), run with /usr/bin/python3.
"""
import json
import sys
import time

import numpy as np

PERIODS = 8
PLAN1 = np.array([0, 5, 8, 10, 12, 12, 12, 12], float)
CF1 = 2.0
PLAN2 = np.array([0, 0, 3, 5, 5, 6, 6, 6], float)
PRICE1, PRICE2 = 60_000.0, 40_000.0
LAG1, LAG2 = 1, 2
CAP1 = 3_000_000.0
TOTAL_CAP = 5_000_000.0
COST = 500_000.0
COMMITMENT = 4_000_000.0
RETURN_CAP = 1.3
SAVING1 = 150_000.0
RATE = 0.04
RHO = 0.3


def erfc(x):
    """erfc by Numerical Recipes' Chebyshev fit (erfcc), relative error < 1.2e-7."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    ans = t * np.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (
        0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (
            1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, ans, 2.0 - ans)


def phi(z):
    return 0.5 * erfc(-z / np.sqrt(2.0))


def triangular_quantile(u, a, c, b):
    split = (c - a) / (b - a)
    return np.where(u < split, a + np.sqrt(u * (b - a) * (c - a)),
                    b - np.sqrt((1 - u) * (b - a) * (b - c)))


def pert_quantile(u, lo, mode, hi, grid=200_001):
    """F⁻¹ by the Beta density integrated on a fine grid (trapezoid) and linear interpolation."""
    alpha = 1 + 4 * (mode - lo) / (hi - lo)
    beta = 1 + 4 * (hi - mode) / (hi - lo)
    x = np.linspace(0.0, 1.0, grid)
    with np.errstate(divide="ignore"):
        logd = (alpha - 1) * np.log(x) + (beta - 1) * np.log1p(-x)
    d = np.exp(logd)
    cdf = np.concatenate(([0.0], np.cumsum((d[1:] + d[:-1]) * 0.5 * (x[1] - x[0]))))
    cdf /= cdf[-1]
    return lo + (hi - lo) * np.interp(u, cdf, x)


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    z0 = rng.standard_normal(n)
    eps = rng.standard_normal((2, n))
    u = phi(np.sqrt(RHO) * z0 + np.sqrt(1 - RHO) * eps)
    f1 = pert_quantile(u[0], 0.5, 1.0, 1.2)
    f2 = triangular_quantile(u[1], 0.4, 0.9, 1.3)

    units1 = np.maximum(0.0, f1[:, None] * (PLAN1 - CF1)[None, :])  # trials × periods
    units2 = np.maximum(0.0, f2[:, None] * PLAN2[None, :])
    cum1 = np.minimum(np.cumsum(units1 * PRICE1, axis=1), CAP1)  # the metric cap cuts the excess
    paid1 = np.diff(cum1, axis=1, prepend=0.0)
    paid2 = units2 * PRICE2
    assert (paid1.sum(axis=1) + paid2.sum(axis=1)).max() < TOTAL_CAP  # never binds here

    horizon = PERIODS + max(LAG1, LAG2)
    due = np.zeros((n, horizon))
    due[:, LAG1:LAG1 + PERIODS] += paid1
    due[:, LAG2:LAG2 + PERIODS] += paid2

    # The special-purpose account (DOMAIN.md §5): draws cover shortfalls, a reserve of the delivery
    # costs still to come stays in the account, the rest repays principal, then a return up to
    # 1.3 × drawn; what is left the commissioner keeps.
    balance = np.zeros(n)
    drawn = np.zeros(n)
    outstanding = np.zeros(n)
    distributed = np.zeros(n)
    kept = np.zeros((n, horizon))
    for t in range(horizon):
        cost = COST if t < PERIODS else 0.0
        reserve = COST * max(0, PERIODS - 1 - t)
        balance += due[:, t] - cost
        draw = np.minimum(np.maximum(-balance, 0.0), COMMITMENT - drawn)
        drawn += draw
        outstanding += draw
        balance = np.maximum(balance, 0.0)
        surplus = np.maximum(balance - reserve, 0.0)
        balance -= surplus
        principal = np.minimum(surplus, outstanding)
        outstanding -= principal
        distributed += principal
        surplus -= principal
        ret = np.minimum(surplus, np.maximum(RETURN_CAP * drawn - distributed, 0.0))
        distributed += ret
        kept[:, t] = surplus - ret

    rp = (1 + RATE) ** (1 / 4) - 1
    disc = 1.0 / (1 + rp) ** np.arange(1, horizon + 1)
    payments_net = due - kept
    payments = payments_net.sum(axis=1)
    npv_payments = payments_net @ disc
    npv_savings = (units1 * SAVING1) @ disc[:PERIODS]
    net_value = npv_savings - npv_payments
    multiple = distributed / drawn
    return {"payments": payments, "npv_payments": npv_payments, "net_value": net_value,
            "investor_multiple": multiple}


def summarise(n, seed):
    """The simulation and the summary of each figure: what is timed."""
    figures = simulate(n, seed)
    summary = {}
    for name, x in figures.items():
        p5, p50, p95 = np.percentile(x, [5, 50, 95])  # numpy's default: linear
        summary[name] = {"mean": float(x.mean()), "se": float(x.std(ddof=1) / np.sqrt(n)),
                         "p5": float(p5), "p50": float(p50), "p95": float(p95)}
    return figures, summary


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    runs = max(int(sys.argv[4]), 1) if len(sys.argv) > 4 else 1
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        cpu_start = time.process_time()
        figures, summary = summarise(n, seed)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu_start)
    out = {"trials": n, "wall_seconds": walls[0], "cpu_seconds": cpus[0]}
    if runs > 1:
        out["warm_wall_seconds"] = float(np.median(walls[1:]))
        out["warm_cpu_seconds"] = float(np.median(cpus[1:]))
    out["p_investor_loss"] = float((figures["investor_multiple"] < 1).mean())
    out.update(summary)
    # The sorted samples go to the comparison (bench/montecarlo_vs_numpy.sh) through a file.
    if len(sys.argv) > 3 and sys.argv[3] != "-":
        np.savez(sys.argv[3], **{k: np.sort(v) for k, v in figures.items()})
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
