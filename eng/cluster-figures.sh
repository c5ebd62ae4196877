#!/usr/bin/env bash
# The figures of docs/cluster.md: a plan in one process, as N shards in parallel processes on this machine's cores,
# and through Slurm when sbatch reaches a cluster. For each: wall seconds, processor seconds (user + system, of every
# process; not for Slurm, whose tasks are not this script's children), and the merge's wall seconds; the cost of a shard
# of one task (start-up, loading the plan, one replication, writing the file) alone and as a Slurm job. Checks that
# every merge prints the bytes the one process printed.
#
#   eng/cluster-figures.sh PLAN REPLICATIONS "SHARDS..."     e.g. eng/cluster-figures.sh examples/BufferAllocation/body-shop-sweep.json 100 "4 16"
#
# LINESIM: the command that runs linesim (default: linesim). The Slurm rows need sbatch on PATH and a cluster
# (SLURM_CONF) with linesim on the nodes' PATH; the array runs at most as many tasks at once as this machine has cores.
set -euo pipefail
plan=$(realpath "$1") replications=$2 counts=${3:-"4 16"}
linesim=${LINESIM:-linesim}
cores=$(nproc)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TIMEFORMAT='%R %U %S'
# Runs the command; sets wall and cpu (seconds).
measure() {
  local times
  times=$({ time "$@" > /dev/null; } 2>&1)
  wall=$(echo "$times" | awk '{ printf "%.2f", $1 }')
  cpu=$(echo "$times" | awk '{ printf "%.2f", $2 + $3 }')
}
row() { printf '%-40s %8s %8s %9s %s\n' "$@"; }

measure $linesim experiment "$plan" --replications "$replications"
$linesim experiment "$plan" --replications "$replications" > "$work/one.txt"
configurations=$(head -1 "$work/one.txt" | sed -E 's/^.*: ([0-9]+) configurations? of .*$/\1/')
tasks=$((configurations * replications))
echo "plan $1: $tasks tasks ($configurations configurations x $replications replications), $cores cores"
row "run" "wall (s)" "cpu (s)" "merge (s)" "same bytes"
row "one process, $cores threads" "$wall" "$cpu" "-" "-"
measure $linesim experiment "$plan" --replications "$replications" --shard "0/$tasks" --out "$work/single" --threads 1
row "a shard of one task" "$wall" "$cpu" "-" "-"

shards() { seq 0 $(($1 - 1)) | xargs -P "$cores" -I{} $linesim experiment "$plan" --replications "$replications" --shard "{}/$1" --out "$work/shards-$1" --threads 1; }
for n in $counts; do
  measure shards "$n"
  shard_wall=$wall shard_cpu=$cpu
  measure $linesim merge "$work/shards-$n"
  $linesim merge "$work/shards-$n" > "$work/merged-$n.txt"
  row "$n shards, $cores processes at once" "$shard_wall" "$shard_cpu" "$wall" "$(cmp -s "$work/one.txt" "$work/merged-$n.txt" && echo yes || echo NO)"
done

if command -v sbatch > /dev/null 2>&1 && sinfo > /dev/null 2>&1; then
  export PLAN=$plan LINESIM_ARGS="--replications $replications"
  measure sbatch --quiet --wait --array=0 --chdir="$work" --export=ALL,OUT="$work/slurm-single",SHARDS="$tasks" "$root/deploy/slurm/experiment.sbatch"
  row "Slurm: a job of a shard of one task" "$wall" "-" "-" "-"
  slurm() {
    local job
    job=$(sbatch --parsable --array="0-$(($1 - 1))%$cores" --chdir="$work" --export=ALL,OUT="$work/slurm-$1" "$root/deploy/slurm/experiment.sbatch")
    sbatch --quiet --wait --dependency="afterok:${job%%;*}" --chdir="$work" --export=ALL,OUT="$work/slurm-$1",RESULT="$work/slurm-$1" "$root/deploy/slurm/merge.sbatch"
  }
  for n in $counts; do
    measure slurm "$n"
    row "Slurm: $n shards (%$cores), then the merge job" "$wall" "-" "(in wall)" "$(cmp -s "$work/one.txt" "$work/slurm-$n.txt" && echo yes || echo NO)"
  done
fi
