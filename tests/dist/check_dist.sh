#!/usr/bin/env bash
# Unpacks the dist archive into an empty temporary folder and runs it there with an environment
# that sees neither the build tree nor Swift: the default scenario, quick (2 replications, 2
# years), its output files, `validate` on a scenario that reads a waiting list, the teaching page
# from `serve`, and `ldd` on the binary (no libswift, libFoundation or libgsl).
# Usage: tests/dist/check_dist.sh dist/stepwell-<version>-linux-x86_64.tar.gz
set -euo pipefail

archive=$(readlink -f "${1:?usage: check_dist.sh ARCHIVE}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "dist-test: FAIL: $*" >&2; exit 1; }

tar -C "$tmp" -xzf "$archive"
root=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'stepwell-*')
[ -n "$root" ] || fail "no stepwell-<version>/ folder in $archive"
for path in bin/stepwell bin/Stepwell_TeachingServer.resources Scenarios/sandwell-hub.yaml Scenarios/areas \
  Scenarios/lists Scenarios/uncertainty Scenarios/calibration docs README.md INSTALL.txt; do
  [ -e "$root/$path" ] || fail "$path missing from the archive"
done

libraries=$(ldd "$root/bin/stepwell" 2>&1 || true)
if grep -Eiq 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libgsl|not found' <<<"$libraries"; then
  fail "bin/stepwell needs libraries it should carry:"$'\n'"$libraries"
fi

start=$(date +%s.%N)
(cd "$root" && env -i PATH=/usr/bin:/bin HOME="$tmp" \
  bin/stepwell run Scenarios/sandwell-hub.yaml --replications 2 --horizon 2y --quiet) >"$tmp/run.log" 2>&1 \
  || { cat "$tmp/run.log" >&2; fail "bin/stepwell run exited with $?"; }
seconds=$(printf "%.1f" "$(echo "$(date +%s.%N) - $start" | bc)")

out="$root/Output/sandwell-hub"
for file in metrics.csv replications.csv timeseries.csv summary.json effective-scenario.yaml manifest.json \
  projection.csv costs.csv breakdown.csv report.html data-dictionary.csv; do
  [ -s "$out/$file" ] || fail "Output/sandwell-hub/$file missing or empty"
done
grep -q '^pathway.wait_first_treatment.mean,' "$out/metrics.csv" || fail "metrics.csv has no pathway wait"
grep -q '"replications" *: *2' "$out/manifest.json" || fail "manifest.json does not record 2 replications"

(cd "$root" && env -i PATH=/usr/bin:/bin HOME="$tmp" bin/stepwell validate Scenarios/sandwell-2025.yaml) \
  >"$tmp/validate.log" 2>&1 || { cat "$tmp/validate.log" >&2; fail "validate Scenarios/sandwell-2025.yaml"; }

# The teaching page, served from the files beside the binary (Stepwell_TeachingServer.resources).
port=$((20000 + RANDOM % 20000))
(cd "$root" && exec env -i PATH=/usr/bin:/bin HOME="$tmp" bin/stepwell serve --port "$port") >"$tmp/serve.log" 2>&1 &
server=$!
page=""
for _ in $(seq 1 40); do
  page=$(curl -sf "http://127.0.0.1:$port/" 2>/dev/null) && break
  sleep 0.5
done
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
grep -qi '<html' <<<"$page" || { cat "$tmp/serve.log" >&2; fail "bin/stepwell serve did not serve the teaching page"; }

size=$(du -h "$archive" | cut -f1)
echo "dist-test: OK: $(basename "$archive") ($size) unpacked and run without Swift in ${seconds}s;" \
  "the teaching page served; ldd lists $(grep -c '=>' <<<"$libraries") shared libraries, none of Swift, Foundation or GSL"
