#!/usr/bin/env bash
# Models A and B beside the hand-written C reference engine (Benchmarks/CReference/des_c.c), run
# alternately in one session, single-threaded: events per second of the simulation loop
# (stepwell-bench times the replication; the C engine times its event loop) and of the whole
# process, best of RUNS runs, and the ratio Stepwell / C.
# Usage: c-reference.sh STEPWELL-BENCH STEPWELL DES_C [RUNS]
set -eu
bench=${1:?usage: c-reference.sh STEPWELL-BENCH STEPWELL DES_C [RUNS]}
stepwell=${2:?usage: c-reference.sh STEPWELL-BENCH STEPWELL DES_C [RUNS]}
des_c=${3:?usage: c-reference.sh STEPWELL-BENCH STEPWELL DES_C [RUNS]}
runs=${4:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
for model in A B; do
  case $model in
    A) scenario=$here/Scenarios/queueing/bench-mm10.yaml; label="Model A: M/M/10, lambda 9.5, mean service 1.0" ;;
    B) scenario=$here/Scenarios/queueing/stepped-care-network.yaml; label="Model B: four-node stepped-care network" ;;
  esac
  best_c=0 best_s=0 best_cw=0 best_sw=0
  for run in $(seq "$runs"); do
    t0=$(now); "$des_c" "$model" 1 >"$tmp/c.out"; t1=$(now)
    "$bench" "$scenario" >"$tmp/s.out"; t2=$(now)
    "$stepwell" run "$scenario" --replications 1 --threads 1 --quiet --out "$tmp/run$model$run" >/dev/null 2>&1
    t3=$(now)
    read -r best_c best_s best_cw best_sw < <(python3 - "$tmp/c.out" "$tmp/s.out" "$tmp/run$model$run/metrics.csv" \
      "$t0" "$t1" "$t3" "$t2" "$best_c" "$best_s" "$best_cw" "$best_sw" <<'P'
import csv, json, re, sys
c = json.loads(open(sys.argv[1]).read().split("RESULT ", 1)[1])
s = re.search(r"(\d+) events in ([0-9.]+) s", open(sys.argv[2]).read())
events = next(float(r["mean"]) for r in csv.DictReader(open(sys.argv[3])) if r["metric"] == "engine.events")
t0, t1, t3, t2 = map(float, sys.argv[4:8])
best = list(map(float, sys.argv[8:12]))
rates = [c["events"] / c["sim_s"], int(s.group(1)) / float(s.group(2)), c["events"] / (t1 - t0), events / (t3 - t2)]
print(*[max(a, b) for a, b in zip(best, rates)])
P
)
  done
  python3 - "$label" "$runs" "$best_c" "$best_s" "$best_cw" "$best_sw" <<'P'
import sys
label, runs = sys.argv[1], sys.argv[2]
c, s, cw, sw = (float(x) / 1e6 for x in sys.argv[3:7])
print(f"{label} (best of {runs}, alternating)")
print(f"  event loop:    C reference {c:6.2f} M events/s, Stepwell {s:6.2f} M events/s, ratio {s / c:.2f}")
print(f"  whole process: C reference {cw:6.2f} M events/s, Stepwell {sw:6.2f} M events/s, ratio {sw / cw:.2f}")
P
done
