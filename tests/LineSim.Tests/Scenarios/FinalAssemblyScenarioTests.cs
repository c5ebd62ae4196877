using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// examples/scenarios/final-assembly-paced.json is the line that examples/FinalAssemblyPaced builds in code: the same
/// stations, distributions, variants, buffers, segments, calendar and run.
/// </summary>
public sealed class FinalAssemblyScenarioTests
{
    private const double Weeks = 39;

    /// <summary>The line of examples/FinalAssemblyPaced/Program.cs, as written there.</summary>
    private static LineModel ProgramLine()
    {
        var touringTrim = ImmutableDictionary<string, Distribution>.Empty.Add("Touring", Distribution.Normal(mean: 58, stdDev: 2));
        FailureModel robot = FailureModel.FromMeans(mtbf: 4 * 3_600, mttr: 360);
        return new LineModel
        {
            Name = "Final assembly, paced at 55 s",
            TaktTime = 55,
            Variants = ProductMix.BySequence("Sedan", "Sedan", "Touring"),
            Calendar = ShiftCalendar.TwoShiftsFiveDays,
            Stations =
            [
                new("Trim 1", Distribution.Normal(mean: 50, stdDev: 2)),
                new("Trim 2", Distribution.Normal(mean: 50, stdDev: 2)) { ProcessingTimeByVariant = touringTrim },
                new("Trim 3", Distribution.Normal(mean: 49, stdDev: 2), robot),
                new("Marriage", Distribution.Constant(44), robot) { Setup = new Changeover(Distribution.Constant(8)) },
                new("Chassis 1", Distribution.Normal(mean: 50, stdDev: 2)),
                new("Chassis 2", Distribution.Normal(mean: 50, stdDev: 2)) { ProcessingTimeByVariant = touringTrim },
                new("Final 1", Distribution.Normal(mean: 48, stdDev: 2)),
                new("Final 2", Distribution.Normal(mean: 48, stdDev: 2), robot),
                new("Test", Distribution.Constant(45)),
            ],
            Buffers = [new(After: "Trim 3", Capacity: 4), new(After: "Chassis 2", Capacity: 4)],
            Segments =
            [
                new PacedSegment("Trim", First: "Trim 1", Last: "Trim 3", TaktTime: 55),
                new PacedSegment("Chassis", First: "Marriage", Last: "Chassis 2", TaktTime: 55),
                new PacedSegment("Final", First: "Final 1", Last: "Test", TaktTime: 55),
            ],
        };
    }

    private static Scenario Example() =>
        ScenarioLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "scenarios", "final-assembly-paced.json")).GetScenarioOrThrow();

    /// <summary>A distribution's kind and parameters, as its description gives them.</summary>
    private static string? Describe(Distribution? distribution) => distribution?.ToString();

    [Fact]
    public void LoadFile_FinalAssemblyExample_IsTheProgramsLine()
    {
        LineModel expected = ProgramLine();
        LineModel line = Example().Line;

        Assert.Equal((expected.Name, expected.TaktTime, expected.Blocking), (line.Name, line.TaktTime, line.Blocking));
        Assert.True(line.Source.IsUnlimited);
        Assert.Equal(expected.Variants!.Sequence.ToArray(), line.Variants!.Sequence.ToArray());
        Assert.Empty(line.Variants.Shares);
        Assert.Equal(expected.Stations.Length, line.Stations.Length);
        for (int s = 0; s < expected.Stations.Length; s++)
        {
            Station want = expected.Stations[s];
            Station got = line.Stations[s];
            Assert.Equal(want.Name, got.Name);
            Assert.Equal(Describe(want.ProcessingTime), Describe(got.ProcessingTime));
            Assert.Equal(want.ProcessingTimeByVariant.OrderBy(p => p.Key).Select(p => (p.Key, Describe(p.Value))), got.ProcessingTimeByVariant.OrderBy(p => p.Key).Select(p => (p.Key, Describe(p.Value))));
            Assert.Equal(
                (want.Failures?.Mode, Describe(want.Failures?.TimeToFailure), Describe(want.Failures?.TimeToRepair), want.Failures?.Crew),
                (got.Failures?.Mode, Describe(got.Failures?.TimeToFailure), Describe(got.Failures?.TimeToRepair), got.Failures?.Crew));
            Assert.Equal(Describe(want.Setup?.Time), Describe(got.Setup?.Time));
            Assert.Equal(want.Setup?.Matrix.Length ?? 0, got.Setup?.Matrix.Length ?? 0);
            Assert.Equal(want.Maintenance.ToArray(), got.Maintenance.ToArray());
            Assert.Equal((want.Servers, want.TakesFromStationBefore, want.Routing, want.Quality), (got.Servers, got.TakesFromStationBefore, got.Routing, got.Quality));
        }

        Assert.Equal(expected.BufferCapacities().ToArray(), line.BufferCapacities().ToArray());
        Assert.Equal(expected.Segments.ToArray(), line.Segments.ToArray());
        Assert.Empty(line.Carriers);
        Assert.Empty(line.Crews);

        ShiftCalendar calendar = line.Calendar!;
        Assert.Equal(expected.Calendar!.Shifts.Length, calendar.Shifts.Length);
        for (int k = 0; k < calendar.Shifts.Length; k++)
        {
            Shift want = expected.Calendar.Shifts[k];
            Shift got = calendar.Shifts[k];
            Assert.Equal((want.Name, want.Start, want.Length), (got.Name, got.Start, got.Length));
            Assert.Equal(want.Days.ToArray(), got.Days.ToArray());
            Assert.Equal(want.Breaks.ToArray(), got.Breaks.ToArray());
        }

        Assert.Equal(expected.Calendar.Holidays.ToArray(), calendar.Holidays.ToArray());
        Assert.Equal(expected.Calendar.FailuresInWorkingTimeOnly, calendar.FailuresInWorkingTimeOnly);
    }

    [Fact]
    public void LoadFile_FinalAssemblyExample_RunsAsTheProgram()
    {
        SimulationOptions options = Example().Options;

        Assert.Equal((55L, 10, 0.0, (double?)(Weeks * 7 * 86_400), (long?)null), (options.Seed, options.Replications, options.Warmup, options.Duration, options.PartCount));
        Assert.Equal(EngineSelection.Auto, options.Engine);
    }

    [Fact]
    public void Docs_PlanningExample_IsTheFinalAssemblyExampleFile()
    {
        string root = ScenarioJson.RepositoryRoot();
        string docs = File.ReadAllText(Path.Combine(root, "docs", "scenario-files.md")).ReplaceLineEndings("\n");
        int section = docs.IndexOf("## A planning example", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/scenario-files.md has no planning example");
        int start = docs.IndexOf("```json\n", section, StringComparison.Ordinal) + "```json\n".Length;
        int end = docs.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.Equal(
            File.ReadAllText(Path.Combine(root, "examples", "scenarios", "final-assembly-paced.json")).ReplaceLineEndings("\n").TrimEnd(),
            docs[start..end]);
    }

    [Fact]
    public void Run_FinalAssemblyExampleForAWeek_GivesTheProgramsFigures()
    {
        var week = new SimulationOptions { Seed = 55, Replications = 2, Warmup = 0, Duration = 7 * 86_400 };

        SimulationResult expected = Simulation.Create(ProgramLine(), week).Run();
        SimulationResult actual = Simulation.Create(Example().Line, week).Run();

        Assert.Equal(expected.ReplicationResults.Select(r => r.PartsOut), actual.ReplicationResults.Select(r => r.PartsOut));
        Assert.Equal(expected.ReplicationResults.Select(r => r.LeadTime), actual.ReplicationResults.Select(r => r.LeadTime));
        Assert.Equal(expected.OutputPerShift.ToArray(), actual.OutputPerShift.ToArray());
    }
}
