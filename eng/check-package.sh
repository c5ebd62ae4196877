#!/usr/bin/env bash
# Packs LineSim, LineSim.Plots and the linesim tool, then uses them as a user would, from a local folder feed and
# never through a project reference:
#   1. the packages hold what they promise (README, license, XML documentation, symbols package);
#   2. a new console project outside the repository, with a PackageReference to the packed LineSim, builds and runs
#      examples/QuickStart/Program.cs and prints the line's JPH;
#   3. `dotnet tool install` installs linesim from the feed, and `linesim validate` and `linesim run --plots` work.
# Exits non-zero with a message naming the failed step. Needs the .NET SDK and NuGet (for the packages' dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
fail() { echo "package check FAILED: $*" >&2; exit 1; }

echo "== Packing into $feed"
version=$(bash eng/pack.sh "$feed" | tail -n 1) || fail "eng/pack.sh"
[[ "$version" =~ ^0\.1\.0-dev\.[0-9]+\.[0-9]{14}$ ]] || fail "eng/pack.sh gave the version '$version', not 0.1.0-dev.<commits>.<time>"
echo "== Version $version"
for package in LineSim LineSim.Plots LineSim.Cli; do
  [ -f "$feed/$package.$version.nupkg" ] || fail "$package.$version.nupkg was not produced"
done
for package in LineSim LineSim.Plots; do
  [ -f "$feed/$package.$version.snupkg" ] || fail "$package.$version.snupkg (symbols) was not produced"
  contents=$(unzip -l "$feed/$package.$version.nupkg")
  for entry in "lib/net10.0/$package.dll" "lib/net10.0/$package.xml" "$package.nuspec"; do
    grep -q " $entry\$" <<<"$contents" || fail "$package.$version.nupkg lacks $entry"
  done
  nuspec=$(unzip -p "$feed/$package.$version.nupkg" "$package.nuspec")
  for element in '<license type="expression">MIT</license>' '<repository type="git"' '<description>' '<tags>'; do
    grep -qF "$element" <<<"$nuspec" || fail "$package.nuspec lacks $element"
  done
done
# Listings go through variables, not pipes: with pipefail, `grep -q` closing the pipe early makes a long listing fail.
contents=$(unzip -l "$feed/LineSim.$version.nupkg")
grep -q ' README.md$' <<<"$contents" || fail "LineSim.$version.nupkg lacks its README.md"
contents=$(unzip -l "$feed/LineSim.Cli.$version.nupkg")
grep -q 'DotnetToolSettings.xml$' <<<"$contents" || fail "LineSim.Cli.$version.nupkg is not a .NET tool package"

# A fresh package cache, so that no LineSim cached by an earlier run is used; LineSim* comes from the feed only.
export NUGET_PACKAGES="$work/packages"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="LineSim" />
      <package pattern="LineSim.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

echo "== Building examples/QuickStart against the LineSim package"
consumer="$work/consumer"
mkdir -p "$consumer"
cp "$work/nuget.config" "$consumer/nuget.config"
cp examples/QuickStart/Program.cs "$consumer/Program.cs"
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="LineSim" Version="$version" />
  </ItemGroup>
</Project>
XML
output=$(cd "$consumer" && dotnet run -c Release 2>&1) || { echo "$output" >&2; fail "the QuickStart consumer did not build or run"; }
echo "$output"
grep -q "JPH against takt" <<<"$output" || fail "the QuickStart consumer did not print the line's JPH"
[ -d "$NUGET_PACKAGES/linesim/$version" ] || fail "the consumer did not restore LineSim $version from the feed"

echo "== Installing the linesim tool from the feed"
tools="$work/tools"
dotnet tool install LineSim.Cli --version "$version" --tool-path "$tools" --configfile "$work/nuget.config" >/dev/null \
  || fail "dotnet tool install LineSim.Cli"
"$tools/linesim" validate examples/scenarios/quick-start.json || fail "linesim validate examples/scenarios/quick-start.json"
"$tools/linesim" run examples/scenarios/quick-start.json --replications 2 --duration 86400 --plots "$work/charts" --report "$work/report.html" \
  | tail -n 1 || fail "linesim run --plots --report"
grep -q '<svg' "$work/report.html" || fail "linesim run --report did not write an HTML report with charts"
contents=$(unzip -l "$feed/LineSim.$version.nupkg")
grep -q ' scenario.schema.json$' <<<"$contents" || fail "LineSim.$version.nupkg lacks scenario.schema.json"
grep -q ' plan.schema.json$' <<<"$contents" || fail "LineSim.$version.nupkg lacks plan.schema.json"
for chart in station-states throughput lead-time buffer-occupancy; do
  [ -s "$work/charts/$chart.svg" ] && [ -s "$work/charts/$chart.png" ] || fail "linesim run --plots did not write $chart.svg and .png"
done
echo "== Package check passed: LineSim, LineSim.Plots and LineSim.Cli $version work from a local feed"
