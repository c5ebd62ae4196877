using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Tests;

/// <summary>Charts that stay readable on a plant and under a shift calendar.</summary>
public sealed class ChartFixesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteBufferOccupancy_Line_NamesEachBufferBySourceAndTarget()
    {
        string svg = File.ReadAllText(LinePlots.WriteBufferOccupancy(Results.Line(), _folder.Path)[0]);

        Assert.Contains("Load -&gt; Weld", svg, StringComparison.Ordinal);
        Assert.Contains("Weld -&gt; Unload", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">-&gt; ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_Calendar_StatesAreSharesOfWorkingTimeWithOffShiftApart()
    {
        (LineModel line, SimulationResult result) = Calendar();

        LinePlots.WriteAll(result, _folder.Path, line);

        string states = File.ReadAllText(Path.Combine(_folder.Path, "station-states.svg"));
        Assert.Contains("Share of working time (%)", states, StringComparison.Ordinal);
        string offShift = (100 * result.Stations[0].OffShift.Mean).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Off shift: {offShift}% of all time", states, StringComparison.Ordinal);
        string overTime = File.ReadAllText(Path.Combine(_folder.Path, "throughput-over-time.svg"));
        Assert.Contains("Throughput (JPH per working hour) per hour", overTime, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "throughput-per-day.svg")));
    }

    [Fact]
    public void PerDay_Calendar_JphTimesWorkingHoursAddsUpToThePartsOut()
    {
        (LineModel line, SimulationResult result) = Calendar();

        ThroughputSeries days = ThroughputSeries.PerDay(result, line.Calendar)!;

        // Every replication has the same working time per day: the calendar's.
        double parts = 0;
        for (int k = 0; k < days.PerWorkingHour.Length; k++)
        {
            double hours = result.ReplicationResults[0].WorkingTimePerDay[k] / 3_600;
            parts += hours > 0 ? days.PerWorkingHour[k].Mean * hours : 0;
        }

        Assert.True(days.WorkingHours);
        Assert.Equal(result.PartsOut.Mean, parts, 6);
    }

    /// <summary>Two shifts on weekdays with a holiday on day 2, a warm-up that ends mid-shift, nine days observed.</summary>
    private static (LineModel Line, SimulationResult Result) Calendar()
    {
        var line = new LineModel
        {
            Name = "Calendar line",
            TaktTime = 55,
            Stations = [new("Load", Distribution.Constant(48)), new("Weld", Distribution.Exponential(50), FailureModel.FromMeans(7_200, 300))],
            Buffers = [new(After: "Load", Capacity: 3)],
            Calendar = ShiftCalendar.TwoShiftsFiveDays with { Holidays = [2] },
        };
        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 5, Replications = 3, Warmup = 8 * 3_600, Duration = 9 * 86_400, OutputInterval = 3_600 }).Run();
        return (line, result);
    }
}
