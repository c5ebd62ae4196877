#!/usr/bin/env bash
# Packs LineSim, LineSim.Plots and the LineSim.Cli tool into a folder (default artifacts/packages) with one pre-release
# version that changes with each pack, 0.1.0-dev.<commits>.<UTC time>, so that a NuGet cache never serves an older pack
# of the same version. Prints the version on its last line.
#
# Usage: eng/pack.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/packages}
commits=$(git rev-list --count HEAD 2>/dev/null || echo 0)
suffix="dev.${commits}.$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$out"
for project in src/LineSim src/LineSim.Plots src/LineSim.Cli; do
  dotnet pack "$project" -c Release -o "$out" -v q -nologo -p:VersionSuffix="$suffix" >&2
done
echo "0.1.0-$suffix"
