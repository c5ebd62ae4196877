using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>
/// A repeating sequence on constant-time stations: each repetition takes exactly the processing times of its parts
/// plus the setup of each change of variant, from the station's setup matrix where it has an entry and its default
/// setup time otherwise (none for a change to the same variant, none before the first part).
/// </summary>
public sealed class ChangeoverTheoryTests
{
    private static ImmutableDictionary<string, Distribution> Times(params (string Variant, double Seconds)[] times) =>
        times.ToImmutableDictionary(t => t.Variant, t => (Distribution)Distribution.Constant(t.Seconds));

    private static ChangeoverTime Change(string from, string to, double seconds) => new(from, to, Distribution.Constant(seconds));

    /// <summary>A B C: 50 + 10 (A to B) + 60 + 20 (B to C) + 50 + 30 (C to A) = 220 s for three parts, 60 s of them setup.</summary>
    [Fact]
    public void Run_SetupMatrixWithATimePerChange_AddsExactlyEachChangesTime()
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Variants = ProductMix.BySequence("A", "B", "C"),
            Stations =
            [
                new("Weld", Distribution.Constant(50))
                {
                    ProcessingTimeByVariant = Times(("B", 60)),
                    Setup = new Changeover { Matrix = [Change("A", "B", 10), Change("B", "C", 20), Change("C", "A", 30)] },
                },
            ],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 1_000 * 220 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(3_000, result.PartsOut);
        Assert.Equal([new VariantOutput("A", 1_000), new VariantOutput("B", 1_000), new VariantOutput("C", 1_000)], result.OutputByVariant.ToArray());
        StationStatistics weld = Assert.Single(result.Stations);
        Assert.Equal(60 / 220.0, weld.Setup, 9);
        Assert.Equal(160 / 220.0, weld.Working, 9);
        Assert.Equal(1 - (60 / 220.0), weld.Availability, 9);
        Assert.Equal(1, weld.Performance, 9);
    }

    /// <summary>A A B: 50 + 50 + 10 (A to B, from the matrix) + 70 + 100 (B to A, the default) = 280 s for three parts.</summary>
    [Fact]
    public void Run_SetupMatrixEntry_TakesPrecedenceOverTheDefaultTime()
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Variants = ProductMix.BySequence("A", "A", "B"),
            Stations =
            [
                new("Weld", Distribution.Constant(50))
                {
                    ProcessingTimeByVariant = Times(("B", 70)),
                    Setup = new Changeover(Distribution.Constant(100)) { Matrix = [Change("A", "B", 10)] },
                },
            ],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 10 * 280, Duration = 1_000 * 280 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(3_000, result.PartsOut);
        Assert.Equal(110 / 280.0, result.Stations[0].Setup, 9);
        Assert.Equal(2_000, result.OutputByVariant.Single(v => v.Variant == "A").Parts);
    }

    /// <summary>
    /// A A B through Weld (A 50 s, B 70 s, 20 s for any change) and Paint (40 s, 15 s from A to B, 35 s back), a buffer
    /// of 2 between them. Weld takes 50 + 50 + 20 + 70 + 20 = 210 s a repetition, Paint 40 x 3 + 15 + 35 = 170 s: the
    /// line makes three parts every 210 s, and each station spends its own setups, Paint starved the rest.
    /// </summary>
    [Fact]
    public void Run_TwoStationsWithTheirOwnSetups_EachAddsExactlyItsSetupTimes()
    {
        var line = new LineModel
        {
            TaktTime = 70,
            Variants = ProductMix.BySequence("A", "A", "B"),
            Stations =
            [
                new("Weld", Distribution.Constant(50)) { ProcessingTimeByVariant = Times(("B", 70)), Setup = new Changeover(Distribution.Constant(20)) },
                new("Paint", Distribution.Constant(40)) { Setup = new Changeover { Matrix = [Change("A", "B", 15), Change("B", "A", 35)] } },
            ],
            Buffers = [new LineBuffer("Weld", 2)],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 100 * 210, Duration = 1_000 * 210 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(3_000, result.PartsOut);
        StationStatistics weld = result.Stations[0];
        StationStatistics paint = result.Stations[1];
        Assert.Equal(40 / 210.0, weld.Setup, 9);
        Assert.Equal(170 / 210.0, weld.Working, 9);
        Assert.Equal(0, weld.Blocked, 9);
        Assert.Equal(50 / 210.0, paint.Setup, 9);
        Assert.Equal(120 / 210.0, paint.Working, 9);
        Assert.Equal(40 / 210.0, paint.Starved, 9);
    }
}
