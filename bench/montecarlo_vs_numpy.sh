#!/bin/sh
# The worked example's Monte Carlo side by side: effekt's simulate() (bench_montecarlo_tool: the
# fast path of Monte Carlo trials, docs/engine.md) and a vectorised numpy implementation
# (bench/montecarlo_numpy.py), same trials and distributions, independent generators.
#
# Timing: ROUNDS rounds (default 5), each running, one after the other, the C++ without the
# investors' IRR (as the Risk page runs it, computing what numpy computes), the C++ with it (as
# `effekt simulate` runs it) and numpy, each program running its simulation RUNS times (7) in one
# process. A program's first run is "cold" (its buffers are new memory to the process; numpy also
# pays its first use of each routine), the median of the others "warm" (steady state, as the Risk
# page runs one simulation after another). The simulation and its summary are timed inside each
# program (wall clock; "cpu" is all threads' CPU time). Each round gives the ratio numpy / C++ of
# the figures measured in that round, so that the machine's drift between rounds cancels; the
# medians over the rounds are printed, with their range.
#
# Agreement (the last round's samples): every C++ percentile must lie inside the numpy sample's
# distribution-free band for it (numpy's quantiles at q ± 4·√(2q(1 − q)/n), the Monte Carlo error
# of the difference of two independent percentile estimates), and each mean within 4 combined
# standard errors.
#
#   bench/montecarlo_vs_numpy.sh [BUILD_DIR] [TRIALS] [THREADS] [ROUNDS] [RUNS]
#
# BUILD_DIR is a Release build (default build-release) holding bench/bench_montecarlo_tool.
# Needs python3-numpy (Debian). Exit 1 when a figure disagrees.
set -eu
BUILD=${1:-build-release}
N=${2:-100000}
THREADS=${3:-2}
ROUNDS=${4:-5}
RUNS=${5:-7}
TOOL="$BUILD/bench/bench_montecarlo_tool"
HERE=$(dirname "$0")
[ -x "$TOOL" ] || { echo "no $TOOL: build $BUILD with -DCMAKE_BUILD_TYPE=Release" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "trials: $N   threads (C++): $THREADS   rounds: $ROUNDS   runs a program: $RUNS   load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    "$TOOL" "$N" "$THREADS" 1 noirr "$RUNS" > "$WORK/cpp.$round.json"
    "$TOOL" "$N" "$THREADS" 1 irr "$RUNS" > "$WORK/cppirr.$round.json"
    npz=-
    [ "$round" -eq "$ROUNDS" ] && npz="$WORK/np.npz"
    /usr/bin/python3 "$HERE/montecarlo_numpy.py" "$N" 1 "$npz" "$RUNS" > "$WORK/np.$round.json"
    round=$((round + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

/usr/bin/python3 - "$WORK" <<'PY'
import json, math, os, statistics, sys
import numpy as np
w = sys.argv[1]
rounds = sorted(int(f.split(".")[1]) for f in os.listdir(w)
                if f.startswith("np.") and f.endswith(".json"))
last = rounds[-1]
cpp = json.load(open(f"{w}/cpp.{last}.json"))
npy = json.load(open(f"{w}/np.{last}.json"))
samples = np.load(f"{w}/np.npz")


def figures(name, key):
    return [json.load(open(f"{w}/{name}.{r}.json"))[key] for r in rounds]


def line(label, values, unit="s"):
    v = sorted(values)
    return f"{label:44}{statistics.median(v):10.4f}{unit}   [{v[0]:.4f} … {v[-1]:.4f}]"


print(f"\n{'median over the rounds [min … max]':44}")
for prog, name in (("C++ simulate()", "cpp"), ("C++ simulate() with IRR", "cppirr"),
                   ("numpy (vectorised)", "np")):
    print(line(f"{prog}, cold wall", figures(name, "wall_seconds")))
    print(line(f"{prog}, warm wall", figures(name, "warm_wall_seconds")))
    print(line(f"{prog}, warm cpu", figures(name, "warm_cpu_seconds")))
for name, label in (("cpp", "C++"), ("cppirr", "C++ with IRR")):
    for key, what in (("wall_seconds", "cold wall"), ("warm_wall_seconds", "warm wall"),
                      ("warm_cpu_seconds", "warm cpu")):
        ratios = [a / b for a, b in zip(figures("np", key), figures(name, key))]
        print(line(f"numpy / {label}, {what}", ratios, "x"))
n = cpp["trials"]
ok = True
print(f"\n{'figure':20}{'stat':>6}{'C++':>16}{'numpy':>16}{'band / 4 SE':>30}  ok")
for fig in ("payments", "npv_payments", "net_value", "investor_multiple"):
    c, p, s = cpp[fig], npy[fig], samples[fig]
    se = 4 * math.hypot(c["se"], p["se"])
    good = abs(c["mean"] - p["mean"]) <= se
    ok &= good
    print(f"{fig:20}{'mean':>6}{c['mean']:16.4f}{p['mean']:16.4f}{'± ' + format(se, '.4f'):>30}  {'yes' if good else 'NO'}")
    for q in (5, 50, 95):
        h = 4 * math.sqrt(2 * (q / 100) * (1 - q / 100) / n) * 100
        lo, hi = np.percentile(s, [max(q - h, 0), min(q + h, 100)])
        v = c[f"p{q}"]
        good = lo - 1e-9 * abs(lo) <= v <= hi + 1e-9 * abs(hi)
        ok &= good
        band = f"[{lo:.4f}, {hi:.4f}]"
        print(f"{'':20}{'P' + str(q):>6}{v:16.4f}{p[f'p{q}']:16.4f}{band:>30}  {'yes' if good else 'NO'}")
pl = abs(cpp["p_investor_loss"] - npy["p_investor_loss"])
pse = 4 * math.sqrt(2 * npy["p_investor_loss"] * (1 - npy["p_investor_loss"]) / n)
ok &= pl <= pse
print(f"{'P(investor loss)':20}{'':6}{cpp['p_investor_loss']:16.5f}{npy['p_investor_loss']:16.5f}{'± ' + format(pse, '.5f'):>30}  {'yes' if pl <= pse else 'NO'}")
print("\nagree within Monte Carlo error" if ok else "\nDISAGREE")
sys.exit(0 if ok else 1)
PY
