#!/usr/bin/env bash
# Regenerates src/<Project>/PublicAPI.Unshipped.txt from the public API the code declares now.
#
# Usage: eng/update-public-api.sh [project ...]   (default: src/LineSim src/LineSim.Plots)
#
# The PublicApiAnalyzers report every public symbol missing from PublicAPI.Shipped.txt/Unshipped.txt (RS0016) and every
# listed symbol that no longer exists (RS0017). This script empties Unshipped.txt, builds with those rules as warnings,
# collects the symbols RS0016 names, and writes them, sorted, after the "#nullable enable" header. Symbols already in
# Shipped.txt are not reported, so they stay there. Review the diff: every added or removed line is an API change.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

projects=("$@")
[ ${#projects[@]} -eq 0 ] && projects=(src/LineSim src/LineSim.Plots)

for project in "${projects[@]}"; do
  unshipped="$project/PublicAPI.Unshipped.txt"
  [ -f "$unshipped" ] || { echo "update-public-api: $unshipped does not exist" >&2; exit 1; }
  printf '#nullable enable\n' > "$unshipped"
  log=$(mktemp)
  # Rebuild (no incremental skip) so that every diagnostic is reported; warnings stay warnings for this build only.
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false \
    >"$log" 2>&1 || true
  {
    printf '#nullable enable\n'
    grep -oE "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
      | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
      | sort -u
  } > "$unshipped.tmp"
  mv "$unshipped.tmp" "$unshipped"
  rm -f "$log"
  echo "$unshipped: $(($(wc -l < "$unshipped") - 1)) symbols"
done
