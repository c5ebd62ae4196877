#!/usr/bin/env bash
# Runs LineSim's `bench` and the SimPy model of LINE(K,B) alternately on the same K, B, N and seed, ROUNDS times,
# then prints the median ratio of completions per second (LineSim / SimPy) and both throughputs per hour, which must
# agree within statistical noise (they use different random numbers).
#
# Usage: benchmarks/peers/compare.sh [--stations K] [--buffer B] [--parts N] [--seed S] [--rounds R] [--engine E]
# Defaults: K=10, B=5, N=100000, S=1, R=3, E=sample-path (or event). Set PYTHON to a Python 3 with SimPy 3 (Debian: python3-simpy3), and
# LINESIM_BENCH to run another LineSim command than `dotnet run --project src/LineSim.Cli --`.
set -euo pipefail

stations=10 buffer=5 parts=100000 seed=1 rounds=3 engine=sample-path
while [[ $# -gt 0 ]]; do
  case "$1" in
    --stations) stations="$2"; shift 2 ;;
    --buffer) buffer="$2"; shift 2 ;;
    --parts) parts="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --engine) engine="$2"; shift 2 ;;
    *) echo "compare.sh: unknown argument '$1' (expected --stations, --buffer, --parts, --seed, --rounds or --engine)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import simpy' 2>/dev/null; then python="$candidate"; break; fi
  done
fi
if [[ -z "$python" ]]; then
  echo "compare.sh: no Python 3 with SimPy found; install it (apt-get install python3-simpy3) or set PYTHON" >&2
  exit 1
fi

# LINESIM_BENCH replaces the LineSim command (it gets the bench arguments); by default build once, so that no round
# times a build, then run the CLI without building.
if [[ -n "${LINESIM_BENCH:-}" ]]; then
  read -r -a linesim <<<"$LINESIM_BENCH"
else
  dotnet build -c Release "$root/src/LineSim.Cli" -v quiet -nologo >/dev/null
  linesim=(dotnet run -c Release --no-build --project "$root/src/LineSim.Cli" --)
fi

linesim_runs=() simpy_runs=()
for ((round = 1; round <= rounds; round++)); do
  linesim_runs+=("$("${linesim[@]}" bench --stations "$stations" --buffer "$buffer" --parts "$parts" --seed "$seed" --engine "$engine" --json)")
  simpy_runs+=("$("$python" "$here/line_simpy.py" --stations "$stations" --buffer "$buffer" --parts "$parts" --seed "$seed")")
  echo "round $round: LineSim ${linesim_runs[-1]}" >&2
  echo "round $round: SimPy   ${simpy_runs[-1]}" >&2
done

"$python" - "$stations" "$buffer" "$parts" <<'PY' "${linesim_runs[@]}" -- "${simpy_runs[@]}"
import json, statistics, sys
stations, buffer, parts = sys.argv[1:4]
rest = sys.argv[4:]
split = rest.index("--")
linesim = [json.loads(x) for x in rest[:split]]
simpy = [json.loads(x) for x in rest[split + 1:]]
ratios = [a["completionsPerSecond"] / b["completionsPerSecond"] for a, b in zip(linesim, simpy)]
mu = 3600 / 55
print(f"LINE({stations},{buffer}), {parts} parts, {len(ratios)} rounds")
print(f"  LineSim ({linesim[0]['engine']}): {statistics.median(a['completionsPerSecond'] for a in linesim):,.0f} completions/s, "
      f"{statistics.median(a.get('allocatedBytesPerCompletion', float('nan')) for a in linesim):.2f} bytes allocated per completion")
print(f"  SimPy: {statistics.median(b['completionsPerSecond'] for b in simpy):,.0f} completions/s")
print(f"  median ratio LineSim / SimPy: {statistics.median(ratios):,.1f}x")
print(f"  throughput per hour: LineSim {statistics.mean(a['throughputPerHour'] for a in linesim):.3f}, "
      f"SimPy {statistics.mean(b['throughputPerHour'] for b in simpy):.3f}"
      + (f", exact mu (B+2)/(B+3) = {mu * (int(buffer) + 2) / (int(buffer) + 3):.3f}" if stations == "2" else ""))
PY
