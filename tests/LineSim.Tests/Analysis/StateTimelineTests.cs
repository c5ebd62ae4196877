using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Analysis;

/// <summary>
/// The station-state timeline of a replication: ordered, within its window, off shift where the calendar says, and the
/// time it gives each state over the whole window is the station's own accounting.
/// </summary>
public sealed class StateTimelineTests
{
    private static readonly FailureModel s_failures = FailureModel.FromMeans(4_000, 400, FailureMode.TimeDependent);

    private static LineModel Line() => new()
    {
        Stations =
        [
            new Station("A", Distribution.Normal(40, 5), s_failures),
            new Station("B", Distribution.Normal(90, 8), s_failures) { Servers = 2 },
            new Station("C", Distribution.Exponential(42)),
        ],
        Buffers = [new LineBuffer("A", 2), new LineBuffer("B", 2)],
        TaktTime = 50,
        Calendar = ShiftCalendar.TwoShiftsFiveDays,
    };

    [Fact]
    public void RecordStates_WholeWindow_GivesEachStateTheStationsOwnShare()
    {
        var options = new SimulationOptions { Seed = 4, Replications = 1, Warmup = 10_000, Duration = 300_000 };
        Simulation simulation = Simulation.Create(Line(), options);

        (ReplicationResult result, StateTimeline timeline) = simulation.RecordStates(0, options.Warmup, options.Warmup + options.Duration!.Value);

        Assert.Equal(result.EndTime, timeline.To);
        Assert.Equal(timeline.Changes.Select(c => c.Time).Order(), timeline.Changes.Select(c => c.Time));
        Assert.Contains(timeline.Changes, c => c.State == MachineState.OffShift);
        double window = timeline.To - timeline.From;
        foreach (StationStatistics station in result.Stations)
        {
            var time = new Dictionary<MachineState, double>();
            foreach (IGrouping<int, StateChange> machine in timeline.Changes.Where(c => c.Station == station.Name).GroupBy(c => c.Server))
            {
                StateChange[] changes = [.. machine];
                for (int i = 0; i < changes.Length; i++)
                {
                    double until = i + 1 < changes.Length ? changes[i + 1].Time : timeline.To;
                    time[changes[i].State] = time.GetValueOrDefault(changes[i].State) + (until - changes[i].Time);
                }
            }

            double Share(params MachineState[] states) => states.Sum(s => time.GetValueOrDefault(s)) / window / station.Servers;
            string shares = $"{station.Name}: {string.Join(", ", time.Select(p => $"{p.Key} {p.Value / window / station.Servers:F6}"))} against {station}";
            Assert.True(Math.Abs(station.Working - Share(MachineState.Working)) < 1e-6, shares);
            Assert.True(Math.Abs(station.Starved - Share(MachineState.Starved)) < 1e-6, shares);
            Assert.True(Math.Abs(station.Blocked - Share(MachineState.Blocked)) < 1e-6, shares);
            Assert.True(Math.Abs(station.Down - Share(MachineState.Repair, MachineState.WaitingForCrew, MachineState.Maintenance)) < 1e-6, shares);
            Assert.True(Math.Abs(station.OffShift - Share(MachineState.OffShift)) < 1e-6, shares);
        }
    }

    [Fact]
    public void RecordStates_ShortWindow_StartsWithEveryMachineAndStaysInside()
    {
        Simulation simulation = Simulation.Create(Line(), new SimulationOptions { Seed = 4, Replications = 1, Duration = 200_000 });

        StateTimeline timeline = simulation.RecordStates(0, 30_000, 40_000).Timeline;

        Assert.Equal(4, timeline.Changes.TakeWhile(c => c.Time == 30_000).Count());
        Assert.All(timeline.Changes, c => Assert.InRange(c.Time, 30_000, 40_000));
        Assert.Equal([("A", 1), ("B", 2), ("C", 1)], timeline.Stations.ToArray());
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(0, double.PositiveInfinity)]
    public void RecordStates_BadWindow_Throws(double from, double to)
    {
        Simulation simulation = Simulation.Create(Line(), new SimulationOptions { Replications = 1, Duration = 10_000 });

        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.RecordStates(0, from, to));
    }
}
