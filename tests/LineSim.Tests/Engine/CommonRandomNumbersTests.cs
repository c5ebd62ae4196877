using LineSim.Model;
using LineSim.Tests.Theory;

namespace LineSim.Tests.Engine;

/// <summary>
/// Common random numbers: each station draws from its own streams, seeded from (seed, replication, station name and
/// purpose), so changing one station (its processing time, its failures) leaves every other station's draws as they
/// were. Observed through departures: with buffers too large to fill, the first station (unlimited supply) starts
/// part n when part n - 1 leaves it, and the last station (never blocked) starts part n when it has both the part and
/// finished part n - 1, so the processing times of both can be read off their departure times.
/// </summary>
public sealed class CommonRandomNumbersTests
{
    private const int Parts = 300;

    // Floating rounding only: the start time subtracted differs between the two lines.
    private const double Rounding = 1e-6;

    [Theory]
    [InlineData(EngineSelection.Event, true)]
    [InlineData(EngineSelection.Event, false)]
    [InlineData(EngineSelection.SamplePath, false)]
    public void RunReplication_MiddleStationChanged_FirstAndLastStationsDrawTheSameTimes(EngineSelection engine, bool failures)
    {
        LineModel before = Line(Distribution.Exponential(50), failures ? FailureModel.FromMeans(mtbf: 3_000, mttr: 200) : null);
        LineModel after = Line(Distribution.LogNormal(mean: 70, stdDev: 9), failures ? FailureModel.FromMeans(mtbf: 1_000, mttr: 400) : null);

        (double[] firstBefore, double[] middleBefore, double[] lastBefore) = ProcessingTimes(before, engine);
        (double[] firstAfter, double[] middleAfter, double[] lastAfter) = ProcessingTimes(after, engine);

        for (int n = 0; n < Parts; n++)
        {
            Assert.True(Math.Abs(firstBefore[n] - firstAfter[n]) < Rounding, $"part {n} took {firstBefore[n]} s on Load before, {firstAfter[n]} s after");
            Assert.True(Math.Abs(lastBefore[n] - lastAfter[n]) < Rounding, $"part {n} took {lastBefore[n]} s on Unload before, {lastAfter[n]} s after");
        }

        // The changed station itself did draw other times.
        Assert.NotEqual(middleBefore, middleAfter);
    }

    private static LineModel Line(Distribution weld, FailureModel? weldFailures) => new()
    {
        TaktTime = 55,
        Stations =
        [
            new("Load", Distribution.Exponential(45)),
            new("Weld", weld, weldFailures),
            new("Unload", Distribution.Normal(mean: 50, stdDev: 5)),
        ],
        Buffers = [new("Load", 10_000), new("Weld", 10_000)],
    };

    /// <summary>Per part: the time on the first station, the departure time from the middle one, the time on the last.</summary>
    private static (double[] First, double[] Middle, double[] Last) ProcessingTimes(LineModel line, EngineSelection engine)
    {
        var departures = new DepartureRecorder(3);
        var options = new SimulationOptions { Seed = 11, Replications = 1, PartCount = Parts, Engine = engine };
        Simulation.Create(line, options).RunReplication(0, departures);

        IReadOnlyList<double> load = departures.From(0);
        IReadOnlyList<double> weld = departures.From(1);
        IReadOnlyList<double> unload = departures.From(2);
        var first = new double[Parts];
        var last = new double[Parts];
        for (int n = 0; n < Parts; n++)
        {
            first[n] = load[n] - (n == 0 ? 0 : load[n - 1]);
            last[n] = unload[n] - Math.Max(weld[n], n == 0 ? 0 : unload[n - 1]);
        }

        return (first, [.. weld.Take(Parts)], last);
    }
}
