#!/bin/sh
# The worked example's Monte Carlo side by side: effekt's simulate() (bench_montecarlo_tool, the
# whole engine per trial) and a vectorised numpy implementation (bench/montecarlo_numpy.py), same
# trials and distributions, independent generators. The C++ runs twice: without the investors'
# IRR (as the Risk page runs it, and computing what numpy computes), then with it (as
# `effekt simulate` runs it). Prints wall and CPU time of each and their ratio, and checks that every C++ percentile lies inside the numpy sample's distribution-free
# band for it: numpy's quantiles at q ± 4·√(2q(1 − q)/n), the Monte Carlo error of the difference
# of two independent percentile estimates; and each mean within 4 combined standard errors.
#
#   bench/montecarlo_vs_numpy.sh [BUILD_DIR] [TRIALS] [THREADS]
#
# BUILD_DIR is a Release build (default build-release) holding bench/bench_montecarlo_tool.
# Needs python3-numpy (Debian) and /usr/bin/time. Exit 1 when a figure disagrees.
set -eu
BUILD=${1:-build-release}
N=${2:-100000}
THREADS=${3:-2}
TOOL="$BUILD/bench/bench_montecarlo_tool"
HERE=$(dirname "$0")
[ -x "$TOOL" ] || { echo "no $TOOL: build $BUILD with -DCMAKE_BUILD_TYPE=Release" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "trials: $N   threads (C++): $THREADS   load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
/usr/bin/time -f "%e %U %S" -o "$WORK/cpp.time" "$TOOL" "$N" "$THREADS" 1 noirr > "$WORK/cpp.json"
/usr/bin/time -f "%e %U %S" -o "$WORK/cppirr.time" "$TOOL" "$N" "$THREADS" 1 irr > "$WORK/cppirr.json"
/usr/bin/time -f "%e %U %S" -o "$WORK/np.time" /usr/bin/python3 "$HERE/montecarlo_numpy.py" "$N" 1 \
    "$WORK/np.npz" > "$WORK/np.json"

/usr/bin/python3 - "$WORK" <<'PY'
import json, math, sys
import numpy as np
w = sys.argv[1]
cpp = json.load(open(f"{w}/cpp.json"))
npy = json.load(open(f"{w}/np.json"))
samples = np.load(f"{w}/np.npz")
def times(name):
    wall, user, sys_ = (float(x) for x in open(f"{w}/{name}.time").read().split())
    return wall, user + sys_
cppirr = json.load(open(f"{w}/cppirr.json"))
cw, cc = times("cpp")
iw, ic = times("cppirr")
nw, nc = times("np")
# compute: the simulation and its summary alone, timed inside each program (CPU: all threads);
# process: the whole run, start-up (Python and numpy's import) included.
print(f"{'':26}{'process wall':>14}{'process cpu':>13}{'compute wall':>14}{'compute cpu':>13}")
for name, j, pw, pc in (("C++ simulate()", cpp, cw, cc), ("C++ simulate() with IRR", cppirr, iw, ic),
                        ("numpy (vectorised)", npy, nw, nc)):
    print(f"{name:26}{pw:13.3f}s{pc:12.3f}s{j['wall_seconds']:13.3f}s{j['cpu_seconds']:12.3f}s")
def ratio(a, b):
    return f"{a / b:.2f}x" if b > 0 else "-"
print(f"numpy / C++: compute wall {ratio(npy['wall_seconds'], cpp['wall_seconds'])}, "
      f"compute cpu {ratio(npy['cpu_seconds'], cpp['cpu_seconds'])}, process cpu {ratio(nc, cc)}")
print(f"numpy / C++ with IRR: compute wall {ratio(npy['wall_seconds'], cppirr['wall_seconds'])}, "
      f"compute cpu {ratio(npy['cpu_seconds'], cppirr['cpu_seconds'])}, process cpu {ratio(nc, ic)}")
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
